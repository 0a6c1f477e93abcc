/** Queries behind a country profile. */
import type { Engine } from '$lib/db/engine';

export async function countryIds(db: Engine): Promise<string[]> {
	await db.load(['countries']);
	return (await db.query<{ iso3: string }>('SELECT iso3 FROM countries ORDER BY iso3')).map((r) => r.iso3);
}

export interface CountryIdentity {
	iso3: string;
	iso2: string;
	name_en: string;
	name_fr: string;
	au_region: string;
	languages: string;
	income_group: string | null;
	note: string | null;
}

export async function countryIdentity(db: Engine, iso3: string): Promise<CountryIdentity | null> {
	await db.load(['countries']);
	const [row] = await db.query<CountryIdentity>(
		'SELECT iso3, iso2, name_en, name_fr, au_region, languages, income_group, note FROM countries WHERE iso3 = ?',
		[iso3]
	);
	return row ?? null;
}
