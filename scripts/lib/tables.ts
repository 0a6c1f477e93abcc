/**
 * The curated tables of data/: their columns, types, keys and references. This is the data contract of
 * DESIGN.md in code; the build validates against it and the Parquet/Arrow files follow it column for column.
 */
import { bool, integer, isoDate, iso2, iso3, number, oneOf, optional, slug, text, url, type CellSchema } from './cells.ts';

export type SqlType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'DATE';

export interface ColumnDef {
	name: string;
	sql: SqlType;
	cell: CellSchema;
	/** One line for the data dictionary, in English and French. */
	doc: { en: string; fr: string };
}

export interface TableDef {
	name: TableName;
	/** A CSV file, or a folder of CSV files (observations) relative to data/. */
	source: { file: string } | { dir: string };
	columns: ColumnDef[];
	key: string[];
	references: { column: string; table: TableName; target: string }[];
}

import { TABLE_NAMES, type TableName } from '../../src/lib/db/tables.ts';

export { TABLE_NAMES, type TableName };

export const AU_REGIONS = ['north', 'west', 'central', 'east', 'southern'] as const;
/** The eight AU-recognised regional economic communities, plus UEMOA and CEMAC (monetary unions). */
export const RECS = ['ecowas', 'uemoa', 'eac', 'sadc', 'eccas', 'cemac', 'comesa', 'igad', 'amu', 'censad'] as const;
export const TOPICS = ['connectivity', 'education', 'education-digital', 'governance', 'economy'] as const;
export const UNITS = [
	'percent',
	'per-100',
	'per-million',
	'usd',
	'usd-ppp',
	'index-0-1',
	'score-0-100',
	'ratio',
	'count',
	'bit-s',
	'mbit-s',
	'ms',
	'days',
	'years'
] as const;
export const INCOME_GROUPS = ['low', 'lower-middle', 'upper-middle', 'high'] as const;

const col = (name: string, sql: SqlType, cell: CellSchema, en: string, fr: string): ColumnDef => ({
	name,
	sql,
	cell,
	doc: { en, fr }
});

const recColumn = (rec: (typeof RECS)[number]) =>
	col(rec, 'BOOLEAN', bool(), `Member of ${rec.toUpperCase()} (current)`, `Membre de la ${rec.toUpperCase()} (actuel)`);

export const TABLES: Record<TableName, TableDef> = {
	countries: {
		name: 'countries',
		source: { file: 'countries.csv' },
		key: ['iso3'],
		references: [],
		columns: [
			col('iso3', 'VARCHAR', iso3(), 'ISO 3166-1 alpha-3 code (ESH stands for the Sahrawi Republic)', 'Code ISO 3166-1 alpha-3 (ESH désigne la République sahraouie)'),
			col('iso2', 'VARCHAR', iso2(), 'ISO 3166-1 alpha-2 code', 'Code ISO 3166-1 alpha-2'),
			col('m49', 'INTEGER', integer(1, 999), 'UN M49 numeric code', 'Code numérique M49 des Nations unies'),
			col('name_en', 'VARCHAR', text(), 'Name in English', 'Nom en anglais'),
			col('name_fr', 'VARCHAR', text(), 'Name in French', 'Nom en français'),
			col('au_region', 'VARCHAR', oneOf(AU_REGIONS), 'African Union region', "Région de l'Union africaine"),
			...RECS.map(recColumn),
			col('former_recs', 'VARCHAR', optional(text(/^[a-z]+(;[a-z]+)*$/, 'list of REC ids')), 'Communities the country has left (;-separated)', 'Communautés quittées par le pays (séparées par ;)'),
			col('languages', 'VARCHAR', text(/^[a-z]+(;[a-z]+)*$/, 'list of language groups'), 'Official-language groups (francophone, anglophone, …; ;-separated)', 'Groupes de langues officielles (francophone, anglophone… ; séparés par ;)'),
			col('income_group', 'VARCHAR', optional(oneOf(INCOME_GROUPS)), 'World Bank income group (FY2025)', 'Groupe de revenu de la Banque mondiale (exercice 2025)'),
			col('note', 'VARCHAR', optional(text()), 'Caveats', 'Réserves')
		]
	},
	sources: {
		name: 'sources',
		source: { file: 'sources.csv' },
		key: ['id'],
		references: [],
		columns: [
			col('id', 'VARCHAR', slug(), 'Source id', 'Identifiant de la source'),
			col('publisher', 'VARCHAR', text(), 'Publisher', 'Éditeur'),
			col('dataset', 'VARCHAR', text(), 'Dataset or publication', 'Jeu de données ou publication'),
			col('url', 'VARCHAR', url(), "Publisher's page for the dataset", "Page de l'éditeur pour le jeu de données"),
			col('licence', 'VARCHAR', text(), 'Licence or terms of use', "Licence ou conditions d'utilisation"),
			col('licence_url', 'VARCHAR', optional(url()), 'Text of the licence', 'Texte de la licence'),
			col('retrieved', 'DATE', isoDate(), 'Date the data were retrieved from the publisher (or the dated copy used)', "Date de récupération des données auprès de l'éditeur (ou de la copie datée utilisée)"),
			col('citation', 'VARCHAR', text(), 'How to cite', 'Comment citer'),
			col('via', 'VARCHAR', optional(text()), 'Copy the curated values were read from, when not the publisher itself', "Copie d'où proviennent les valeurs, si ce n'est pas l'éditeur lui-même")
		]
	},
	indicators: {
		name: 'indicators',
		source: { file: 'indicators.csv' },
		key: ['id'],
		references: [{ column: 'source_id', table: 'sources', target: 'id' }],
		columns: [
			col('id', 'VARCHAR', slug(), 'Stable indicator id', "Identifiant stable de l'indicateur"),
			col('source_code', 'VARCHAR', text(), "Publisher's series code", "Code de la série chez l'éditeur"),
			col('topic', 'VARCHAR', oneOf(TOPICS), 'Topic', 'Thème'),
			col('family', 'VARCHAR', optional(slug()), 'Groups the breakdowns of one measure (by level, sex, skill…)', 'Regroupe les déclinaisons d’une même mesure (par niveau, sexe, compétence…)'),
			col('name_en', 'VARCHAR', text(), 'Name in English', 'Nom en anglais'),
			col('name_fr', 'VARCHAR', text(), 'Name in French', 'Nom en français'),
			col('unit', 'VARCHAR', oneOf(UNITS), 'Unit (machine-readable)', 'Unité (codée)'),
			col('unit_en', 'VARCHAR', text(), 'Unit in English', 'Unité en anglais'),
			col('unit_fr', 'VARCHAR', text(), 'Unit in French', 'Unité en français'),
			col('decimals', 'INTEGER', integer(0, 6), 'Decimals shown', 'Décimales affichées'),
			col('higher_is_better', 'BOOLEAN', optional(bool()), 'Whether a higher value is better (empty: neither)', 'Une valeur plus élevée est-elle meilleure (vide : ni l’un ni l’autre)'),
			col('valid_min', 'DOUBLE', optional(number()), 'Lowest valid value', 'Valeur valide minimale'),
			col('valid_max', 'DOUBLE', optional(number()), 'Highest valid value', 'Valeur valide maximale'),
			col('source_id', 'VARCHAR', slug(), 'Source (sources.id)', 'Source (sources.id)'),
			col('description_en', 'VARCHAR', text(), 'Definition in English', 'Définition en anglais'),
			col('description_fr', 'VARCHAR', text(), 'Definition in French', 'Définition en français'),
			col('notes', 'VARCHAR', optional(text()), 'Curation notes (choice of source, caveats)', 'Notes de curation (choix de la source, réserves)')
		]
	},
	observations: {
		name: 'observations',
		source: { dir: 'observations' },
		key: ['iso3', 'indicator', 'year'],
		references: [
			{ column: 'iso3', table: 'countries', target: 'iso3' },
			{ column: 'indicator', table: 'indicators', target: 'id' },
			{ column: 'source_id', table: 'sources', target: 'id' }
		],
		columns: [
			col('iso3', 'VARCHAR', iso3(), 'Country (countries.iso3)', 'Pays (countries.iso3)'),
			col('indicator', 'VARCHAR', slug(), 'Indicator (indicators.id)', 'Indicateur (indicators.id)'),
			col('year', 'INTEGER', integer(1960, 2100), 'Year the value refers to', 'Année de référence de la valeur'),
			col('value', 'DOUBLE', number(), 'Value, in the indicator’s unit', 'Valeur, dans l’unité de l’indicateur'),
			col('source_id', 'VARCHAR', slug(), 'Source (sources.id)', 'Source (sources.id)'),
			col('flag', 'VARCHAR', optional(text()), "Publisher's flag (e.g. estimate)", "Indicateur de l'éditeur (p. ex. estimation)")
		]
	}
};
