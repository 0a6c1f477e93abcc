/**
 * URL state of the data page: `?countries=TGO,SEN&indicators=internet-users&from=2015&to=2020`.
 * `countries=all` / `indicators=all` select everything; a missing parameter means the default.
 */
import { droppedCodes, parseCountryList, parseYear, unknownParams, type Notice, type Parsed } from '$lib/state/params';

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

function parseIndicators(raw: string, known: ReadonlySet<string>): { indicators: string[]; notices: Notice[] } {
	const indicators: string[] = [];
	const dropped = new Map<string, string>();
	for (const token of raw.split(',')) {
		const id = token.trim().toLowerCase();
		if (id === '' || indicators.includes(id) || dropped.has(id)) continue;
		if (known.has(id)) indicators.push(id);
		else dropped.set(id, token.trim());
	}
	return { indicators, notices: droppedCodes([...dropped.values()], 'indicators', 'indicator') };
}

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
			const parsed = parseIndicators(indicators, ctx.knownIndicators);
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
	const params = new URLSearchParams();
	const list = (codes: string[] | null) => (codes === null ? 'all' : codes.join(','));
	if (list(view.countries) !== list(defaults.countries)) params.set('countries', list(view.countries));
	if (list(view.indicators) !== list(defaults.indicators)) params.set('indicators', list(view.indicators));
	if (view.from !== null) params.set('from', String(view.from));
	if (view.to !== null) params.set('to', String(view.to));
	const query = params.toString().replaceAll('%2C', ',');
	return query ? `?${query}` : '';
}
