import { describe, expect, it } from 'vitest';
import { CountryLookup } from './country-lookup.ts';

const lookup = new CountryLookup(
	[
		{ iso3: 'CIV', m49: 384, name_en: "Côte d'Ivoire", name_fr: "Côte d'Ivoire" },
		{ iso3: 'TZA', m49: 834, name_en: 'Tanzania', name_fr: 'Tanzanie' },
		{ iso3: 'ESH', m49: 732, name_en: 'Western Sahara (SADR)', name_fr: 'Sahara occidental (RASD)' }
	],
	{ 'United Republic of Tanzania': 'TZA', 'Micronesia (Federated States of)': 'FSM' }
);
const at = { file: 'f.csv', line: 7 };

describe('country lookup', () => {
	it('maps ISO3 codes of members, sets aside other countries and declared aggregates, refuses the rest', () => {
		expect(lookup.iso3('civ', at)).toBe('CIV');
		expect(lookup.iso3('FRA', at)).toBeNull();
		expect(lookup.iso3('SSF', at, new Set(['SSF']))).toBeNull();
		expect(() => lookup.iso3('SSF', at)).toThrow('f.csv:7: unknown country code "SSF"');
	});

	it('maps M49 codes, including Western Sahara (732), and sets aside regions', () => {
		expect(lookup.m49('834', at)).toBe('TZA');
		expect(lookup.m49(732, at)).toBe('ESH');
		expect(lookup.m49(202, at)).toBeNull(); // Sub-Saharan Africa
		expect(lookup.m49(250, at)).toBeNull(); // France
		expect(() => lookup.m49('abc', at)).toThrow('f.csv:7: "abc" is not an M49 code');
	});

	it('maps names with UN spellings, trailing spaces, accents and apostrophes', () => {
		expect(lookup.name('United Republic of Tanzania ', at)).toBe('TZA');
		expect(lookup.name('Cote d’Ivoire', at)).toBe('CIV');
		expect(lookup.name('Tanzanie', at)).toBe('TZA');
		expect(lookup.name('Iraq ', at)).toBeNull();
		expect(lookup.name('Micronesia (Federated States of)', at)).toBeNull();
	});

	it('stops on a name it cannot place, naming file and line', () => {
		expect(() => lookup.name('Atlantis', at)).toThrow('f.csv:7: unknown country name "Atlantis"');
	});
});
