import { error } from '@sveltejs/kit';
import { prerenderEngine } from '$lib/db/node';
import { smartAfricaJoins } from '$lib/queries/compare';
import { countryNames } from '$lib/queries/countries';
import { indicatorMeta, indicatorRanking, indicatorSeries, indicatorYears } from '$lib/queries/indicator';
import { localeFromParam, localized } from '$lib/i18n/locales';
import { indicatorPage } from '$lib/i18n/messages/indicator';
import type { PagePreview } from '$lib/share/types';
import { DEFAULT_HIGHLIGHT, rankingWindow, type IndicatorView } from '$lib/views/indicator/state';

/** The default view, queried on native DuckDB at build time; the browser re-runs the same queries for other views. */
export async function loadIndicator(params: { lang?: string; id: string }) {
	const db = prerenderEngine();
	const meta = await indicatorMeta(db, params.id);
	const years = meta && (await indicatorYears(db, params.id));
	if (!meta || !years) error(404, `No indicator "${params.id}"`);

	const context = await indicatorSeries(db, { indicator: meta.id, from: years.firstWellCovered });
	const covered = new Set(context.map((p) => p.iso3));
	const defaults: IndicatorView = {
		countries: DEFAULT_HIGHLIGHT.filter((c) => covered.has(c)),
		year: years.latestWellCovered
	};
	const [countries, highlighted, ranking, members] = await Promise.all([
		countryNames(db),
		indicatorSeries(db, { indicator: meta.id, countries: defaults.countries, from: years.firstWellCovered }),
		indicatorRanking(db, { indicator: meta.id, year: defaults.year, window: rankingWindow(years), lowerIsBetter: meta.higher_is_better === false }),
		smartAfricaJoins(db)
	]);
	// The members' join dates, for the dots on their lines (issue 17): only what the marks say.
	const joins = members.map((j) => ({ iso3: j.iso3, joined: j.joined, precision: j.precision }));

	// Grey context lines, sent compactly: one entry per country rather than one object per point.
	const contextByCountry = new Map<string, { iso3: string; years: number[]; values: number[] }>();
	for (const p of context) {
		let entry = contextByCountry.get(p.iso3);
		if (!entry) contextByCountry.set(p.iso3, (entry = { iso3: p.iso3, years: [], values: [] }));
		entry.years.push(p.year);
		entry.values.push(p.value);
	}

	// Link preview: this indicator's chart over time, in the page's language (embed/indicator/[id]/preview.png).
	const locale = localeFromParam(params.lang);
	const name = localized(meta, 'name', locale);
	const preview: PagePreview = {
		title: name,
		description: localized(meta, 'description', locale),
		image: `${locale === 'fr' ? '/fr' : ''}/embed/indicator/${meta.id}/preview.png`,
		alt: indicatorPage[locale].overTime(name, years.firstWellCovered, years.last)
	};

	return { preview, meta, years, countries, defaults, highlighted, ranking, joins, context: [...contextByCountry.values()] };
}

/** What loadIndicator returns: the page's data, and the embed's and preview image's. */
export type IndicatorData = Awaited<ReturnType<typeof loadIndicator>>;
