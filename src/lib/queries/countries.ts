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
