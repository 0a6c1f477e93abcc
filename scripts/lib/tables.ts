/**
 * The curated tables of data/: their columns, types, keys and references. This is the data contract of
 * DESIGN.md in code; the build validates against it and the Parquet/Arrow files follow it column for column.
 */
import * as v from 'valibot';
import { bool, integer, isoDate, iso2, iso3, number, oneOf, optional, partialDate, slug, text, url, type CellSchema } from './cells.ts';

export type SqlType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'DATE';

export interface ColumnDef {
	name: string;
	sql: SqlType;
	cell: CellSchema;
	/** One line for the data dictionary, in English and French. */
	doc: { en: string; fr: string };
	/**
	 * A text the pages show: the column holding its French. The build refuses a row that has the
	 * English but not the French, so no French page falls back to English.
	 */
	fr?: string;
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
export const MEMBERSHIP_STATUSES = ['member', 'member-unconfirmed', 'in-process-unconfirmed'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'year', 'unknown'] as const;
/** Lists of URLs or dates as the fact tables give them: separated by " ; ". */
const list = () => text(/^\S.*$/, 'list');

/** One source link: an http(s) URL, optionally followed by a note in brackets (`… (PAD)`). */
const SOURCE_LINK = /^(\S+)(?: \([^()]+\))?$/;
const badLink = (entry: string): boolean => {
	const url = SOURCE_LINK.exec(entry)?.[1];
	return !url || !/^https?:\/\//.test(url) || !URL.canParse(url);
};
const shown = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);

/**
 * Source links separated by " ; ", each an http(s) URL (the pages link to them, so a typo would be a
 * broken link or, with another scheme, an unsafe one), with an optional note in brackets.
 */
const urlList = () =>
	v.pipe(
		list(),
		v.check(
			(s) => !s.split(' ; ').some(badLink),
			(i) => `${shown(String(i.input).split(' ; ').find(badLink)!)} is not an http(s) URL (links separated by " ; ", each with an optional "(note)")`
		)
	);

const col = (name: string, sql: SqlType, cell: CellSchema, en: string, fr: string): ColumnDef => ({
	name,
	sql,
	cell,
	doc: { en, fr }
});

/**
 * A text the pages show, and its French beside it (`<name>_fr`): the English column names its French
 * (`fr`), and the build refuses a row with the one but not the other.
 */
const shownText = (name: string, cell: CellSchema, en: string, fr: string): ColumnDef[] => [
	{ ...col(name, 'VARCHAR', cell, en, fr), fr: `${name}_fr` },
	col(`${name}_fr`, 'VARCHAR', optional(text()), `${en} (French)`, `${fr} (en français)`)
];

/** Every shown English column of a table with the French column it requires. */
export const frenchPairs = (def: TableDef): { en: string; fr: string }[] => def.columns.flatMap((c) => (c.fr ? [{ en: c.name, fr: c.fr }] : []));

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
			col('income_group', 'VARCHAR', optional(oneOf(INCOME_GROUPS)), 'World Bank income group (FY2025 in the offline snapshot; the current one when fetched)', 'Groupe de revenu de la Banque mondiale (exercice 2025 dans l’instantané hors ligne ; l’actuel si récupéré)'),
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
			...shownText('publisher', text(), 'Publisher', 'Éditeur'),
			...shownText('dataset', text(), 'Dataset or publication', 'Jeu de données ou publication'),
			col('url', 'VARCHAR', url(), "Publisher's page for the dataset", "Page de l'éditeur pour le jeu de données"),
			...shownText('licence', text(), 'Licence or terms of use', "Licence ou conditions d'utilisation"),
			col('licence_url', 'VARCHAR', optional(url()), 'Text of the licence', 'Texte de la licence'),
			col('retrieved', 'DATE', isoDate(), 'Date the data were retrieved from the publisher (or the dated copy used)', "Date de récupération des données auprès de l'éditeur (ou de la copie datée utilisée)"),
			...shownText('citation', text(), 'How to cite', 'Comment citer'),
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
			...shownText('notes', optional(text()), 'Curation notes (choice of source, caveats)', 'Notes de curation (choix de la source, réserves)')
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
	},
	memberships: {
		name: 'memberships',
		source: { file: 'memberships.csv' },
		key: ['org', 'iso3'],
		references: [
			{ column: 'iso3', table: 'countries', target: 'iso3' },
			{ column: 'source_id', table: 'sources', target: 'id' }
		],
		columns: [
			col('org', 'VARCHAR', oneOf(['smart-africa'] as const), 'Organisation', 'Organisation'),
			col('iso3', 'VARCHAR', iso3(), 'Country (countries.iso3)', 'Pays (countries.iso3)'),
			col('status', 'VARCHAR', oneOf(MEMBERSHIP_STATUSES), 'Membership status as the sources show it', 'Statut d’adhésion selon les sources'),
			col('joined', 'VARCHAR', optional(partialDate()), 'Date of joining, to its known precision (YYYY, YYYY-MM or YYYY-MM-DD)', 'Date d’adhésion, à sa précision connue (AAAA, AAAA-MM ou AAAA-MM-JJ)'),
			col('joined_precision', 'VARCHAR', oneOf(DATE_PRECISIONS), 'Precision of the join date', 'Précision de la date d’adhésion'),
			...shownText('joined_note', optional(text()), 'What the date is (announcement, range…)', 'Nature de la date (annonce, intervalle…)'),
			col('member_by', 'VARCHAR', optional(partialDate()), 'Latest date by which a source shows the country as a member', 'Date à laquelle une source montre au plus tard le pays membre'),
			col('founding', 'BOOLEAN', bool(), 'Among the 7 signatories of the Smart Africa Manifesto (Kigali, Oct 2013)', 'Parmi les 7 signataires du Manifeste Smart Africa (Kigali, oct. 2013)'),
			col('founding_note', 'VARCHAR', optional(text()), 'Caveat on founding status', 'Réserve sur le statut de fondateur'),
			col('accession_rank', 'VARCHAR', optional(text()), 'Rank of accession as announced ("(inferred)" when worked out)', 'Rang d’adhésion annoncé (« (inferred) » s’il est déduit)'),
			...shownText('ratification', optional(text()), 'Ratification of the 2021 Agreement establishing the Alliance (not the same as joining)', 'Ratification de l’Accord de 2021 portant création de l’Alliance (distincte de l’adhésion)'),
			col('uncertain', 'BOOLEAN', bool(), 'The date or the membership itself rests on inference', 'La date ou l’adhésion elle-même repose sur une déduction'),
			...shownText('uncertain_reason', optional(text()), 'Why it is uncertain', 'Raison de l’incertitude'),
			...shownText('evidence', text(), 'What the sources say, in brief', 'Ce que disent les sources, en bref'),
			...shownText('note', optional(text()), 'Other caveats', 'Autres réserves'),
			col('source_id', 'VARCHAR', slug(), 'Source (sources.id)', 'Source (sources.id)'),
			col('source_urls', 'VARCHAR', urlList(), 'Sources for this row (separated by " ; ")', 'Sources de cette ligne (séparées par « ; »)'),
			col('source_dates', 'VARCHAR', optional(list()), 'Dates the sources carry, in the same order', 'Dates des sources, dans le même ordre')
		]
	},
	projects: {
		name: 'projects',
		source: { file: 'projects.csv' },
		key: ['id'],
		references: [
			{ column: 'parent', table: 'projects', target: 'id' },
			{ column: 'source_id', table: 'sources', target: 'id' }
		],
		columns: [
			col('id', 'VARCHAR', slug(), 'Project id', 'Identifiant du projet'),
			col('parent', 'VARCHAR', optional(slug()), 'Programme this project is a phase of (projects.id)', 'Programme dont ce projet est une phase (projects.id)'),
			col('name_en', 'VARCHAR', text(), 'Name in English', 'Nom en anglais'),
			col('name_fr', 'VARCHAR', optional(text()), 'Name in French, where a source uses one', 'Nom en français, lorsqu’une source en utilise un'),
			col('kind', 'VARCHAR', text(), 'Kind of project, as the sources describe it', 'Type de projet, selon les sources'),
			...shownText('lead_org', optional(text()), 'Lead organisation', 'Organisation chef de file'),
			...shownText('funder', optional(text()), 'Funder', 'Bailleur'),
			col('wb_project_id', 'VARCHAR', optional(text(/^P\d{6}$/, 'World Bank project id')), 'World Bank project id (P-number)', 'Identifiant de projet Banque mondiale (numéro P)'),
			col('start', 'VARCHAR', optional(partialDate()), 'Start (board approval for World Bank projects)', 'Début (approbation du conseil pour les projets de la Banque mondiale)'),
			col('end', 'VARCHAR', optional(partialDate()), 'End or closing date', 'Fin ou date de clôture'),
			...shownText('status', optional(text()), 'Status as of the latest source', 'Statut selon la source la plus récente'),
			col('amount_usd', 'DOUBLE', optional(number()), 'Amount in US dollars as stated by the source (not converted)', 'Montant en dollars US tel qu’indiqué par la source (non converti)'),
			...shownText('amount_note', optional(text()), 'Breakdown, other currencies, caveats', 'Détail, autres devises, réserves'),
			...shownText('beneficiaries', optional(text()), 'Beneficiaries as stated', 'Bénéficiaires tels qu’indiqués'),
			col('beneficiaries_count', 'DOUBLE', optional(number()), 'The headline number of beneficiaries in that statement', 'Le nombre principal de bénéficiaires de cette mention'),
			col('beneficiaries_unit_en', 'VARCHAR', optional(text()), 'What that number counts, in English', 'Ce que compte ce nombre, en anglais'),
			col('beneficiaries_unit_fr', 'VARCHAR', optional(text()), 'What that number counts, in French', 'Ce que compte ce nombre, en français'),
			...shownText('summary', optional(text()), 'Short factual description', 'Brève description factuelle'),
			col('uncertain', 'BOOLEAN', bool(), 'Some facts rest on inference or could not be verified', 'Certains faits reposent sur une déduction ou n’ont pu être vérifiés'),
			...shownText('notes', optional(text()), 'Caveats', 'Réserves'),
			col('source_id', 'VARCHAR', slug(), 'Source (sources.id)', 'Source (sources.id)'),
			col('source_urls', 'VARCHAR', urlList(), 'Sources (separated by " ; ")', 'Sources (séparées par « ; »)'),
			col('source_dates', 'VARCHAR', optional(list()), 'Dates the sources carry, in the same order', 'Dates des sources, dans le même ordre')
		]
	},
	project_countries: {
		name: 'project_countries',
		source: { file: 'project_countries.csv' },
		key: ['project_id', 'iso3', 'role', 'phase'],
		references: [
			{ column: 'project_id', table: 'projects', target: 'id' },
			{ column: 'iso3', table: 'countries', target: 'iso3' }
		],
		columns: [
			col('project_id', 'VARCHAR', slug(), 'Project (projects.id)', 'Projet (projects.id)'),
			col('iso3', 'VARCHAR', iso3(), 'Country (countries.iso3)', 'Pays (countries.iso3)'),
			col('role', 'VARCHAR', text(), 'Role of the country (recipient, champion, pilot…)', 'Rôle du pays (bénéficiaire, champion, pilote…)'),
			col('phase', 'VARCHAR', optional(text()), 'Phase', 'Phase'),
			col('amount_usd', 'DOUBLE', optional(number()), 'Amount for this country in US dollars, if stated', 'Montant pour ce pays en dollars US, s’il est indiqué'),
			col('source_url', 'VARCHAR', optional(urlList()), 'Source', 'Source'),
			...shownText('note', optional(text()), 'Caveats', 'Réserves')
		]
	}
};
