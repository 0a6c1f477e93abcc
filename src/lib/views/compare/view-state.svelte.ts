/**
 * The compare view's state, shared by /compare and its embed: the catalogue (the default indicators'
 * entries come with the page, the whole catalogue is fetched on first need), the address read against it,
 * the query and the chart views it needs, and what every chart view is given (ViewContext).
 */
import { localized, type Locale } from '$lib/i18n/locales';
import { comparePage } from '$lib/i18n/messages/compare';
import { localHref } from '$lib/i18n/routes';
import type { CatalogueEntry } from '$lib/queries/compare';
import type { SourceMeta } from '$lib/queries/indicator';
import type { ViewContext } from './context';
import { indicatorInfoMap, selectionColours } from './derive';
import type { CompareData } from './load.server';
import { compareHeading } from './heading';
import { compareQuery } from './query.svelte';
import { chartYears, valueScale, DEFAULT_VIEW, normaliseView, parseCompareView, queryParams, serialiseCompareView, type CompareContext, type CompareView } from './state';

/** The page's data: the view's, and the dataset's version from the root layout. */
export type ComparePageData = CompareData & { dataset: { version: string } };

export function compareViewState(options: {
	data: () => ComparePageData;
	locale: () => Locale;
	/** The page runs in a browser: the address can be read and other views loaded. */
	mounted: () => boolean;
	/** The view's own address parameters (an embed's options taken off). */
	params: () => URLSearchParams;
	/**
	 * The address must be read against the whole catalogue (which indicators exist, their years): it came
	 * from elsewhere. Addresses the controls write are valid by construction and need not wait for it.
	 */
	needsCatalogue: () => boolean;
	/** Goes to a view, given its serialised query (`?…` or ``); `replace`: in place of the current entry of the history. */
	navigate: (query: string, replace?: boolean) => void;
	/** Tabs switch, rather than both panels showing. */
	enhanced: () => boolean;
}) {
	const data = $derived(options.data());
	const locale = $derived(options.locale());
	const t = $derived(comparePage[locale]);

	let fullCatalogue = $state.raw<{ catalogue: CatalogueEntry[]; sources: Record<string, SourceMeta> } | null>(null);
	let catalogueFailed = $state<string | null>(null);
	let catalogueRequest: Promise<void> | null = null;
	function loadCatalogue() {
		catalogueRequest ??= fetch(localHref('en', '/compare/catalogue.json'))
			.then((r) => (r.ok ? r.json() : Promise.reject(new Error(`catalogue.json: ${r.status}`))))
			.then(
				(loaded) => {
					fullCatalogue = loaded;
					catalogueFailed = null;
				},
				(e: unknown) => {
					catalogueRequest = null; // try again on the next need
					catalogueFailed = e instanceof Error ? e.message : String(e);
				}
			);
		return catalogueRequest;
	}
	$effect(() => {
		if (options.mounted() && options.needsCatalogue()) loadCatalogue();
	});

	const catalogue = $derived(fullCatalogue?.catalogue ?? data.catalogue);
	const sources = $derived(fullCatalogue?.sources ?? data.sources);
	const entries = $derived(new Map(catalogue.map((c) => [c.id, c])));
	const countries = $derived(new Map(data.countries.map((c) => [c.iso3, c])));
	const name = (iso3: string) => {
		const c = countries.get(iso3);
		return c ? localized(c, 'name', locale) : iso3;
	};
	const indicatorName = (id: string) => {
		const e = entries.get(id);
		return e ? localized(e, 'name', locale) : id;
	};
	const context = $derived<CompareContext>({
		knownCountries: new Set(data.countries.map((c) => c.iso3)),
		indicators: indicatorInfoMap(catalogue),
		defaults: DEFAULT_VIEW
	});

	// Prerendered HTML (and an address still waiting for the catalogue) shows the default view.
	const canParse = $derived(options.mounted() && (!options.needsCatalogue() || fullCatalogue !== null));
	const parsed = $derived(canParse ? parseCompareView(options.params(), context) : { view: DEFAULT_VIEW, notices: [] });
	const view = $derived(parsed.view);
	const years = $derived(chartYears(view, context));

	/** `replace`: a step of the year slider or its play, which is no new page in the history. */
	function update(change: Partial<CompareView>, { replace = false }: { replace?: boolean } = {}) {
		options.navigate(serialiseCompareView(normaliseView({ ...view, ...change }, context), DEFAULT_VIEW), replace);
	}

	// The line view is the prerendered default; the others (and the map's shapes) load on first need.
	const asked = $derived(queryParams(view, context));
	const compare = compareQuery({
		locale: () => locale,
		mounted: options.mounted,
		chart: () => view.chart,
		params: () => asked,
		initial: () => ({ params: data.initialParams, result: data.initial }),
		datasetVersion: () => data.dataset.version
	});
	// What every chart view reads, each part its own signal: a view redraws what depends on the part that
	// changed (the selection, the status, the heading), not everything at every change of the address or
	// of the query's status. Lists keep their identity while their items stay the same.
	const selected = $derived.by(sameItems(() => view.countries));
	const refs = $derived.by(sameItems(() => view.refs));
	const colours = $derived(selectionColours(selected));
	const heading = $derived(
		compareHeading(asked, (id) => entries.get(id), t, locale, {
			base: view.change,
			scale: asked.chart === 'line' || asked.chart === 'bar' ? valueScale({ ...view, indicator: asked.indicator, chart: asked.chart }, context) : 'linear'
		})
	);
	const ctx: ViewContext = {
		get locale() {
			return locale;
		},
		get t() {
			return t;
		},
		name,
		get countries() {
			return countries;
		},
		get selected() {
			return selected;
		},
		get colours() {
			return colours;
		},
		get refs() {
			return refs;
		},
		get status() {
			return compare.query.status;
		},
		get statusText() {
			return compare.statusText;
		},
		get tab() {
			return view.tab;
		},
		get enhanced() {
			return options.enhanced();
		},
		onTab: (tab) => update({ tab }),
		get sources() {
			return sources;
		},
		indicatorHref: (id) => localHref(locale, `/indicator/${id}`),
		get heading() {
			return heading;
		}
	};

	return {
		loadCatalogue,
		update,
		name,
		indicatorName,
		/** The query, the chart views loaded so far and the result on screen (compareQuery). */
		compare,
		get catalogue() {
			return catalogue;
		},
		get catalogueFailed() {
			return catalogueFailed;
		},
		get sources() {
			return sources;
		},
		get entries() {
			return entries;
		},
		get context() {
			return context;
		},
		get canParse() {
			return canParse;
		},
		get parsed() {
			return parsed;
		},
		get view() {
			return view;
		},
		get years() {
			return years;
		},
		get colours() {
			return colours;
		},
		get ctx() {
			return ctx;
		}
	};
}

export type CompareViewState = ReturnType<typeof compareViewState>;

/** A list as a derived value that keeps the previous array while the items are the same (a new but equal parse). */
function sameItems<T>(list: () => readonly T[]): () => T[] {
	let last: T[] = [];
	return () => {
		const next = list();
		if (next.length !== last.length || next.some((item, i) => item !== last[i])) last = [...next];
		return last;
	};
}
