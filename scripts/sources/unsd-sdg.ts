/**
 * UN Statistics Division, Global SDG Indicators Database, in the DDF "datapoints" layout of
 * open-numbers/ddf--unstats--sdg_indicators (which our fetcher also writes):
 * - file `ddf--datapoints--<series>--by--<dim>--…--<dim>.csv`, one series per file;
 * - header: those dimensions in that order, then the value column named after the series;
 * - `geo_area` is a UN M49 code; `year` the reference year; `nature` (c, ca, e, m, g, n) and `units`
 *   are attributes in the UN database that the DDF copy made key columns; every other dimension is a
 *   breakdown (education_level, age, sex, location, type_of_skill, type_of_speed, freq), coded as
 *   lower-case UN codes, with `notspec` where the series has no such breakdown.
 */
import { basename, dirname, join } from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import type { FetchOptions } from '../catalog/types.ts';
import type { CountryLookup } from '../lib/country-lookup.ts';
import { parseCsv, toCsv } from '../lib/csv.ts';
import { ParseError, publishedNumber, type RawObservation } from './types.ts';

/**
 * The series we read: the UN series code (as the API spells it: `IT_USE_ii99` keeps its lower case)
 * and the only unit its values may be in, so that a value in another unit is never mixed in.
 */
const SDG_SERIES: Record<string, { code: string; units: string }> = {
	se_acs_intnt: { code: 'SE_ACS_INTNT', units: 'percent' },
	se_acs_cmptr: { code: 'SE_ACS_CMPTR', units: 'percent' },
	se_acs_elect: { code: 'SE_ACS_ELECT', units: 'percent' },
	se_adt_acts: { code: 'SE_ADT_ACTS', units: 'percent' },
	se_gpi_icts: { code: 'SE_GPI_ICTS', units: 'ratio' },
	it_net_bbnd: { code: 'IT_NET_BBND', units: 'per_100_pop' },
	it_use_ii99: { code: 'IT_USE_ii99', units: 'percent' },
	it_mob_own: { code: 'IT_MOB_OWN', units: 'percent' },
	eg_acs_elec: { code: 'EG_ACS_ELEC', units: 'percent' }
};

/** The `nature` attribute as a flag: country data (c) and "not specified" carry none. */
const NATURE_FLAGS: Record<string, string | undefined> = {
	c: undefined,
	notspec: undefined,
	ca: 'country-adjusted',
	e: 'estimated',
	m: 'modelled',
	g: 'global-monitoring',
	n: 'non-relevant'
};

/** Key columns that are not breakdowns: they never enter the series code. */
const NOT_BREAKDOWNS = new Set(['geo_area', 'year', 'nature', 'units']);

/** The series and dimension columns a DDF datapoints file name declares. */
function datapointsLayout(file: string): { series: string; dims: string[] } {
	const m = /^ddf--datapoints--([a-z0-9_]+)--by--([a-z0-9_-]+)\.csv$/.exec(basename(file));
	if (!m) throw new ParseError(file, 1, 'not a DDF datapoints file name (ddf--datapoints--<series>--by--<dims>.csv)');
	return { series: m[1], dims: m[2].split('--') };
}

/**
 * The code of one value: the upper-case series, then each breakdown that applies as `|dimension=value`
 * in alphabetical order of dimension, e.g. `SE_ACS_INTNT|education_level=primar`,
 * `SE_ADT_ACTS|age=15_24|location=allarea|sex=female|type_of_skill=copa`. A breakdown whose value is
 * `notspec` (the series is not broken down that way) is left out: `IT_NET_BBND|type_of_speed=10mbps`.
 */
export function sdgCode(series: string, breakdowns: [string, string][]): string {
	const parts = breakdowns
		.filter(([, value]) => value !== 'notspec')
		.sort(([a], [b]) => (a < b ? -1 : 1))
		.map(([dim, value]) => `${dim}=${value}`);
	return [series.toUpperCase(), ...parts].join('|');
}

/**
 * Reads one DDF datapoints file of the SDG database: values of the 55 AU members, with `nature` as the
 * flag. Stops on a unit other than the series' own, an unknown nature, or a second value for the same
 * code, country and year (nature and units are attributes, so they cannot tell two values apart).
 */
export function parseSdgDatapoints(text: string, file: string, countries: CountryLookup): RawObservation[] {
	const { series, dims } = datapointsLayout(file);
	const expected = SDG_SERIES[series];
	if (!expected) throw new ParseError(file, 1, `series "${series}" is not one we read (add it to SDG_SERIES with its unit)`);
	const csv = parseCsv(text, file);
	const columns = [...dims, series];
	if (csv.header.join(',') !== columns.join(',')) {
		throw new ParseError(file, 1, `expected columns ${columns.join(',')}, got ${csv.header.join(',')}`);
	}
	const col = (name: string) => {
		const i = dims.indexOf(name);
		if (i < 0) throw new ParseError(file, 1, `missing column "${name}"`);
		return i;
	};
	const [geoCol, yearCol, natureCol, unitsCol] = [col('geo_area'), col('year'), col('nature'), col('units')];
	const valueCol = dims.length;
	const breakdownCols = dims.map((d, i) => [d, i] as const).filter(([d]) => !NOT_BREAKDOWNS.has(d));
	const out: RawObservation[] = [];
	const seen = new Map<string, number>();
	for (const { line, fields } of csv.records) {
		const iso3 = countries.m49(fields[geoCol], { file, line });
		if (!iso3) continue;
		const value = publishedNumber(fields[valueCol] ?? '', file, line);
		if (value === null) continue;
		if (!/^\d{4}$/.test(fields[yearCol])) throw new ParseError(file, line, `"${fields[yearCol]}" is not a year`);
		const year = Number(fields[yearCol]);
		if (fields[unitsCol] !== expected.units) {
			throw new ParseError(file, line, `units "${fields[unitsCol]}" where ${expected.code} is published in "${expected.units}"`);
		}
		const nature = fields[natureCol];
		if (!(nature in NATURE_FLAGS)) throw new ParseError(file, line, `unknown nature "${nature}"`);
		const code = sdgCode(series, breakdownCols.map(([d, i]) => [d, fields[i]]));
		const key = `${code} ${iso3} ${year}`;
		const first = seen.get(key);
		if (first) throw new ParseError(file, line, `second value for ${key} (first at line ${first})`);
		seen.set(key, line);
		const flag = NATURE_FLAGS[nature];
		out.push({ iso3, code, year, value, ...(flag ? { flag } : {}), file, line });
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// Fetcher: the UN SDG API (Series/Data, JSON, paged), written back in the snapshot's DDF layout.
// API → DDF: `geoAreaCode` → geo_area, `timePeriodStart` → year, `value` → the series column as given,
// `attributes.Nature`/`Units` → nature/units, `dimensions[Name]` → ddfId(Name) = ddfId(code), e.g.
// { "Education level": "PRIMAR" } → education_level=primar, { Age: "15-24" } → age=15_24.

const SDG_API = 'https://unstats.un.org/sdgapi/v1/sdg/Series/Data';
const PAGE_SIZE = 5000;

/** One record of `Series/Data` (only the fields we read). */
interface ApiRecord {
	series?: string;
	seriesCode?: string;
	geoAreaCode: string | number;
	timePeriodStart: number | string;
	value: string | number | null;
	dimensions?: Record<string, string | null>;
	attributes?: Record<string, string | null>;
}

/**
 * How the DDF copy turned the API's names and codes into ids (ddf_utils `to_concept_id`): `%`, `>`, `<`
 * become pct, gt, lt; every run of other non-alphanumeric characters becomes `_`, trimmed at both ends;
 * lower case. So `Education level` → education_level, `15-24` → 15_24, `<15Y` → lt15y, `75+` → 75,
 * `PER_100_POP` → per_100_pop, `Ratio` → ratio.
 */
export function ddfId(code: string): string {
	return code
		.replace(/%/g, 'pct')
		.replace(/>/g, 'gt')
		.replace(/</g, 'lt')
		.trim()
		.replace(/[\W_]+/g, '_')
		.toLowerCase()
		.replace(/^_|_$/g, '');
}

async function getJson(url: string, fetch: typeof globalThis.fetch): Promise<{ totalPages: number; data: ApiRecord[] }> {
	const response = await fetch(url, { headers: { accept: 'application/json' } });
	if (!response.ok) throw new Error(`UN SDG API: HTTP ${response.status} ${response.statusText} for ${url}`);
	const body = (await response.json()) as { totalPages?: unknown; data?: unknown };
	if (typeof body.totalPages !== 'number' || !Array.isArray(body.data)) {
		throw new Error(`UN SDG API: expected { totalPages, data: [...] } from ${url}`);
	}
	return body as { totalPages: number; data: ApiRecord[] };
}

/** Every record of one series, page by page. */
async function fetchSeries(code: string, fetch: typeof globalThis.fetch): Promise<ApiRecord[]> {
	const url = (page: number) => `${SDG_API}?seriesCode=${encodeURIComponent(code)}&pageSize=${PAGE_SIZE}&page=${page}`;
	const first = await getJson(url(1), fetch);
	const records = [...first.data];
	for (let page = 2; page <= first.totalPages; page++) records.push(...(await getJson(url(page), fetch)).data);
	return records;
}

/**
 * One API record as a row of the DDF file: the file's dimension columns from the record's dimensions
 * (API name → ddfId), `nature`/`units` from its attributes Nature/Units, `notspec` where the record has
 * none (as in the DDF copy). Records of the "Reporting Type" dimension other than G (the custodian's
 * global figures) are left out (null); any other dimension the layout has no column for is an error.
 */
function toRow(record: ApiRecord, code: string, dims: string[], series: string): Record<string, string> | null {
	const recordSeries = record.series ?? record.seriesCode;
	if (recordSeries !== code) throw new Error(`UN SDG API: asked for ${code}, got a record of ${recordSeries}`);
	const values = new Map<string, string>();
	for (const [name, value] of Object.entries(record.dimensions ?? {})) {
		if (name === 'Reporting Type') {
			if (value !== 'G') return null;
			continue;
		}
		const dim = ddfId(name);
		if (!dims.includes(dim)) throw new Error(`UN SDG API: ${code} has a dimension "${name}" that ${series}'s file has no column for`);
		values.set(dim, value ? ddfId(value) : 'notspec');
	}
	const year = Number(record.timePeriodStart);
	if (!Number.isInteger(year)) throw new Error(`UN SDG API: ${code} record with time period "${record.timePeriodStart}"`);
	values.set('geo_area', String(Number(record.geoAreaCode)));
	values.set('year', String(year));
	values.set('nature', record.attributes?.Nature ? ddfId(record.attributes.Nature) : 'notspec');
	values.set('units', record.attributes?.Units ? ddfId(record.attributes.Units) : 'notspec');
	return Object.fromEntries([...dims.map((d) => [d, values.get(d) ?? 'notspec']), [series, String(record.value ?? '')]]);
}

/**
 * Downloads the series of the given DDF datapoints files (paths relative to `out`) from the UN SDG API
 * and writes each in the snapshot's layout (all areas; the parser keeps the AU members). A series
 * listed under two SDG indicators comes back twice: identical rows are kept once, differing ones stop.
 */
export async function fetchSdgDatapoints(out: string, files: string[], { fetch, log }: FetchOptions): Promise<string[]> {
	const written: string[] = [];
	for (const file of files) {
		const { series, dims } = datapointsLayout(file);
		const spec = SDG_SERIES[series];
		if (!spec) throw new Error(`no UN series code known for ${series}`);
		const rows = new Map<string, Record<string, string>>();
		for (const record of await fetchSeries(spec.code, fetch)) {
			const row = toRow(record, spec.code, dims, series);
			if (!row) continue;
			const key = dims.map((d) => row[d]).join(',');
			const other = rows.get(key);
			if (other && other[series] !== row[series]) throw new Error(`UN SDG API: ${spec.code} gives two values for ${key}`);
			rows.set(key, row);
		}
		const sorted = [...rows.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, row]) => row);
		const path = join(out, file);
		await mkdir(dirname(path), { recursive: true });
		await writeFile(path, toCsv([...dims, series], sorted));
		log?.(`${spec.code}: ${sorted.length} values → ${file}`);
		written.push(path);
	}
	return written;
}
