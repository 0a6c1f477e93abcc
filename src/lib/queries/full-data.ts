/**
 * An indicator's full data, as published at its stable address (/data/indicator/<id>.csv and .parquet):
 * every observation the site holds for it, each row carrying its source, licence and retrieval date so
 * that a file read on its own still says where its numbers come from.
 */
import type { Engine } from '$lib/db/engine';

export interface FullDataRow {
	iso3: string;
	country_en: string;
	country_fr: string;
	indicator: string;
	indicator_name_en: string;
	indicator_name_fr: string;
	year: number;
	value: number;
	unit_en: string;
	unit_fr: string;
	flag: string | null;
	source: string;
	source_fr: string;
	licence: string;
	licence_fr: string;
	source_url: string;
	retrieved: string;
}

/**
 * Every observation of one indicator (by country, then year) or of one country (by topic, indicator,
 * then year), each row with the names, source and licence a file read on its own needs.
 */
export async function citedObservations(db: Engine, of: { indicator: string } | { iso3: string }): Promise<FullDataRow[]> {
	await db.load(['observations', 'indicators', 'sources', 'countries']);
	const [where, order, value] = 'indicator' in of ? ['o.indicator', 'o.iso3, o.year', of.indicator] : ['o.iso3', 'i.topic, o.indicator, o.year', of.iso3];
	return db.query<FullDataRow>(
		`SELECT o.iso3, c.name_en AS country_en, c.name_fr AS country_fr, o.indicator,
		        i.name_en AS indicator_name_en, i.name_fr AS indicator_name_fr, o.year, o.value,
		        i.unit_en, i.unit_fr, o.flag,
		        s.publisher || ', ' || s.dataset AS source,
		        coalesce(s.publisher_fr, s.publisher) || ', ' || coalesce(s.dataset_fr, s.dataset) AS source_fr,
		        s.licence, coalesce(s.licence_fr, s.licence) AS licence_fr, s.url AS source_url, s.retrieved::VARCHAR AS retrieved
		 FROM observations o
		 JOIN indicators i ON i.id = o.indicator
		 JOIN sources s ON s.id = o.source_id
		 JOIN countries c ON c.iso3 = o.iso3
		 WHERE ${where} = ?
		 ORDER BY ${order}`,
		[value]
	);
}

/** An indicator's full data, as published at its stable address. */
export const indicatorFullData = (db: Engine, indicator: string) => citedObservations(db, { indicator });
