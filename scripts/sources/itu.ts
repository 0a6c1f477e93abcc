/**
 * ITU DataHub (datahub.itu.int): the parser for its per-series CSV download and the downloader that
 * rebuilds the snapshot's files from the DataHub API.
 *
 * The download is a long CSV, one value per row: seriesID, seriesCode, seriesName, seriesParent,
 * seriesUnits, entityID, entityIso, entityName, dataValue, dataYear, dataNote, dataSource,
 * seriesDescription. Text fields are quoted, some notes hold line breaks (CRLF) inside the quotes,
 * numbers come in C notation (9.0399e+007). `seriesUnits` is wrong for several series (i911mw, per
 * 100 inhabitants, says "count"; every price basket says "% GNI per capita"), so series are told
 * apart by `seriesCode` alone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import type { FetchOptions } from '../catalog/types.ts';
import type { CountryLookup } from '../lib/country-lookup.ts';
import { parseCsv } from '../lib/csv.ts';
import { ParseError, publishedNumber, type RawObservation } from './types.ts';

/**
 * Series where ITU publishes 0 for "no value": a price, a throughput or a latency cannot be zero.
 * In the December 2025 copy, the 2022 price baskets of up to 12 countries and Burundi's throughput and
 * latency returns are zeros (Burundi's 2022 fixed basket is USD 150 but 0 % of GNI and 0 PPP$).
 */
const ZERO_MEANS_MISSING = /^(i271mb_|i154_|i147dl$|i147l$)/;

/**
 * Per-100 series carry no source of their own: ITU divides the count by the population. When ITU
 * estimated the count, the per-100 value is that estimate too.
 */
const PER_100_FROM_COUNT: Record<string, string> = { i911mw: 'i271mw' };

/** ITU marks its own estimates in `dataSource` ("ITU estimate.", "ITU Estimate2.") or `dataNote`. */
const isItuEstimate = (source: string, note: string) => /^\s*ITU estimate/i.test(source) || /^\s*ITU estimate/i.test(note);

const REQUIRED = ['seriesCode', 'entityIso', 'dataValue', 'dataYear', 'dataNote', 'dataSource'] as const;

function columns(header: string[], file: string) {
	const col = {} as Record<(typeof REQUIRED)[number], number>;
	for (const name of REQUIRED) {
		col[name] = header.indexOf(name);
		if (col[name] < 0) throw new ParseError(file, 1, `missing column "${name}"`);
	}
	return col;
}

function year(cell: string, file: string, line: number): number {
	if (!/^\d{4}$/.test(cell.trim())) throw new ParseError(file, line, `"${cell}" is not a year`);
	return Number(cell);
}

/**
 * Reads an ITU DataHub CSV download (one or several series): one observation per AU member, series
 * and year, with `code` = seriesCode and flag `estimate` where ITU says the value is its estimate.
 * Blank values and ITU's zero placeholders (see ZERO_MEANS_MISSING) are not values.
 */
export function parseItuDataHub(text: string, file: string, countries: CountryLookup): RawObservation[] {
	const csv = parseCsv(text, file);
	const col = columns(csv.header, file);
	const out: RawObservation[] = [];
	const estimated = new Set<string>();
	for (const { line, fields } of csv.records) {
		if (fields.length < csv.header.length) throw new ParseError(file, line, `${fields.length} fields where the header has ${csv.header.length}`);
		const code = fields[col.seriesCode];
		const iso3 = countries.iso3(fields[col.entityIso], { file, line });
		if (!iso3) continue;
		const at = year(fields[col.dataYear], file, line);
		const flagged = isItuEstimate(fields[col.dataSource], fields[col.dataNote]);
		if (flagged) estimated.add(`${code}|${iso3}|${at}`);
		const value = publishedNumber(fields[col.dataValue], file, line);
		if (value === null || (value === 0 && ZERO_MEANS_MISSING.test(code))) continue;
		out.push({ iso3, code, year: at, value, ...(flagged && { flag: 'estimate' }), file, line });
	}
	for (const o of out) {
		const count = PER_100_FROM_COUNT[o.code];
		if (count && estimated.has(`${count}|${o.iso3}|${o.year}`)) o.flag = 'estimate';
	}
	return out;
}

/**
 * The DataHub's download of one series by its numeric seriesID (a ZIP holding one CSV). Not
 * documented by ITU: taken from the DataHub web app, as public scripts use it; unverified offline.
 */
export const ITU_DOWNLOAD_URL = 'https://api.datahub.itu.int/v2/data/download/byid/{seriesID}/iscollection/false';

/** The bytes of the only CSV file in a ZIP archive (stored or deflated), read via its central directory. */
export function unzipOnlyCsv(zip: Uint8Array, what: string): Uint8Array {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	let end = zip.length - 22;
	while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
	if (end < 0) throw new Error(`${what}: not a ZIP archive (no end-of-central-directory record)`);
	const entries = [];
	for (let at = view.getUint32(end + 16, true), n = view.getUint16(end + 10, true); n > 0; n--) {
		const nameLength = view.getUint16(at + 28, true);
		entries.push({
			method: view.getUint16(at + 10, true),
			crc: view.getUint32(at + 16, true),
			size: view.getUint32(at + 20, true),
			name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
			local: view.getUint32(at + 42, true)
		});
		at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
	}
	const csvs = entries.filter((e) => e.name.toLowerCase().endsWith('.csv'));
	if (csvs.length !== 1) throw new Error(`${what}: expected one CSV file in the ZIP, found ${csvs.length} (${entries.map((e) => e.name).join(', ')})`);
	const { method, crc, size, name, local } = csvs[0];
	const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
	const packed = zip.subarray(start, start + size);
	if (method !== 0 && method !== 8) throw new Error(`${what}: ${name} uses ZIP compression method ${method}`);
	const data = method === 8 ? new Uint8Array(inflateRawSync(packed)) : packed;
	if (crc32(data) !== crc) throw new Error(`${what}: ${name} is corrupt (CRC mismatch)`);
	return data;
}

/** Downloads one series as CSV text (the API answers with a ZIP; a plain CSV is accepted too) and checks it is that series. */
async function downloadSeries(code: string, seriesID: number, fetch: FetchOptions['fetch']): Promise<string> {
	const url = ITU_DOWNLOAD_URL.replace('{seriesID}', String(seriesID));
	const response = await fetch(url);
	if (!response.ok) throw new Error(`ITU DataHub series ${seriesID}: HTTP ${response.status} ${response.statusText} from ${url}`);
	const body = new Uint8Array(await response.arrayBuffer());
	const isZip = body[0] === 0x50 && body[1] === 0x4b && body[2] === 0x03 && body[3] === 0x04; // "PK\3\4"
	const text = new TextDecoder().decode(isZip ? unzipOnlyCsv(body, `ITU DataHub series ${seriesID}`) : body);
	const { header, records } = parseCsv(text, url);
	if (!REQUIRED.every((c) => header.includes(c))) {
		throw new Error(`ITU DataHub series ${seriesID}: the answer is not the DataHub CSV layout (header: ${header.slice(0, 6).join(', ') || 'none'}) from ${url}`);
	}
	const other = records.find((r) => r.fields[header.indexOf('seriesCode')] !== code);
	if (other) throw new Error(`ITU DataHub series ${seriesID}: expected ${code}, got ${other.fields[header.indexOf('seriesCode')]} from ${url}`);
	return text;
}

/** Joins downloads of the same layout under the first one's header (its BOM kept), records untouched. */
function mergeDownloads(texts: string[]): string {
	const body = (t: string) => t.slice(t.indexOf('\n') + 1);
	const withNewline = (t: string) => (t === '' || t.endsWith('\n') ? t : `${t}\n`);
	return texts.map((t, i) => withNewline(i === 0 ? t : body(t))).join('');
}

/**
 * Downloads each file's series (seriesCode → seriesID) from the ITU DataHub and writes them, merged,
 * to `out/<file>`: the paths and format of the offline snapshot, so parseItuDataHub reads either.
 * Returns the paths written.
 */
export async function fetchItuDataHub(out: string, files: Record<string, Record<string, number>>, { fetch, log }: FetchOptions): Promise<string[]> {
	const written: string[] = [];
	for (const [file, series] of Object.entries(files)) {
		const texts: string[] = [];
		for (const [code, id] of Object.entries(series)) {
			log?.(`${code} (series ${id}) → ${file}`);
			texts.push(await downloadSeries(code, id, fetch));
		}
		const path = join(out, file);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, mergeDownloads(texts));
		written.push(path);
	}
	return written;
}
