/** The search ranking over the real countries table, as the compare and data pages build it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeEngine } from '$lib/db/node';
import type { Locale } from '$lib/i18n/locales';
import { countryGroups, type CountryGroups } from '$lib/queries/groups';
import { countryName, countrySearchable } from './countries';
import { fold, matchItem, rankSearch, TIER } from './rank';

let db: NodeEngine;
let countries: CountryGroups[];
beforeAll(async () => {
	db = new NodeEngine();
	countries = await countryGroups(db);
});
afterAll(() => db.close());

/** Names of the matches, best first, as a picker lists them (alphabetical within a tier). */
function search(query: string, locale: Locale): string[] {
	const sorted = [...countries].sort((a, b) => countryName(a, locale).localeCompare(countryName(b, locale), locale));
	return rankSearch(query, sorted, (c) => countrySearchable(c, locale)).map((c) => countryName(c, locale));
}

describe('fold', () => {
	it('drops accents, case, apostrophes and hyphens', () => {
		expect(fold("Côte d'Ivoire")).toBe('cote d ivoire');
		expect(fold('Côte d’Ivoire')).toBe('cote d ivoire');
		expect(fold('  Guinée-Bissau ')).toBe('guinee bissau');
		expect(fold('SÃO TOMÉ')).toBe('sao tome');
	});
});

describe('country search ranking, over the real countries table', () => {
	it('has the 55 countries with their two-letter codes', () => {
		expect(countries).toHaveLength(55);
		expect(countries.find((c) => c.iso3 === 'MLI')?.iso2).toBe('ML');
	});

	it.each<[string, Locale, string]>([
		['Mali', 'en', 'Mali'],
		['mali', 'fr', 'Mali'],
		['Sudan', 'en', 'Sudan'],
		['Soudan', 'fr', 'Soudan'],
		['Guinea', 'en', 'Guinea'],
		['Guinée', 'fr', 'Guinée'],
		['Niger', 'en', 'Niger'],
		['Congo', 'en', 'Congo'],
		['Chad', 'en', 'Chad']
	])('puts the exact name first: "%s" (%s) → %s', (query, locale, first) => {
		expect(search(query, locale)[0]).toBe(first);
	});

	it('ranks exact, then prefix, then word prefix, then substring', () => {
		// Somalia only contains "mali": after Mali (exact) and Malawi is not a match at all.
		expect(search('Mali', 'en')).toEqual(['Mali', 'Somalia']);
		expect(search('Sudan', 'en')).toEqual(['Sudan', 'South Sudan']);
		expect(search('Guinea', 'en').slice(0, 3)).toEqual(['Guinea', 'Guinea-Bissau', 'Equatorial Guinea']);
		// In French both others start with « Guinée »: prefixes, in alphabetical order.
		expect(search('Guinée', 'fr').slice(0, 3)).toEqual(['Guinée', 'Guinée équatoriale', 'Guinée-Bissau']);
		expect(search('Niger', 'en')).toEqual(['Niger', 'Nigeria']);
		expect(search('tan', 'en')[0]).toBe('Tanzania');
	});

	it('ignores accents and case in both languages', () => {
		expect(search('cote', 'en')[0]).toBe("Côte d'Ivoire");
		expect(search('cote', 'fr')[0]).toBe("Côte d'Ivoire");
		expect(search("cote d'ivoire", 'en')[0]).toBe("Côte d'Ivoire");
		expect(search('Guinee', 'fr')[0]).toBe('Guinée');
		// On the English page the French name is searched too.
		expect(search('Guinee', 'en')[0]).toBe('Guinea');
		expect(search('SENEGAL', 'fr')[0]).toBe('Sénégal');
		expect(search('egypte', 'fr')[0]).toBe('Égypte');
		expect(search('sao tome', 'en')[0]).toBe('São Tomé and Príncipe');
	});

	it('finds countries by ISO code, three letters ranking as an exact name', () => {
		expect(search('MLI', 'en')[0]).toBe('Mali');
		expect(search('civ', 'fr')[0]).toBe("Côte d'Ivoire");
		expect(search('TG', 'en')[0]).toBe('Togo');
		expect(search('ZA', 'en')).toContain('South Africa');
	});

	it('finds countries by the other names readers use', () => {
		expect(search('Ivory Coast', 'en')[0]).toBe("Côte d'Ivoire");
		expect(search('ivory', 'fr')[0]).toBe("Côte d'Ivoire");
		expect(search('Swaziland', 'en')[0]).toBe('Eswatini');
		expect(search('Cape Verde', 'en')[0]).toBe('Cabo Verde');
		expect(search('Cabo Verde', 'fr')[0]).toBe('Cap-Vert');
		expect(search('Congo-Brazzaville', 'en')[0]).toBe('Congo');
		expect(search('congo kinshasa', 'fr')[0]).toBe('RD Congo');
		expect(search('RDC', 'fr')[0]).toBe('RD Congo');
		expect(search('Congo', 'en').slice(0, 2)).toEqual(['Congo', 'DR Congo']);
	});

	it('keeps every country for an empty search, and finds nothing for nonsense', () => {
		expect(search('', 'en')).toHaveLength(55);
		expect(search('   ', 'fr')).toHaveLength(55);
		expect(search('xyzzy', 'en')).toEqual([]);
	});

	it('prefers the shown name to another name when both match alike', () => {
		const mali = countries.find((c) => c.iso3 === 'MLI')!;
		expect(matchItem('mali', countrySearchable(mali, 'fr'))).toEqual({ tier: TIER.exact, nameIndex: 0 });
	});
});
