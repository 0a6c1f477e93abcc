/**
 * What the site search finds: every indicator, country and project with the names, codes and
 * definitions readers search by, in both languages. Run at build time only (the search index is a
 * prerendered file), so it has no Arquero twin.
 */
import type { Engine } from '$lib/db/engine';
import type { IndicatorWording } from './indicator';

export interface SearchIndicatorRow extends IndicatorWording {
	id: string;
	source_code: string;
	topic: string;
}

export interface SearchCountryRow {
	iso3: string;
	iso2: string;
	name_en: string;
	name_fr: string;
}

export interface SearchProjectRow {
	id: string;
	name_en: string;
	/** Only where a source uses a French name. */
	name_fr: string | null;
	kind: string;
}

export interface SearchRows {
	indicators: SearchIndicatorRow[];
	countries: SearchCountryRow[];
	projects: SearchProjectRow[];
}

export async function searchRows(db: Engine): Promise<SearchRows> {
	await db.load(['indicators', 'countries', 'projects']);
	const [indicators, countries, projects] = await Promise.all([
		db.query<SearchIndicatorRow>(
			`SELECT id, source_code, topic, name_en, name_fr, unit_en, unit_fr, description_en, description_fr FROM indicators ORDER BY id`
		),
		db.query<SearchCountryRow>(`SELECT iso3, iso2, name_en, name_fr FROM countries ORDER BY iso3`),
		db.query<SearchProjectRow>(`SELECT id, name_en, nullif(name_fr, '') AS name_fr, kind FROM projects ORDER BY id`)
	]);
	return { indicators, countries, projects };
}
