/**
 * The files at an indicator's stable address (/data/indicator/<id>.csv and .parquet): one language-neutral
 * table with English and French names side by side, so that a script's URL never depends on the reader's
 * language, and every row carries its source, licence and the dataset version.
 */
import type { FullDataRow } from '$lib/queries/full-data';
import { toCsv, toParquet, type DataColumn, type Row } from './formats';

/** The columns, in file order, with the data dictionary's line for each (English, French). */
export const FULL_DATA_COLUMNS: (DataColumn & { description_fr: string })[] = [
	{ name: 'iso3', type: 'string', description: 'ISO 3166-1 alpha-3 country code', description_fr: 'Code pays ISO 3166-1 alpha-3' },
	{ name: 'country_en', type: 'string', description: 'Country name in English', description_fr: 'Nom anglais du pays' },
	{ name: 'country_fr', type: 'string', description: 'Country name in French', description_fr: 'Nom français du pays' },
	{ name: 'indicator', type: 'string', description: 'Indicator identifier (as in the address)', description_fr: 'Identifiant de l’indicateur (comme dans l’adresse)' },
	{ name: 'indicator_name_en', type: 'string', description: 'Indicator name in English', description_fr: 'Nom anglais de l’indicateur' },
	{ name: 'indicator_name_fr', type: 'string', description: 'Indicator name in French', description_fr: 'Nom français de l’indicateur' },
	{ name: 'year', type: 'integer', description: 'Year of the observation', description_fr: 'Année de l’observation' },
	{ name: 'value', type: 'double', description: 'Value, in the unit given', description_fr: 'Valeur, dans l’unité indiquée' },
	{ name: 'unit_en', type: 'string', description: 'Unit in English', description_fr: 'Unité, libellé anglais' },
	{ name: 'unit_fr', type: 'string', description: 'Unit in French', description_fr: 'Unité, libellé français' },
	{ name: 'flag', type: 'string', description: 'The publisher’s note on the value (estimate, break in series), if any', description_fr: 'Remarque de l’éditeur sur la valeur (estimation, rupture de série), le cas échéant' },
	{ name: 'source', type: 'string', description: 'Publisher and dataset', description_fr: 'Éditeur et jeu de données, noms anglais' },
	{ name: 'source_fr', type: 'string', description: 'Publisher and dataset, in French', description_fr: 'Éditeur et jeu de données, noms français' },
	{ name: 'licence', type: 'string', description: 'Licence of the source', description_fr: 'Licence de la source, libellé anglais' },
	{ name: 'licence_fr', type: 'string', description: 'Licence of the source, in French', description_fr: 'Licence de la source, libellé français' },
	{ name: 'source_url', type: 'string', description: 'Where the publisher publishes the data', description_fr: 'Adresse de publication des données par l’éditeur' },
	{ name: 'retrieved', type: 'string', description: 'Date the source was retrieved', description_fr: 'Date de récupération de la source' },
	{ name: 'dataset_version', type: 'string', description: 'Version of this site’s dataset', description_fr: 'Version du jeu de données du site' }
];

const withVersion = (rows: FullDataRow[], version: string): Row[] => rows.map((r) => ({ ...r, dataset_version: version }));

export function fullDataCsv(rows: FullDataRow[], version: string): string {
	return toCsv(FULL_DATA_COLUMNS, withVersion(rows, version));
}

export function fullDataParquet(rows: FullDataRow[], version: string): Uint8Array {
	return toParquet(FULL_DATA_COLUMNS, withVersion(rows, version));
}

/** The stable address of an indicator's full data, without the site's base path. */
export const fullDataPath = (indicator: string, format: 'csv' | 'parquet') => `/data/indicator/${indicator}.${format}`;
