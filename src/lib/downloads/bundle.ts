/**
 * A download as one zip: the filtered rows (long, or wide for one indicator) in the chosen format, and
 * beside them what is needed to understand and cite them: the columns, the indicators' definitions,
 * units and sources with their licences, a citation and a README naming the filter and dataset version.
 */
import { zipSync, strToU8 } from 'fflate';
import { type Locale, localized } from '$lib/i18n/locales';
import { toCsv, toJson, toParquet, type DataColumn, type Row } from './formats';
import type { IndicatorWording } from '$lib/queries/indicator';

export type DownloadFormat = 'csv' | 'csv-semicolon' | 'json' | 'parquet';
export type DownloadShape = 'long' | 'wide';

/** One filtered observation, as the data page's query returns it. */
export interface LongRow {
	iso3: string;
	country_en: string;
	country_fr: string;
	indicator: string;
	year: number;
	value: number;
	flag: string | null;
}

export interface IndicatorInfo extends IndicatorWording {
	id: string;
	source_code: string;
	source_id: string;
}

export interface SourceInfo {
	id: string;
	publisher: string;
	dataset: string;
	url: string;
	licence: string;
	licence_url: string | null;
	retrieved: string;
	citation: string;
	/** The publisher's own French names and the citation in French, for French downloads. */
	publisher_fr: string | null;
	dataset_fr: string | null;
	licence_fr: string | null;
	citation_fr: string | null;
}

/** A source as a download in `locale` names it: French names where the publisher has them. */
export function sourceIn(locale: Locale, s: SourceInfo) {
	const fr = locale === 'fr';
	return {
		id: s.id,
		publisher: (fr && s.publisher_fr) || s.publisher,
		dataset: (fr && s.dataset_fr) || s.dataset,
		url: s.url,
		licence: (fr && s.licence_fr) || s.licence,
		licence_url: s.licence_url,
		retrieved: s.retrieved,
		citation: (fr && s.citation_fr) || s.citation
	};
}

export interface DownloadRequest {
	format: DownloadFormat;
	shape: DownloadShape;
	rows: LongRow[];
	indicators: IndicatorInfo[];
	sources: SourceInfo[];
	dataset: { version: string; built: string };
	locale: Locale;
	/** Where the data can be found again (the data page with its filter). */
	pageUrl: string;
	/** The data page's filter; `null` (or no `indicators`): all. */
	filter: { indicators?: string[] | null; countries: string[] | null; from: number | null; to: number | null };
}

const TEXT = {
	en: {
		iso3: 'ISO 3166-1 alpha-3 country code',
		country: 'Country name',
		indicator: 'Indicator id (see indicators.csv)',
		indicator_name: 'Indicator name',
		year: 'Year the value refers to',
		value: 'Value, in the unit of the "unit" column; empty means not published',
		unit: 'Unit',
		flag: 'Publisher’s flag (e.g. estimate), empty if none',
		source_id: 'Source id (see sources.csv)',
		licence: 'Licence of the value, as its publisher states it',
		yearColumn: (year: string) => `Value for ${year} (empty: not published)`,
		readme: (version: string, built: string) => `Smart Africa ICT Indicators — data download\nDataset version ${version}, built ${built.slice(0, 10)}.\n`,
		contents:
			'Files:\n- the data file\n- columns.csv: what each column means\n- indicators.csv: each indicator’s definition, unit and source\n- sources.csv: publisher, dataset, licence and retrieval date of each source\n- CITATION.txt: how to cite these data\n',
		filterLine: (indicators: string, countries: string, years: string) => `Filter: indicators ${indicators}; countries ${countries}; years ${years}.`,
		all: 'all',
		numbers: (comma: boolean) => (comma ? 'Numbers use a decimal comma and fields are separated by semicolons.' : 'Numbers use a decimal point.'),
		licences: 'Each value keeps its publisher’s licence (see sources.csv); check it before reuse, e.g. CC BY-NC-SA data may not be used commercially.',
		formulas:
			'In the CSV files, a text cell that begins with =, +, -, @, a tab or a carriage return is written with a leading apostrophe (\') so that spreadsheet programs show it as text instead of running it as a formula; remove the apostrophe to get the original text. Numbers are never changed.',
		cite: (version: string, built: string, url: string) =>
			`Smart Africa ICT Indicators (${built.slice(0, 4)}). Dataset version ${version}. ${url}\nCompiled from the following sources, which should be cited with the data:\n`
	},
	fr: {
		iso3: 'Code pays ISO 3166-1 alpha-3',
		country: 'Nom du pays',
		indicator: 'Identifiant de l’indicateur (voir indicators.csv)',
		indicator_name: 'Nom de l’indicateur',
		year: 'Année de référence de la valeur',
		value: 'Valeur, dans l’unité de la colonne « unit » ; vide : non publiée',
		unit: 'Unité',
		flag: 'Indication de l’éditeur (p. ex. estimation), vide sinon',
		source_id: 'Identifiant de la source (voir sources.csv)',
		licence: 'Licence de la valeur, telle que l’indique son éditeur',
		yearColumn: (year: string) => `Valeur pour ${year} (vide : non publiée)`,
		readme: (version: string, built: string) => `Indicateurs TIC Smart Africa — téléchargement de données\nVersion du jeu de données ${version}, construite le ${built.slice(0, 10)}.\n`,
		contents:
			'Fichiers :\n- le fichier de données\n- columns.csv : la signification de chaque colonne\n- indicators.csv : définition, unité et source de chaque indicateur\n- sources.csv : éditeur, jeu de données, licence et date de consultation de chaque source\n- CITATION.txt : comment citer ces données\n',
		filterLine: (indicators: string, countries: string, years: string) => `Filtre : indicateurs ${indicators} ; pays ${countries} ; années ${years}.`,
		all: 'tous',
		numbers: (comma: boolean) =>
			comma ? 'Les nombres utilisent la virgule décimale et les champs sont séparés par des points-virgules.' : 'Les nombres utilisent le point décimal.',
		licences:
			'Chaque valeur garde la licence de son éditeur (voir sources.csv) ; vérifiez-la avant réutilisation, p. ex. des données CC BY-NC-SA ne peuvent être utilisées à des fins commerciales.',
		formulas:
			'Dans les fichiers CSV, une cellule de texte qui commence par =, +, -, @, une tabulation ou un retour chariot est écrite précédée d’une apostrophe (\') afin que les tableurs l’affichent comme du texte au lieu de l’exécuter comme une formule ; retirez l’apostrophe pour retrouver le texte d’origine. Les nombres ne sont jamais modifiés.',
		cite: (version: string, built: string, url: string) =>
			`Indicateurs TIC Smart Africa (${built.slice(0, 4)}). Version du jeu de données ${version}. ${url}\nCompilé à partir des sources suivantes, à citer avec les données :\n`
	}
};

/** The table of the data file, long (one row per observation) or wide (one indicator: countries × years). */
export function shapeRows(req: Pick<DownloadRequest, 'shape' | 'rows' | 'indicators' | 'sources' | 'locale'>): { columns: DataColumn[]; rows: Row[] } {
	const t = TEXT[req.locale];
	const indicatorOf = new Map(req.indicators.map((i) => [i.id, i]));
	const licenceOf = new Map(req.sources.map((s) => [s.id, sourceIn(req.locale, s).licence]));
	const name = (r: LongRow) => localized(r, 'country', req.locale);
	if (req.shape === 'wide') {
		if (req.indicators.length !== 1) throw new Error('A wide table holds one indicator');
		const years = [...new Set(req.rows.map((r) => r.year))].sort((a, b) => a - b).map(String);
		const byCountry = new Map<string, Row>();
		for (const r of req.rows) {
			if (!byCountry.has(r.iso3)) byCountry.set(r.iso3, { iso3: r.iso3, country: name(r) });
			byCountry.get(r.iso3)![String(r.year)] = r.value;
		}
		return {
			columns: [
				{ name: 'iso3', type: 'string', description: t.iso3 },
				{ name: 'country', type: 'string', description: t.country },
				...years.map((y) => ({ name: y, type: 'double' as const, description: t.yearColumn(y) }))
			],
			rows: [...byCountry.values()]
		};
	}
	return {
		columns: [
			{ name: 'iso3', type: 'string', description: t.iso3 },
			{ name: 'country', type: 'string', description: t.country },
			{ name: 'indicator', type: 'string', description: t.indicator },
			{ name: 'indicator_name', type: 'string', description: t.indicator_name },
			{ name: 'year', type: 'integer', description: t.year },
			{ name: 'value', type: 'double', description: t.value },
			{ name: 'unit', type: 'string', description: t.unit },
			{ name: 'flag', type: 'string', description: t.flag },
			{ name: 'source_id', type: 'string', description: t.source_id },
			{ name: 'licence', type: 'string', description: t.licence }
		],
		rows: req.rows.map((r) => {
			const i = indicatorOf.get(r.indicator)!;
			return {
				iso3: r.iso3,
				country: name(r),
				indicator: r.indicator,
				indicator_name: localized(i, 'name', req.locale),
				year: r.year,
				value: r.value,
				unit: localized(i, 'unit', req.locale),
				flag: r.flag,
				source_id: i.source_id,
				licence: licenceOf.get(i.source_id) ?? null
			};
		})
	};
}

/** `internet-users_TGO-SEN_2015-2020_csv.zip`: the file says what it holds. */
export function downloadName(req: Pick<DownloadRequest, 'indicators' | 'filter' | 'format' | 'shape'>): string {
	const what = req.indicators.length === 1 ? req.indicators[0].id : `${req.indicators.length}-indicators`;
	const countries = req.filter.countries ? (req.filter.countries.length <= 4 ? req.filter.countries.join('-') : `${req.filter.countries.length}-countries`) : 'africa';
	const years = req.filter.from !== null || req.filter.to !== null ? `_${req.filter.from ?? ''}-${req.filter.to ?? ''}` : '';
	return `${what}_${countries}${years}_${req.shape === 'wide' ? 'wide_' : ''}${req.format}.zip`;
}

export function buildDownload(req: DownloadRequest): { filename: string; bytes: Uint8Array } {
	const t = TEXT[req.locale];
	const semicolon = req.format === 'csv-semicolon';
	const { columns, rows } = shapeRows(req);
	const base = downloadName(req).replace(/\.zip$/, '');
	const data =
		req.format === 'parquet'
			? { [`${base}.parquet`]: toParquet(columns, rows) }
			: req.format === 'json'
				? { [`${base}.json`]: strToU8(toJson(columns, rows)) }
				: { [`${base}.csv`]: strToU8(toCsv(columns, rows, { separator: semicolon ? ';' : ',', decimalComma: semicolon })) };
	const meta = { separator: semicolon ? (';' as const) : (',' as const), decimalComma: false };
	const used = new Set(req.indicators.map((i) => i.source_id));
	const sources = req.sources.filter((s) => used.has(s.id)).map((s) => sourceIn(req.locale, s));
	const indicatorRows = req.indicators.map((i) => ({
		id: i.id,
		name: localized(i, 'name', req.locale),
		unit: localized(i, 'unit', req.locale),
		definition: localized(i, 'description', req.locale),
		source_code: i.source_code,
		source_id: i.source_id
	}));
	const col = (name: string, description = ''): DataColumn => ({ name, type: 'string', description });
	const years = req.filter.from !== null || req.filter.to !== null ? `${req.filter.from ?? '…'}–${req.filter.to ?? '…'}` : t.all;
	const readme = [
		t.readme(req.dataset.version, req.dataset.built),
		t.filterLine(req.filter.indicators?.join(', ') ?? t.all, req.filter.countries?.join(', ') ?? t.all, years),
		t.numbers(semicolon),
		t.licences,
		t.formulas,
		'',
		t.contents,
		req.pageUrl
	].join('\n');
	const citation = t.cite(req.dataset.version, req.dataset.built, req.pageUrl) + sources.map((s) => `- ${s.citation}`).join('\n');
	const files = {
		...data,
		'columns.csv': strToU8(toCsv([col('column'), col('type'), col('description')], columns.map((c) => ({ column: c.name, type: c.type, description: c.description })), meta)),
		'indicators.csv': strToU8(toCsv(['id', 'name', 'unit', 'definition', 'source_code', 'source_id'].map((n) => col(n)), indicatorRows, meta)),
		'sources.csv': strToU8(
			toCsv(['id', 'publisher', 'dataset', 'url', 'licence', 'licence_url', 'retrieved', 'citation'].map((n) => col(n)), sources, meta)
		),
		'CITATION.txt': strToU8(`${citation}\n`),
		'README.txt': strToU8(`${readme}\n`)
	};
	return { filename: `${base}.zip`, bytes: zipSync(files, { level: 6 }) };
}
