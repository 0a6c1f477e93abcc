/**
 * The compare view's query and the chart views it needs, shared by /compare and its embed: views other
 * than the line chart (and the map's shapes) load on demand, and a result never arrives before the view
 * that draws it. The SQL loads with the engine, not with the page.
 */
import type { MapGeometry } from '$lib/charts/types';
import { liveQuery } from '$lib/db/live-query.svelte';
import { engineStatus } from '$lib/db/status.svelte';
import type { Locale } from '$lib/i18n/locales';
import { engine as engineMessages } from '$lib/i18n/messages/common';
import { localHref } from '$lib/i18n/routes';
import { warmTier } from '$lib/tier/client';
import type { CompareData, CompareParams } from '$lib/queries/compare';
import type { ChartKind } from '$lib/views/compare/state';
import type BarView from './BarView.svelte';
import type MapView from './MapView.svelte';
import type ScatterView from './ScatterView.svelte';
import type SlopeView from './SlopeView.svelte';

/** The last result with the parameters it belongs to, narrowed together by chart type. */
export type ShownView =
	| { params: Extract<CompareParams, { chart: 'line' }>; data: Extract<CompareData, { chart: 'line' }> }
	| { params: Extract<CompareParams, { chart: 'bar' | 'map' }>; data: Extract<CompareData, { chart: 'bar' | 'map' }> }
	| { params: Extract<CompareParams, { chart: 'slope' }>; data: Extract<CompareData, { chart: 'slope' }> }
	| { params: Extract<CompareParams, { chart: 'scatter' }>; data: Extract<CompareData, { chart: 'scatter' }> };

export function compareQuery(options: {
	locale: () => Locale;
	/** Views load only once the page runs. */
	mounted: () => boolean;
	chart: () => ChartKind;
	params: () => CompareParams;
	initial: () => { params: CompareParams; result: CompareData };
	datasetVersion: () => string;
}) {
	let views = $state.raw<{ bar?: typeof BarView; map?: typeof MapView; slope?: typeof SlopeView; scatter?: typeof ScatterView }>({});
	let mapGeometry = $state.raw<MapGeometry | null>(null);
	const loaders: Record<ChartKind, () => Promise<void>> = {
		line: async () => {},
		// `views` is read after the import: views loading side by side must not drop one another.
		bar: () => import('./BarView.svelte').then(({ default: bar }) => void (views = { ...views, bar })),
		slope: () => import('./SlopeView.svelte').then(({ default: slope }) => void (views = { ...views, slope })),
		scatter: () => import('./ScatterView.svelte').then(({ default: scatter }) => void (views = { ...views, scatter })),
		map: async () => {
			const [module, geometry] = await Promise.all([
				import('./MapView.svelte'),
				fetch(localHref('en', '/compare/map.json')).then((r) => (r.ok ? (r.json() as Promise<MapGeometry>) : Promise.reject(new Error(`map.json: ${r.status}`))))
			]);
			mapGeometry = geometry;
			views = { ...views, map: module.default };
		}
	};
	const loading = new Map<ChartKind, Promise<void>>();
	function loadView(chart: ChartKind): Promise<void> {
		let promise = loading.get(chart);
		if (!promise) {
			promise = loaders[chart]();
			promise.catch(() => loading.delete(chart)); // a failed load is retried with the query
			loading.set(chart, promise);
		}
		return promise;
	}
	$effect(() => {
		if (options.mounted()) loadView(options.chart()).catch(() => {});
	});

	const query = liveQuery<CompareParams, CompareData>({
		name: 'compare',
		params: options.params,
		initial: options.initial,
		run: async (db, params) => {
			// The query, the chart view's code and the map's shapes start together, not one after another:
			// on a slow connection each round trip is a tap left unanswered.
			const [data] = await Promise.all([import('$lib/queries/compare').then(({ compareChart }) => compareChart(db, params)), loadView(params.chart)]);
			return data;
		},
		datasetVersion: options.datasetVersion
	});
	// What the chart shows is the last result, which may lag the URL while a query runs.
	const shown = $derived({ params: query.resultParams, data: query.result } as ShownView);
	const statusText = $derived.by(() => {
		const t = engineMessages[options.locale()];
		return query.status === 'error' ? t.failed(query.error ?? '') : engineStatus.state === 'starting' ? t.starting : t.updating;
	});

	/**
	 * The reader reached for the controls: fetch what any change needs first — the tier's files for these
	 * indicators (and population, which the groups' weighted means read), the queries' code — and the
	 * small code of every chart view; the map's shapes wait for a sign of intent (`intend`).
	 */
	function reach(indicators: string[]) {
		warmTier(options.datasetVersion(), [...indicators, 'population']);
		import('$lib/queries/compare').catch(() => {});
		for (const chart of ['bar', 'slope', 'scatter'] as const) loadView(chart).catch(() => {});
		import('./MapView.svelte').catch(() => {});
	}

	return {
		query,
		reach,
		/** A pointer over, or focus on, a chart type: load all it needs before the tap lands. */
		intend: (chart: ChartKind) => void loadView(chart).catch(() => {}),
		get views() {
			return views;
		},
		get mapGeometry() {
			return mapGeometry;
		},
		get shown() {
			return shown;
		},
		get statusText() {
			return statusText;
		}
	};
}
