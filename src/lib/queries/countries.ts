/** Queries over the countries table. */
import type { Engine } from '$lib/db/engine';

export interface CountryName {
	iso3: string;
	name_en: string;
	name_fr: string;
	au_region: string;
}

export async function countryNames(db: Engine): Promise<CountryName[]> {
	await db.load(['countries']);
	return db.query<CountryName>('SELECT iso3, name_en, name_fr, au_region FROM countries ORDER BY iso3');
}

/** ISO3 and UN M49 codes, to match the countries to map shapes. */
export async function countryCodes(db: Engine): Promise<{ iso3: string; m49: number }[]> {
	await db.load(['countries']);
	return db.query('SELECT iso3, m49 FROM countries ORDER BY iso3');
}
