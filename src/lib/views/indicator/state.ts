/**
 * URL state of an indicator page: `?countries=TGO,SEN&year=2022`. Parameters equal to the default are
 * left out of the URL, so the default view has the clean, prerendered address.
 */
import { parseCountryList, parseYear, unknownParams, type Notice, type Parsed } from '$lib/state/params';

export interface IndicatorView {
	/** Countries highlighted in the charts, in selection order. */
	countries: string[];
	/** Year of the ranking. */
	year: number;
}

export interface IndicatorViewContext {
	knownCountries: ReadonlySet<string>;
	firstYear: number;
	lastYear: number;
	defaults: IndicatorView;
}

export const MAX_HIGHLIGHTED = 8;

/**
 * Years a ranking looks back: 0 (the exact year) when most countries report every year; otherwise the
 * whole span, so each country is ranked on its latest value and the chart says which year that is.
 */
export function rankingWindow(years: { first: number; last: number; wellCovered: boolean }): number {
	return years.wellCovered ? 0 : years.last - years.first;
}
const PARAMS = ['countries', 'year'] as const;

/** Highlighted by default: the two countries of the project's seed articles and two founding members. */
export const DEFAULT_HIGHLIGHT = ['TGO', 'SEN', 'RWA', 'KEN'];

export function parseIndicatorView(params: URLSearchParams, ctx: IndicatorViewContext): Parsed<IndicatorView> {
	const notices: Notice[] = unknownParams(params, PARAMS);
	let countries = ctx.defaults.countries;
	const rawCountries = params.get('countries');
	if (rawCountries !== null) {
		const parsed = parseCountryList(rawCountries, 'countries', ctx.knownCountries, MAX_HIGHLIGHTED);
		countries = parsed.countries;
		notices.push(...parsed.notices);
	}
	let year = ctx.defaults.year;
	const rawYear = params.get('year');
	if (rawYear !== null) {
		const parsed = parseYear(rawYear, 'year', ctx.firstYear, ctx.lastYear, ctx.defaults.year);
		year = parsed.year;
		notices.push(...parsed.notices);
	}
	return { view: { countries, year }, notices };
}

export function serialiseIndicatorView(view: IndicatorView, defaults: IndicatorView): string {
	const params = new URLSearchParams();
	if (view.countries.join(',') !== defaults.countries.join(',')) params.set('countries', view.countries.join(','));
	if (view.year !== defaults.year) params.set('year', String(view.year));
	const query = params.toString().replaceAll('%2C', ',');
	return query ? `?${query}` : '';
}
