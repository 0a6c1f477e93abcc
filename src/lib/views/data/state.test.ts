import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_VIEW, parseDataView, serialiseDataView, type DataViewContext } from './state';

const ctx: DataViewContext = {
	knownCountries: new Set(['TGO', 'SEN', 'RWA', 'KEN', 'NGA']),
	knownIndicators: new Set(['internet-users', 'population']),
	firstYear: 1960,
	lastYear: 2025,
	defaults: DEFAULT_DATA_VIEW
};
const parse = (qs: string) => parseDataView(new URLSearchParams(qs), ctx);

describe('data page URL state', () => {
	it('reads countries, indicators and a year range', () => {
		expect(parse('countries=tgo,SEN&indicators=internet-users&from=2015&to=2020').view).toEqual({
			countries: ['TGO', 'SEN'],
			indicators: ['internet-users'],
			from: 2015,
			to: 2020
		});
	});

	it('selects everything with "all"', () => {
		expect(parse('countries=all&indicators=all').view).toMatchObject({ countries: null, indicators: null });
	});

	it('drops unknown codes, indicators and years with notices, keeping sensible defaults', () => {
		const { view, notices } = parse('countries=XYZ&indicators=gdp-of-mars,population&from=1800&colour=red');
		expect(view).toEqual({ countries: DEFAULT_DATA_VIEW.countries, indicators: ['population'], from: null, to: null });
		expect(notices.map((n) => n.kind)).toEqual(['unknown-param', 'unknown-country', 'unknown-indicators', 'bad-year']);
	});

	it('puts a reversed range right', () => {
		expect(parse('from=2020&to=2010').view).toMatchObject({ from: 2010, to: 2020 });
	});

	it('round-trips, leaving defaults out of the URL', () => {
		expect(serialiseDataView(DEFAULT_DATA_VIEW, DEFAULT_DATA_VIEW)).toBe('');
		const view = { countries: null, indicators: ['population', 'internet-users'], from: 2000, to: null };
		const qs = serialiseDataView(view, DEFAULT_DATA_VIEW);
		expect(qs).toBe('?countries=all&indicators=population,internet-users&from=2000');
		expect(parse(qs.slice(1)).view).toEqual(view);
	});
});
