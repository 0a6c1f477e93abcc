/**
 * URL state of the compare page (DESIGN.md): `countries=TGO,SEN` `indicator=<id>` `from` `to`
 * `chart=line|bar|slope|scatter|map` `x` `y` (scatter) `year` `align=joined`, and four of this page's
 * own: `log=x|y|x,y|none` (scatter axes; `y` is the value axis of the line and bar charts),
 * `change=<base year>` (the line chart's change since that year), `refs=median,mean|none` (reference
 * lines) and `tab=table`.
 * In a scatter chart `y` is the indicator (`indicator` is read too). Only what differs from the
 * default is written, so the default view keeps the clean, prerendered address. Years left out follow
 * the indicator (and the chart type), so changing the indicator never strands a year it does not cover.
 */
import type { CompareParams } from '$lib/queries/compare';
import { rankingWindow } from '$lib/views/indicator/state';
import { clip, parseChoice, parseCountryList, parseYear, unknownParams, type Notice } from '$lib/state/params';

export const CHARTS = ['line', 'bar', 'slope', 'scatter', 'map'] as const;
export type ChartKind = (typeof CHARTS)[number];
export const ALIGNS = ['year', 'joined'] as const;
export type Align = (typeof ALIGNS)[number];
export const REFERENCES = ['median', 'mean'] as const;
export type Reference = (typeof REFERENCES)[number];
export const TABS = ['chart', 'table'] as const;
export type Tab = (typeof TABS)[number];
export type Axis = 'x' | 'y';

export interface CompareView {
	/** Selected countries, in selection order (any number, up to all 55). */
	countries: string[];
	/** The indicator shown; the vertical axis of a scatter chart. */
	indicator: string;
	chart: ChartKind;
	/** Year range of the line and slope charts; null follows the indicator. */
	from: number | null;
	to: number | null;
	/** Year of the bar chart, scatter chart and map; null follows the indicator(s). */
	year: number | null;
	/** The horizontal indicator of a scatter chart. */
	x: string;
	/** `joined`: the line chart's x-axis is years since the country joined Smart Africa. */
	align: Align;
	/** Log-scaled axes (`y`: the line and bar charts' value axis); null follows the units (log for money and counts). */
	log: Axis[] | null;
	/** The line chart shows each country's change since this year; null shows the values themselves. */
	change: number | null;
	/** Reference lines: members' and non-members' medians, population-weighted means. */
	refs: Reference[];
	tab: Tab;
}

/** What the state needs to know of an indicator: its years, unit and direction. */
export interface IndicatorInfo {
	unit: string;
	first: number;
	last: number;
	firstWellCovered: number;
	latestWellCovered: number;
	/** False when no year has two thirds of the countries: rankings then use each country's latest value. */
	wellCovered: boolean;
	/** Rankings put the lowest first (e.g. prices). */
	lowerIsBetter: boolean;
}

export interface CompareContext {
	knownCountries: ReadonlySet<string>;
	indicators: ReadonlyMap<string, IndicatorInfo>;
	defaults: CompareView;
}

export type CompareNotice =
	| Notice
	| { kind: 'unknown-indicator'; param: string; value: string; fallback: string }
	| { kind: 'swapped-years'; from: number; to: number }
	| { kind: 'same-years'; year: number }
	/** A base year of `change` outside the line chart's years: the values themselves are shown. */
	| { kind: 'bad-change'; param: 'change'; value: string; first: number; last: number }
	/** `log=y` on a line or bar chart of an indicator that is not skewed (shares, scores): a linear axis. */
	| { kind: 'log-unit'; param: 'log' }
	/** `log=y` with `change`: changes can be negative or zero, which a log axis cannot draw. */
	| { kind: 'log-change'; param: 'log' };

export const MAX_COMPARED = 55;
/** The seed articles' two countries and two founding members. */
export const DEFAULT_COUNTRIES = ['TGO', 'SEN', 'RWA', 'KEN'];
export const DEFAULT_INDICATOR = 'internet-users';
/** The scatter chart's default horizontal axis: income, the usual first explanation of connectivity. */
export const DEFAULT_X = 'gdp-per-capita';
/** A slope chart spans at most this many years by default: the change of a decade. */
export const SLOPE_SPAN = 10;

export const DEFAULT_VIEW: CompareView = {
	countries: DEFAULT_COUNTRIES,
	indicator: DEFAULT_INDICATOR,
	chart: 'line',
	from: null,
	to: null,
	year: null,
	x: DEFAULT_X,
	align: 'year',
	log: null,
	change: null,
	refs: ['median'],
	tab: 'chart'
};

const PARAMS = ['countries', 'indicator', 'from', 'to', 'chart', 'x', 'y', 'year', 'align', 'log', 'change', 'refs', 'tab'] as const;

/** Units whose values span orders of magnitude across Africa (GDP per capita, population, bandwidth…). */
const SKEWED_UNITS = new Set(['usd', 'usd-ppp', 'count', 'per-million', 'mbit-s']);

/** The indicator's values span orders of magnitude: a log value axis is offered (and drawn by default on lines). */
export const isSkewed = (indicator: string, ctx: Pick<CompareContext, 'indicators'>): boolean => SKEWED_UNITS.has(ctx.indicators.get(indicator)?.unit ?? '');

/**
 * Axes drawn on a log scale unless the URL says otherwise: the scatter's skewed axes and the line
 * chart's skewed value axis. A bar's length is read from zero, which a log axis has not: there log is
 * an option, never the default; the slope chart and the map have no log axis.
 */
export function defaultLog(view: Pick<CompareView, 'x' | 'indicator'> & Partial<Pick<CompareView, 'chart'>>, ctx: Pick<CompareContext, 'indicators'>): Axis[] {
	const chart = view.chart ?? 'scatter';
	if (chart === 'line') return isSkewed(view.indicator, ctx) ? ['y'] : [];
	if (chart !== 'scatter') return [];
	const out: Axis[] = [];
	if (isSkewed(view.x, ctx)) out.push('x');
	if (isSkewed(view.indicator, ctx)) out.push('y');
	return out;
}

/** The log-scaled axes in effect. */
export const logAxes = (view: CompareView, ctx: Pick<CompareContext, 'indicators'>): Axis[] => view.log ?? defaultLog(view, ctx);

/** The log value axis may be chosen for the line and bar charts of a skewed indicator, and not over changes. */
export const canLogValues = (view: CompareView, ctx: Pick<CompareContext, 'indicators'>): boolean =>
	(view.chart === 'bar' || (view.chart === 'line' && view.change === null)) && isSkewed(view.indicator, ctx);

/** The value axis of the line and bar charts. */
export const valueScale = (view: CompareView, ctx: Pick<CompareContext, 'indicators'>): 'linear' | 'log' =>
	canLogValues(view, ctx) && logAxes(view, ctx).includes('y') ? 'log' : 'linear';

/** Base years of `change`: the line chart's years, whose values the chart already has. */
export function changeRange(view: CompareView, ctx: Pick<CompareContext, 'indicators'>): [number, number] {
	const { from, to } = chartYears({ ...view, chart: 'line' }, ctx);
	return [from, to];
}

/** Years a single-year chart may show: those both scatter indicators cover (or either, if none is shared). */
export function yearRange(view: Pick<CompareView, 'chart' | 'indicator' | 'x'>, ctx: Pick<CompareContext, 'indicators'>): [number, number] {
	const y = ctx.indicators.get(view.indicator)!;
	if (view.chart !== 'scatter') return [y.first, y.last];
	const x = ctx.indicators.get(view.x)!;
	const shared: [number, number] = [Math.max(x.first, y.first), Math.min(x.last, y.last)];
	return shared[0] <= shared[1] ? shared : [Math.min(x.first, y.first), Math.max(x.last, y.last)];
}

export interface ChartYears {
	/** Range of the line chart, or the two years of the slope chart. */
	from: number;
	to: number;
	/** Year of the bar chart, scatter chart and map. */
	year: number;
}

/** The years in effect: the view's, or the defaults for its chart type and indicator(s). */
export function chartYears(view: CompareView, ctx: Pick<CompareContext, 'indicators'>): ChartYears {
	const ind = ctx.indicators.get(view.indicator)!;
	let from: number;
	let to: number;
	if (view.chart === 'slope') {
		to = view.to ?? ind.latestWellCovered;
		from = view.from ?? Math.max(ind.firstWellCovered, to - SLOPE_SPAN);
		if (view.from === null && from >= to) from = Math.max(ind.first, to - SLOPE_SPAN);
		// The start cannot precede the latest well-covered year when that is the indicator's first
		// (2014 for copying files): end at its last year then, so the slope still joins two years.
		if (view.to === null && from >= to && ind.last > from) to = ind.last;
	} else {
		from = view.from ?? ind.firstWellCovered;
		to = view.to ?? ind.last;
	}
	let year = view.year ?? ind.latestWellCovered;
	if (view.year === null && view.chart === 'scatter') {
		const x = ctx.indicators.get(view.x)!;
		const [lo, hi] = yearRange(view, ctx);
		year = Math.min(Math.max(Math.min(ind.latestWellCovered, x.latestWellCovered), lo), hi);
	}
	return { from, to, year };
}

/**
 * The query a view needs. Only what changes the data is in it (not the selection, reference lines, log
 * scales or tab, which the page applies to the data it has), so those changes need no query at all.
 */
export function queryParams(view: CompareView, ctx: Pick<CompareContext, 'indicators'>): CompareParams {
	const { from, to, year } = chartYears(view, ctx);
	const ind = ctx.indicators.get(view.indicator)!;
	switch (view.chart) {
		case 'line':
			return { chart: 'line', indicator: view.indicator, from, to, align: view.align };
		case 'slope':
			return { chart: 'slope', indicator: view.indicator, from, to };
		case 'scatter':
			return { chart: 'scatter', x: view.x, y: view.indicator, year };
		case 'bar':
		case 'map':
			return { chart: view.chart, indicator: view.indicator, year, window: rankingWindow(ind), lowerIsBetter: ind.lowerIsBetter };
	}
}

function parseList<T extends string>(raw: string, param: string, values: readonly T[]): { value: T[] | null; notices: Notice[] } {
	const tokens = raw.split(',').map((t) => t.trim().toLowerCase());
	if (tokens.length === 1 && tokens[0] === 'none') return { value: [], notices: [] };
	const out: T[] = [];
	for (const token of tokens) {
		if (!(values as readonly string[]).includes(token)) {
			return { value: null, notices: [{ kind: 'bad-value', param, value: clip(raw), expected: [...values, values.join(','), 'none'] }] };
		}
		if (!out.includes(token as T)) out.push(token as T);
	}
	// A canonical order, so `y,x` and `x,y` are the same view.
	return { value: values.filter((v) => out.includes(v)), notices: [] };
}

export function parseCompareView(params: URLSearchParams, ctx: CompareContext): { view: CompareView; notices: CompareNotice[] } {
	const notices: CompareNotice[] = unknownParams(params, PARAMS);
	const view: CompareView = { ...ctx.defaults };
	const read = (param: string) => params.get(param);

	const rawChart = read('chart');
	if (rawChart !== null) {
		const parsed = parseChoice(rawChart, 'chart', CHARTS);
		view.chart = parsed.value ?? view.chart;
		notices.push(...parsed.notices);
	}

	// The scatter chart calls its indicator `y`; other charts read `y` only when `indicator` is absent.
	const indicatorParam = view.chart === 'scatter' ? (read('y') !== null ? 'y' : 'indicator') : read('indicator') !== null ? 'indicator' : 'y';
	const readIndicator = (param: string, fallback: string) => {
		const raw = read(param);
		if (raw === null) return fallback;
		const id = raw.trim().toLowerCase();
		if (ctx.indicators.has(id)) return id;
		notices.push({ kind: 'unknown-indicator', param, value: clip(raw), fallback });
		return fallback;
	};
	view.indicator = readIndicator(indicatorParam, view.indicator);
	view.x = readIndicator('x', view.x);

	const rawCountries = read('countries');
	if (rawCountries !== null) {
		const parsed = parseCountryList(rawCountries, 'countries', ctx.knownCountries, MAX_COMPARED);
		view.countries = parsed.countries;
		notices.push(...parsed.notices);
	}

	const rawAlign = read('align');
	if (rawAlign !== null) {
		const parsed = parseChoice(rawAlign, 'align', ALIGNS, { calendar: 'year', years: 'year', join: 'joined' });
		view.align = parsed.value ?? view.align;
		notices.push(...parsed.notices);
	}
	const rawLog = read('log');
	if (rawLog !== null) {
		const parsed = parseList(rawLog, 'log', ['x', 'y'] as const);
		view.log = parsed.value ?? view.log;
		notices.push(...parsed.notices);
	}
	const rawRefs = read('refs');
	if (rawRefs !== null) {
		const parsed = parseList(rawRefs, 'refs', REFERENCES);
		view.refs = parsed.value ?? view.refs;
		notices.push(...parsed.notices);
	}
	const rawTab = read('tab');
	if (rawTab !== null) {
		const parsed = parseChoice(rawTab, 'tab', TABS);
		view.tab = parsed.value ?? view.tab;
		notices.push(...parsed.notices);
	}

	// Years last: their valid range depends on the indicator(s) and chart type read above.
	const ind = ctx.indicators.get(view.indicator)!;
	const defaults = chartYears({ ...view, from: null, to: null, year: null }, ctx);
	const readYear = (param: 'from' | 'to' | 'year', first: number, last: number) => {
		const raw = read(param);
		if (raw === null) return null;
		const parsed = parseYear(raw, param, first, last, defaults[param]);
		notices.push(...parsed.notices);
		return parsed.notices.length ? null : parsed.year;
	};
	view.from = readYear('from', ind.first, ind.last);
	view.to = readYear('to', ind.first, ind.last);
	view.year = readYear('year', ...yearRange(view, ctx));

	const { from, to } = chartYears(view, ctx);
	if (from > to) {
		notices.push({ kind: 'swapped-years', from: to, to: from });
		[view.from, view.to] = [to, from];
	} else if (from === to && view.chart === 'slope' && (view.from !== null || view.to !== null)) {
		// Only when the address chose a year: an indicator with a single year has one year to show.
		notices.push({ kind: 'same-years', year: from });
		view.from = view.to = null;
	}

	// After the years: a base year must be one the line chart shows, so its values are in the result.
	const rawChange = read('change');
	if (rawChange !== null) {
		const [first, last] = changeRange(view, ctx);
		const year = /^\d{4}$/.test(rawChange.trim()) ? Number(rawChange.trim()) : NaN;
		if (year >= first && year <= last) view.change = year;
		else notices.push({ kind: 'bad-change', param: 'change', value: clip(rawChange), first, last });
	}
	// A log value axis where the line or bar chart cannot have one is dropped, with the reason.
	if ((view.chart === 'line' || view.chart === 'bar') && view.log?.includes('y') && !canLogValues(view, ctx)) {
		notices.push({ kind: isSkewed(view.indicator, ctx) ? 'log-change' : 'log-unit', param: 'log' });
		view.log = view.log.filter((a) => a !== 'y');
	}
	return { view, notices };
}

/**
 * The view as the URL should carry it after a change in the page: years and log scales equal to what
 * they would default to are left to follow the indicator, and years the indicator does not cover are
 * dropped (so picking another indicator never leads to a notice).
 */
export function normaliseView(view: CompareView, ctx: Pick<CompareContext, 'indicators'>): CompareView {
	const out = { ...view };
	const ind = ctx.indicators.get(out.indicator)!;
	const inRange = (y: number | null, [lo, hi]: [number, number]) => (y !== null && y >= lo && y <= hi ? y : null);
	out.from = inRange(out.from, [ind.first, ind.last]);
	out.to = inRange(out.to, [ind.first, ind.last]);
	out.year = inRange(out.year, yearRange(out, ctx));
	const defaults = chartYears({ ...out, from: null, to: null, year: null }, ctx);
	if (out.year === defaults.year) out.year = null;
	// Compare each end with the default it would get given the other end as chosen.
	const resolved = chartYears(out, ctx);
	if (out.to !== null && out.to === chartYears({ ...out, to: null }, ctx).to) out.to = null;
	if (out.from !== null && out.from === chartYears({ ...out, from: null }, ctx).from) out.from = null;
	if (resolved.from > resolved.to) [out.from, out.to] = [resolved.to, resolved.from];
	// A slope joins two years: one end chosen equal to the other gives way to its default (the start
	// first, then both), as the parser would, so the page never writes a same-years address.
	if (out.chart === 'slope') {
		if (sameYears(out, ctx)) out.from = null;
		if (sameYears(out, ctx)) out.to = null;
	}
	if (out.change !== null) {
		const [first, last] = changeRange(out, ctx);
		if (out.change < first || out.change > last) out.change = null;
	}
	// As the parser: no log value axis where the line or bar chart cannot have one.
	if ((out.chart === 'line' || out.chart === 'bar') && out.log?.includes('y') && !canLogValues(out, ctx)) out.log = out.log.filter((a) => a !== 'y');
	if (out.log && out.log.join() === defaultLog(out, ctx).join()) out.log = null;
	return out;
}

function sameYears(view: CompareView, ctx: Pick<CompareContext, 'indicators'>): boolean {
	const { from, to } = chartYears(view, ctx);
	return from === to && (view.from !== null || view.to !== null);
}

export function serialiseCompareView(view: CompareView, defaults: CompareView): string {
	const params = new URLSearchParams();
	const list = (values: string[]) => (values.length ? values.join(',') : 'none');
	if (view.countries.join(',') !== defaults.countries.join(',')) params.set('countries', view.countries.join(','));
	if (view.indicator !== defaults.indicator) params.set(view.chart === 'scatter' ? 'y' : 'indicator', view.indicator);
	if (view.from !== null) params.set('from', String(view.from));
	if (view.to !== null) params.set('to', String(view.to));
	if (view.chart !== defaults.chart) params.set('chart', view.chart);
	if (view.x !== defaults.x) params.set('x', view.x);
	if (view.year !== null) params.set('year', String(view.year));
	if (view.align !== defaults.align) params.set('align', view.align);
	if (view.log !== null) params.set('log', list(view.log));
	if (view.change !== null) params.set('change', String(view.change));
	if (view.refs.join(',') !== defaults.refs.join(',')) params.set('refs', list(view.refs));
	if (view.tab !== defaults.tab) params.set('tab', view.tab);
	const query = params.toString().replaceAll('%2C', ',');
	return query ? `?${query}` : '';
}
