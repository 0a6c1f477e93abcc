/**
 * The indicator view's two queries (the highlighted countries over time, the ranking in a year) as
 * functions of its state, shared by /indicator/<id> and its embed. The default state is the prerendered
 * result; any other is asked of the query tier (or DuckDB-WASM) in the browser.
 */
import { liveQuery } from '$lib/db/live-query.svelte';
import { indicatorRanking, indicatorSeries } from '$lib/queries/indicator';
import type { IndicatorData } from './load.server';
import { rankingWindow, type IndicatorView, type IndicatorViewContext } from './state';

/** What the address is read against: the countries known and the years the ranking may show. */
/** The page's data: the view's, and the dataset's version from the root layout. */
export type IndicatorPageData = IndicatorData & { dataset: { version: string } };

export const viewContextOf = (data: IndicatorData): IndicatorViewContext => ({
	knownCountries: new Set(data.countries.map((c) => c.iso3)),
	firstYear: data.years.firstWellCovered,
	lastYear: data.years.last,
	defaults: data.defaults
});

export function indicatorQueries(data: () => IndicatorPageData, view: () => IndicatorView) {
	const seriesParams = (countries: string[]) => ({ indicator: data().meta.id, countries, from: data().years.firstWellCovered });
	const rankingParams = (year: number) => ({ indicator: data().meta.id, year, window: rankingWindow(data().years), lowerIsBetter: data().meta.higher_is_better === false });
	const highlighted = liveQuery({
		name: 'indicator-series',
		params: () => seriesParams(view().countries),
		initial: () => ({ params: seriesParams(data().defaults.countries), result: data().highlighted }),
		run: (db, p) => indicatorSeries(db, p),
		datasetVersion: () => data().dataset.version
	});
	const ranking = liveQuery({
		name: 'indicator-ranking',
		params: () => rankingParams(view().year),
		initial: () => ({ params: rankingParams(data().defaults.year), result: data().ranking }),
		run: (db, p) => indicatorRanking(db, p),
		datasetVersion: () => data().dataset.version
	});
	return { highlighted, ranking };
}
