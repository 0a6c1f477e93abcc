/** An indicator's link preview: its chart over time with the default highlighted countries, drawn as on the page. */
import { prerenderEngine } from '$lib/db/node';
import { formatList } from '$lib/i18n/format';
import { localeFromParam } from '$lib/i18n/locales';
import { indicatorIds } from '$lib/queries/indicator';
import { pngResponse, previewPng, renderChart } from '$lib/share/preview.server';
import { sourceText } from '$lib/share/source-text';
import OverTimeChart from '$lib/views/indicator/OverTimeChart.svelte';
import { countryNamesIn, indicatorText, latestHighlighted, overTimeTitle } from '$lib/views/indicator/derive';
import { loadIndicator } from '$lib/views/indicator/load.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = async () => (await indicatorIds(prerenderEngine())).flatMap((id) => [{ id }, { lang: 'fr', id }]);

export const GET: RequestHandler = async ({ params }) => {
	const locale = localeFromParam(params.lang);
	const data = await loadIndicator(params);
	const ind = indicatorText(data.meta, locale);
	const shown = data.defaults.countries;
	const latest = latestHighlighted(countryNamesIn(locale, data.countries), data.highlighted, shown, ind.format);
	const title = overTimeTitle(locale, data);
	const chart = renderChart(OverTimeChart, { locale, data, rows: data.highlighted, shown });
	return pngResponse(
		previewPng({
			chart,
			title,
			subtitle: `${ind.unit}${latest.length ? ` · ${formatList(locale, latest)}` : ''}`,
			source: sourceText(data.meta.source, locale, data.meta.source_code),
			locale
		})
	);
};
