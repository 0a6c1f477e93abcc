import { describe, expect, it } from 'vitest';
import { parseIndicatorView, serialiseIndicatorView, MAX_HIGHLIGHTED, type IndicatorViewContext } from './state';

const ctx: IndicatorViewContext = {
	knownCountries: new Set(['TGO', 'SEN', 'RWA', 'KEN', 'NGA', 'GHA', 'CIV', 'BEN', 'MLI', 'NER']),
	firstYear: 1990,
	lastYear: 2023,
	defaults: { countries: ['TGO', 'SEN'], year: 2022 }
};
const parse = (qs: string) => parseIndicatorView(new URLSearchParams(qs), ctx);

describe('indicator URL state', () => {
	it('uses the defaults for an empty query string', () => {
		expect(parse('')).toEqual({ view: ctx.defaults, notices: [] });
	});

	it('reads countries (any case, spaces, duplicates) and a year', () => {
		expect(parse('countries=ngA, gha,NGA&year=2015').view).toEqual({ countries: ['NGA', 'GHA'], year: 2015 });
	});

	it('drops unknown countries with one notice and keeps the rest', () => {
		const { view, notices } = parse('countries=TGO,XYZ,FRA');
		expect(view.countries).toEqual(['TGO']);
		expect(notices).toEqual([{ kind: 'unknown-countries', param: 'countries', values: ['XYZ', 'FRA'], count: 2 }]);
	});

	it('caps the number of highlighted countries', () => {
		const { view, notices } = parse(`countries=${[...ctx.knownCountries].join(',')}`);
		expect(view.countries).toHaveLength(MAX_HIGHLIGHTED);
		expect(notices).toContainEqual({ kind: 'too-many', param: 'countries', max: MAX_HIGHLIGHTED });
	});

	it.each(['abc', '1899', '2031', '2020.5', ''])('falls back to the default year for year=%s', (raw) => {
		const { view, notices } = parse(`year=${raw}`);
		expect(view.year).toBe(2022);
		expect(notices).toEqual([{ kind: 'bad-year', param: 'year', value: raw, first: 1990, last: 2023, fallback: 2022 }]);
	});

	it('flags parameters the page does not know', () => {
		expect(parse('colour=red&year=2020').notices).toEqual([{ kind: 'unknown-param', param: 'colour' }]);
	});

	it('writes only what differs from the default, and reads back what it wrote', () => {
		expect(serialiseIndicatorView(ctx.defaults, ctx.defaults)).toBe('');
		const view = { countries: ['NGA', 'TGO'], year: 2010 };
		const qs = serialiseIndicatorView(view, ctx.defaults);
		expect(qs).toBe('?countries=NGA,TGO&year=2010');
		expect(parse(qs.slice(1)).view).toEqual(view);
		expect(parse(serialiseIndicatorView({ countries: [], year: 2022 }, ctx.defaults).slice(1)).view.countries).toEqual([]);
	});
});
