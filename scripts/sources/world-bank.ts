/**
 * World Bank World Development Indicators: parsers for the published CSV layouts we read, and the
 * fetcher that writes the same layouts from the Indicators API.
 * - the bulk "wide" download of one indicator (API_<code>_DS2_en_csv_v2_*.csv): Country Name,
 *   Country Code, Indicator Name, Indicator Code, 1960, …, with an optional 4-line "Data Source /
 *   Last Updated" preamble, a UTF-8 BOM and a trailing comma on every line;
 * - its country metadata file (income groups);
 * - the "long" per-indicator files of the datasets/world-development-indicators data package
 *   (<code in lower case>.csv): Country Name, Country Code, Year, Value, non-empty values only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { FetchOptions } from '../catalog/types.ts';
import type { CountryLookup } from '../lib/country-lookup.ts';
import { parseCsv, toCsv } from '../lib/csv.ts';
import { ParseError, publishedNumber, type RawObservation } from './types.ts';

/**
 * Codes in World Bank files that are not ISO 3166 countries: its regional and income aggregates, and
 * two economies without an ISO code (Kosovo, Channel Islands) and "not classified" (INX). Recognised and set aside.
 */
export const WB_NON_COUNTRY_CODES: ReadonlySet<string> = new Set(
	'AFE AFW ARB CEB CSS EAP EAR EAS ECA ECS EMU EUU FCS HIC HPC IBD IBT IDA IDB IDX LAC LCN LDC LIC LMC LMY LTE MEA MIC MNA NAC OED OSS PRE PSS PST SAS SSA SSF SST TEA TEC TLA TMN TSA TSS UMC WLD XKX CHI INX'.split(' ')
);

/** Skips the preamble the World Bank puts before the header in its API downloads. */
function stripPreamble(text: string): { body: string; skipped: number } {
	const lines = text.replace(/^\uFEFF/, '').split('\n');
	const header = lines.findIndex((l) => l.startsWith('"Country Name"') || l.startsWith('Country Name'));
	if (header < 0) return { body: text, skipped: 0 };
	return { body: lines.slice(header).join('\n'), skipped: header };
}

/** Finds columns by name, so a reordered or renamed header is an error rather than misread values. */
function columnFinder(header: string[], file: string, line: number) {
	return (name: string) => {
		const i = header.indexOf(name);
		if (i < 0) throw new ParseError(file, line, `missing column "${name}"`);
		return i;
	};
}

/** Reads a bulk "wide" download: one row per economy, one column per year. */
export function parseWdiWide(text: string, file: string, countries: CountryLookup): RawObservation[] {
	const { body, skipped } = stripPreamble(text);
	const csv = parseCsv(body, file);
	const col = columnFinder(csv.header, file, 1 + skipped);
	const codeCol = col('Country Code');
	const seriesCol = col('Indicator Code');
	const yearCols = csv.header
		.map((h, i) => [h, i] as const)
		.filter(([h]) => /^\d{4}$/.test(h));
	if (yearCols.length === 0) throw new ParseError(file, 1 + skipped, 'no year columns');
	const out: RawObservation[] = [];
	for (const { line, fields } of csv.records) {
		const at = line + skipped;
		const iso3 = countries.iso3(fields[codeCol], { file, line: at }, WB_NON_COUNTRY_CODES);
		if (!iso3) continue;
		for (const [year, i] of yearCols) {
			const value = publishedNumber(fields[i] ?? '', file, at);
			if (value === null) continue;
			out.push({ iso3, code: fields[seriesCol], year: Number(year), value, file, line: at });
		}
	}
	return out;
}

const INCOME_GROUPS: Record<string, string> = {
	'Low income': 'low',
	'Lower middle income': 'lower-middle',
	'Upper middle income': 'upper-middle',
	'High income': 'high'
};

/** Income group per ISO3 from the Metadata_Country file that ships with every bulk download. */
export function parseWdiCountryMetadata(text: string, file: string): Map<string, string> {
	const csv = parseCsv(text, file);
	const code = csv.header.indexOf('Country Code');
	const income = csv.header.indexOf('IncomeGroup');
	if (code < 0 || income < 0) throw new ParseError(file, 1, 'expected "Country Code" and "IncomeGroup" columns');
	const groups = new Map<string, string>();
	for (const { line, fields } of csv.records) {
		const label = fields[income];
		if (label === '') continue; // aggregates have no income group
		const group = INCOME_GROUPS[label];
		if (!group) throw new ParseError(file, line, `unknown income group "${label}"`);
		groups.set(fields[code], group);
	}
	return groups;
}

/** The series a per-indicator file holds, from its name: `sp.pop.totl.csv` → `SP.POP.TOTL`. */
export function wdiSeriesOfFile(file: string): string {
	const name = basename(file).replace(/\.csv$/i, '');
	if (!/^[a-z0-9]+(\.[a-z0-9]+)+$/i.test(name)) throw new ParseError(file, 1, `file name "${basename(file)}" is not a WDI series code`);
	return name.toUpperCase();
}

/**
 * Reads a "long" per-indicator file (Country Name, Country Code, Year, Value). The file holds one
 * series and does not name it, so the code emitted is the file name's (see wdiSeriesOfFile).
 */
export function parseWdiLong(text: string, file: string, countries: CountryLookup): RawObservation[] {
	const code = wdiSeriesOfFile(file);
	const csv = parseCsv(text, file);
	const col = columnFinder(csv.header, file, 1);
	const [countryCol, yearCol, valueCol] = [col('Country Code'), col('Year'), col('Value')];
	const out: RawObservation[] = [];
	for (const { line, fields } of csv.records) {
		const iso3 = countries.iso3(fields[countryCol], { file, line }, WB_NON_COUNTRY_CODES);
		if (!iso3) continue;
		const year = fields[yearCol];
		if (!/^\d{4}$/.test(year)) throw new ParseError(file, line, `"${year}" is not a year`);
		const value = publishedNumber(fields[valueCol] ?? '', file, line);
		if (value === null) continue;
		out.push({ iso3, code, year: Number(year), value, file, line });
	}
	return out;
}

/** Where the curation reads income groups: the metadata file that ships with the Internet-users bulk download. */
export const WDI_METADATA_FILE = 'world-bank-wdi/Metadata_Country_API_IT.NET.USER.ZS_DS2_en_csv_v2_2160.csv';

/** One series to fetch, and the file and layout its parser reads. */
export interface WdiSeries {
	code: string;
	file: string;
	layout: 'long' | 'wide';
}

interface ApiObservation {
	indicator: { id: string; value: string };
	country: { id: string; value: string };
	countryiso3code: string;
	date: string;
	value: number | null;
}

interface ApiEconomy {
	id: string;
	name: string;
	region: { value: string };
	incomeLevel: { value: string };
}

const API = 'https://api.worldbank.org/v2';

/**
 * Every row of one API listing, page after page. The API also answers some errors with HTTP 200 and
 * a `[{ message }]` body, so the body's shape is checked too.
 */
async function apiRows<T>(url: string, fetch: typeof globalThis.fetch): Promise<T[]> {
	const rows: T[] = [];
	for (let page = 1, pages = 1; page <= pages; page++) {
		const pageUrl = `${url}&page=${page}`;
		const response = await fetch(pageUrl);
		if (!response.ok) {
			const status = [response.status, response.statusText].filter(Boolean).join(' ');
			throw new Error(`World Bank API: HTTP ${status} for ${pageUrl}`);
		}
		const text = await response.text();
		let body: unknown;
		try {
			body = JSON.parse(text);
		} catch {
			throw new Error(`World Bank API: answer is not JSON for ${pageUrl}: ${text.slice(0, 200)}`);
		}
		const [meta, data] = Array.isArray(body) ? body : [];
		if (typeof meta?.pages !== 'number') throw new Error(`World Bank API: unexpected answer for ${pageUrl}: ${text.slice(0, 200)}`);
		pages = meta.pages;
		rows.push(...((data ?? []) as T[]));
	}
	return rows;
}

/** Economies without an ISO3 code in the API are aggregates; the parsers would have nothing to match them to. */
const withIso3 = (rows: ApiObservation[]) => rows.filter((r) => r.countryiso3code !== '');

const byCountryYear = (a: ApiObservation, b: ApiObservation) =>
	a.countryiso3code.localeCompare(b.countryiso3code) || a.date.localeCompare(b.date);

/** The datasets-repo layout: one line per non-empty value. */
function longCsv(rows: ApiObservation[]): string {
	const kept = withIso3(rows).filter((r) => r.value !== null).sort(byCountryYear);
	return toCsv(
		['Country Name', 'Country Code', 'Year', 'Value'],
		kept.map((r) => ({ 'Country Name': r.country.value, 'Country Code': r.countryiso3code, Year: r.date, Value: String(r.value) }))
	);
}

/** The bulk-download layout: one line per economy, a column for every year the API lists, blanks kept. */
function wideCsv(code: string, rows: ApiObservation[]): string {
	const kept = withIso3(rows).sort(byCountryYear);
	const years = [...new Set(kept.map((r) => r.date))].sort();
	const lines = new Map<string, Record<string, string>>();
	for (const r of kept) {
		const line = lines.get(r.countryiso3code) ?? {
			'Country Name': r.country.value,
			'Country Code': r.countryiso3code,
			'Indicator Name': r.indicator.value,
			'Indicator Code': code
		};
		if (r.value !== null) line[r.date] = String(r.value);
		lines.set(r.countryiso3code, line);
	}
	return toCsv(['Country Name', 'Country Code', 'Indicator Name', 'Indicator Code', ...years], [...lines.values()]);
}

/** Labels the bulk metadata file leaves blank: aggregates, and economies the World Bank does not classify. */
const UNCLASSIFIED = new Set(['Aggregates', 'Not classified', '']);

/** The bulk metadata layout, from the API's list of economies (SpecialNotes are not in the API: left blank). */
function metadataCsv(economies: ApiEconomy[]): string {
	const label = (value = '') => (UNCLASSIFIED.has(value.trim()) ? '' : value.trim());
	return toCsv(
		['Country Code', 'Region', 'IncomeGroup', 'SpecialNotes', 'TableName'],
		economies.map((e) => ({ 'Country Code': e.id, Region: label(e.region?.value), IncomeGroup: label(e.incomeLevel?.value), SpecialNotes: '', TableName: e.name }))
	);
}

function write(out: string, file: string, text: string): string {
	mkdirSync(dirname(join(out, file)), { recursive: true });
	writeFileSync(join(out, file), text);
	return file;
}

/**
 * Downloads each series from the World Bank Indicators API v2 and writes it where, and as, the module's
 * parser reads it, plus the country metadata file (income groups). Returns the files written.
 */
export async function fetchWdi(out: string, series: WdiSeries[], { fetch, log = () => {} }: FetchOptions): Promise<string[]> {
	const written: string[] = [];
	for (const { code, file, layout } of series) {
		const rows = await apiRows<ApiObservation>(`${API}/country/all/indicator/${code}?format=json&per_page=20000`, fetch);
		written.push(write(out, file, layout === 'long' ? longCsv(rows) : wideCsv(code, rows)));
		log(`${code}: ${rows.filter((r) => r.value !== null).length} values → ${file}`);
	}
	const economies = await apiRows<ApiEconomy>(`${API}/country?format=json&per_page=400`, fetch);
	written.push(write(out, WDI_METADATA_FILE, metadataCsv(economies)));
	log(`${economies.length} economies → ${WDI_METADATA_FILE}`);
	return written;
}
