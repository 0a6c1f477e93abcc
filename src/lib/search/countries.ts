/**
 * What a country is searched by: its name in the page's language (shown), its name in the other
 * language, the other names readers and publishers use (Ivory Coast, Swaziland, Cape Verde,
 * Congo-Brazzaville…), and its ISO codes.
 */
import { type Locale, localized } from '$lib/i18n/locales';
import { COUNTRY_ALIASES } from '../../../scripts/catalog/country-aliases';
import type { Searchable } from './rank';

/** Other names in common use that publishers' spellings (COUNTRY_ALIASES) do not already hold. */
const COMMON_NAMES: Record<string, string[]> = {
	CIV: ['Ivory Coast', "Côte-d'Ivoire"],
	CPV: ['Cape Verde', 'Cabo Verde', 'Cap Vert', 'Cap-Vert'],
	COG: ['Congo-Brazzaville', 'Congo Brazzaville', 'Republic of the Congo', 'République du Congo'],
	COD: ['Congo-Kinshasa', 'Congo Kinshasa', 'DRC', 'RDC', 'Democratic Republic of the Congo', 'République démocratique du Congo'],
	SWZ: ['Swaziland', 'eSwatini'],
	GIN: ['Guinea-Conakry', 'Guinée-Conakry'],
	GMB: ['The Gambia', 'La Gambie'],
	ESH: ['Sahrawi Republic', 'République sahraouie', 'Western Sahara', 'Sahara occidental'],
	STP: ['Sao Tome', 'São Tomé'],
	CAF: ['CAR', 'Centrafrique', 'RCA'],
	TZA: ['United Republic of Tanzania', 'République-Unie de Tanzanie'],
	MUS: ['Mauritius', 'Maurice'],
	EGY: ['Misr']
};

const ALIASES_BY_CODE = (() => {
	const out = new Map<string, string[]>();
	const add = (code: string, name: string) => {
		const list = out.get(code) ?? [];
		if (!list.includes(name)) list.push(name);
		out.set(code, list);
	};
	for (const [code, names] of Object.entries(COMMON_NAMES)) for (const name of names) add(code, name);
	for (const [name, code] of Object.entries(COUNTRY_ALIASES)) add(code, name);
	return out;
})();

export interface SearchCountry {
	iso3: string;
	iso2?: string;
	name_en: string;
	name_fr: string;
}

/** The names shown in the page's language. */
export const countryName = (c: SearchCountry, locale: Locale) => localized(c, 'name', locale);

/** The other names and codes a country is found by, for a searchable list in the page's language. */
export function countrySearchable(c: SearchCountry, locale: Locale): Searchable {
	const other = locale === 'fr' ? c.name_en : c.name_fr;
	return {
		names: [countryName(c, locale), other, ...(ALIASES_BY_CODE.get(c.iso3) ?? [])],
		codes: [c.iso3, ...(c.iso2 ? [c.iso2] : [])]
	};
}
