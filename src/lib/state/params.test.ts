import { describe, expect, it } from 'vitest';
import { clip, ECHO_LIST, ECHO_MAX, parseChoice, parseCountryList, parseYear, unknownParams } from './params';

const known = new Set(['TGO', 'SEN', 'RWA', 'KEN']);

describe('clip', () => {
	it('keeps short text and cuts long text to ECHO_MAX characters with an ellipsis', () => {
		expect(clip('countries')).toBe('countries');
		expect(clip('a'.repeat(ECHO_MAX))).toBe('a'.repeat(ECHO_MAX));
		expect(clip('a'.repeat(300))).toBe(`${'a'.repeat(ECHO_MAX - 1)}…`);
	});

	it('never splits a character made of two code units', () => {
		const flags = '🇹🇬'.repeat(30);
		const cut = clip(flags);
		expect(Array.from(cut)).toHaveLength(ECHO_MAX);
		expect(cut.endsWith('…')).toBe(true);
		expect(() => encodeURIComponent(cut)).not.toThrow();
	});
});

describe('unknownParams', () => {
	it('names one unknown parameter, clipped when long', () => {
		expect(unknownParams(new URLSearchParams(`${'x'.repeat(300)}=1&year=2`), ['year'])).toEqual([{ kind: 'unknown-param', param: `${'x'.repeat(ECHO_MAX - 1)}…` }]);
	});

	it('groups several unknown parameters into one notice with their count', () => {
		const params = new URLSearchParams(Array.from({ length: 12 }, (_, i) => `p${i}=1`).join('&'));
		expect(unknownParams(params, ['year'])).toEqual([{ kind: 'unknown-params', params: ['p0', 'p1', 'p2'].slice(0, ECHO_LIST), count: 12 }]);
	});

	it('says which known parameters are given more than once', () => {
		expect(unknownParams(new URLSearchParams('countries=TGO&year=2020&countries=SEN'), ['countries', 'year'])).toEqual([
			{ kind: 'repeated-param', param: 'countries' }
		]);
		expect(unknownParams(new URLSearchParams('countries=TGO&year=2020'), ['countries', 'year'])).toEqual([]);
	});
});

describe('parseCountryList', () => {
	it('names a single unknown code', () => {
		expect(parseCountryList('TGO,XYZ', 'countries', known, 8).notices).toEqual([{ kind: 'unknown-country', param: 'countries', value: 'XYZ' }]);
	});

	it('groups many unknown codes into one notice: the first few and how many', () => {
		const bad = Array.from({ length: 1500 }, (_, i) => `Z${String(i).padStart(3, '0')}`);
		const { countries, notices } = parseCountryList(['TGO', ...bad, 'sen', 'z000'].join(','), 'countries', known, 8);
		expect(countries).toEqual(['TGO', 'SEN']);
		// Each code counts once, whatever its case.
		expect(notices).toEqual([{ kind: 'unknown-countries', param: 'countries', values: bad.slice(0, ECHO_LIST), count: 1500 }]);
	});

	it('clips a long unknown code', () => {
		expect(parseCountryList('a'.repeat(5000), 'countries', known, 8).notices).toEqual([{ kind: 'unknown-country', param: 'countries', value: `${'a'.repeat(ECHO_MAX - 1)}…` }]);
	});
});

describe('echoed values', () => {
	it('are clipped in year and choice notices', () => {
		expect(parseYear('9'.repeat(100), 'year', 2000, 2020, 2020).notices[0]).toMatchObject({ value: `${'9'.repeat(ECHO_MAX - 1)}…` });
		expect(parseChoice('b'.repeat(100), 'chart', ['line'] as const).notices[0]).toMatchObject({ value: `${'b'.repeat(ECHO_MAX - 1)}…` });
	});
});
