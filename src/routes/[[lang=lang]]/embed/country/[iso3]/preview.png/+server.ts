/** A country profile's link preview: its connectivity and digital-education scorecard. */
import { SCORECARD } from '$lib/views/country/scorecard';
import { prerenderEngine } from '$lib/db/node';
import { localeFromParam, localized } from '$lib/i18n/locales';
import { countryPage } from '$lib/i18n/messages/country';
import { countryIds } from '$lib/queries/country';
import { pngResponse, previewPng } from '$lib/share/preview.server';
import { scorecardChart } from '$lib/share/scorecard-image';
import { scorecardSource } from '$lib/share/scorecard-source';
import { loadCountry } from '$lib/views/country/load.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = async () => (await countryIds(prerenderEngine())).flatMap((iso3) => [{ iso3 }, { lang: 'fr', iso3 }]);

/** The first two topics fit a preview; the full scorecard is in the downloads. */
const PREVIEW_TOPICS = SCORECARD.slice(0, 2);

export const GET: RequestHandler = async ({ params }) => {
	const locale = localeFromParam(params.lang);
	const data = await loadCountry(params);
	const name = localized(data.country, 'name', locale);
	const rows = data.scorecard.filter((r) => PREVIEW_TOPICS.some((t) => t.indicators.includes(r.indicator)));
	return pngResponse(
		previewPng({
			chart: scorecardChart(locale, PREVIEW_TOPICS, data.scorecard),
			title: `${name}${locale === 'fr' ? ' : ' : ': '}${countryPage[locale].scorecard}`,
			source: scorecardSource(rows, locale, true),
			locale
		})
	);
};
