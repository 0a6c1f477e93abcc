/**
 * URL state of the data page: `?countries=TGO,SEN&indicators=internet-users&from=2015&to=2020`.
 * `countries=all` / `indicators=all` select everything; a missing parameter means the default.
 */
import { parseCountryList, parseIndicatorList, parseYear, queryString, unknownParams, type Notice, type Parsed } from '$lib/state/params';

export interface DataView {
	/** null: every country. */
	countries: string[] | null;
	/** null: every indicator. */
	indicators: string[] | null;
	from: number | null;
	to: number | null;
}

export interface DataViewContext {
	knownCountries: ReadonlySet<string>;
	knownIndicators: ReadonlySet<string>;
	firstYear: number;
	lastYear: number;
	defaults: DataView;
}

export const DEFAULT_DATA_VIEW: DataView = { countries: ['TGO', 'SEN', 'RWA', 'KEN'], indicators: ['internet-users'], from: null, to: null };

export function parseDataView(params: URLSearchParams, ctx: DataViewContext): Parsed<DataView> {
	const notices: Notice[] = unknownParams(params, ['countries', 'indicators', 'from', 'to']);
	const view: DataView = { ...ctx.defaults };
	const countries = params.get('countries');
	if (countries !== null) {
		if (countries.trim().toLowerCase() === 'all') view.countries = null;
		else {
			const parsed = parseCountryList(countries, 'countries', ctx.knownCountries, ctx.knownCountries.size);
			view.countries = parsed.countries.length ? parsed.countries : ctx.defaults.countries;
			notices.push(...parsed.notices);
		}
	}
	const indicators = params.get('indicators');
	if (indicators !== null) {
		if (indicators.trim().toLowerCase() === 'all') view.indicators = null;
		else {
			const parsed = parseIndicatorList(indicators, 'indicators', ctx.knownIndicators);
			view.indicators = parsed.indicators.length ? parsed.indicators : ctx.defaults.indicators;
			notices.push(...parsed.notices);
		}
	}
	for (const param of ['from', 'to'] as const) {
		const raw = params.get(param);
		if (raw === null || raw === '') continue;
		const fallback = param === 'from' ? ctx.firstYear : ctx.lastYear;
		const parsed = parseYear(raw, param, ctx.firstYear, ctx.lastYear, fallback);
		view[param] = parsed.notices.length ? null : parsed.year;
		notices.push(...parsed.notices);
	}
	if (view.from !== null && view.to !== null && view.from > view.to) [view.from, view.to] = [view.to, view.from];
	return { view, notices };
}

export function serialiseDataView(view: DataView, defaults: DataView): string {
	const list = (codes: string[] | null) => (codes === null ? 'all' : codes.join(','));
	const unlessDefault = (key: 'countries' | 'indicators') => (list(view[key]) !== list(defaults[key]) ? list(view[key]) : null);
	return queryString({ countries: unlessDefault('countries'), indicators: unlessDefault('indicators'), from: view.from, to: view.to });
}
