/**
 * The indicator view's two queries (the highlighted countries over time, the ranking in a year) as
 * functions of its state, shared by /indicator/<id> and its embed. The default state is the prerendered
 * result; any other is asked of the query tier (or DuckDB-WASM) in the browser.
 */
import type { Engine } from '$lib/db/engine';
import { liveQuery } from '$lib/db/live-query.svelte';
import { indicatorRanking, indicatorSeries } from '$lib/queries/indicator';
import type { IndicatorData } from './load.server';
import { rankingWindow, type IndicatorView, type IndicatorViewContext } from './state';

/** The page's data: the view's, and the dataset's version from the root layout. */
export type IndicatorPageData = IndicatorData & { dataset: { version: string } };

/** What the address is read against: the countries known and the years the ranking may show. */
export const viewContextOf = (data: IndicatorData): IndicatorViewContext => ({
	knownCountries: new Set(data.countries.map((c) => c.iso3)),
	firstYear: data.years.firstWellCovered,
	lastYear: data.years.last,
	defaults: data.defaults
});

export function indicatorQueries(data: () => IndicatorPageData, view: () => IndicatorView) {
	const seriesParams = (countries: string[]) => ({ indicator: data().meta.id, countries, from: data().years.firstWellCovered });
	const rankingParams = (year: number) => ({ indicator: data().meta.id, year, window: rankingWindow(data().years), lowerIsBetter: data().meta.higher_is_better === false });
	// A query's parameters for a view; the default view's are the prerendered result's.
	const live = <P, R>(name: string, params: (v: IndicatorView) => P, initial: () => R, run: (db: Engine, p: P) => Promise<R>) =>
		liveQuery({ name, params: () => params(view()), initial: () => ({ params: params(data().defaults), result: initial() }), run, datasetVersion: () => data().dataset.version });
	return {
		highlighted: live('indicator-series', (v) => seriesParams(v.countries), () => data().highlighted, (db, p) => indicatorSeries(db, p)),
		ranking: live('indicator-ranking', (v) => rankingParams(v.year), () => data().ranking, (db, p) => indicatorRanking(db, p))
	};
}
