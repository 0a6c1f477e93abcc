/**
 * Hostile names and notes through the data build (scripts/build-data.ts's validate and write steps, on a
 * copy of data/) and through every download format: the exact text comes back, as data, never as markup
 * or as extra rows/columns.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { DuckDBInstance } from '@duckdb/node-api';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateData } from '../../scripts/lib/validate';
import { writeData } from '../../scripts/lib/write-data';
import { NodeEngine } from '$lib/db/node';
import { buildDownload, type DownloadRequest } from '$lib/downloads/bundle';
import { filteredObservations, indicatorInfo, sourceInfo } from '$lib/queries/data';
import { countryDownload } from '$lib/queries/country';
import { csvText } from '$lib/server/csv';
import { consoleCsv } from '$lib/db/console-csv';
import { runConsoleQuery } from '$lib/db/console';
import { TABLE_NAMES } from '$lib/db/tables';
import { createNodeWasmEngine } from '$lib/db/wasm-node';

const HOSTILE = [
	'<script>alert(1)</script>',
	'<img src=x onerror="alert(1)">',
	'"; DROP TABLE countries; --',
	`O'Brien & "Sons", ; semicolons\nand a new line`,
	'=HYPERLINK("http://example.org","click")',
	'Ω'.repeat(3000)
];
/** Text a spreadsheet would run as a formula (OWASP's list of first characters: = + - @ tab CR). */
const FORMULAS = ['=HYPERLINK("http://example.org","click")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];
/** What every CSV writer must write for a text cell: a leading apostrophe before a formula's first character. */
const asWritten = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Rewrites a CSV of the copy, changing some cells. */
function edit(file: string, change: (row: Record<string, string>, i: number) => void) {
	const rows = parse(readFileSync(file, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
	rows.forEach(change);
	writeFileSync(file, stringify(rows, { header: true, columns: Object.keys(rows[0]) }));
	return rows;
}

async function readParquet(file: string, sql: string) {
	const db = await (await DuckDBInstance.create(':memory:')).connect();
	try {
		return (await db.runAndReadAll(sql.replace('$file', `'${file.replaceAll("'", "''")}'`))).getRowObjectsJS();
	} finally {
		db.closeSync();
	}
}

describe('the data build with hostile names and notes', () => {
	it('validates and writes them unchanged', async () => {
		const data = join(dir, 'data');
		const out = join(dir, 'out');
		cpSync('data', data, { recursive: true });
		const countryRows = edit(join(data, 'countries.csv'), (r, i) => {
			if (i < HOSTILE.length) r.name_en = HOSTILE[i];
			if (i < HOSTILE.length) r.note = HOSTILE[(i + 1) % HOSTILE.length];
		});
		const indicatorRows = edit(join(data, 'indicators.csv'), (r, i) => {
			if (i < HOSTILE.length) r.name_fr = HOSTILE[i];
			if (i < HOSTILE.length) r.notes = HOSTILE[(i + 2) % HOSTILE.length];
		});
		const { tables, errors } = validateData(data);
		expect(errors).toEqual([]);
		await writeData(tables, out);
		const byId = async (table: string, key: string, columns: string) =>
			new Map((await readParquet(join(out, `${table}.parquet`), `SELECT ${key} AS k, ${columns} FROM read_parquet($file)`)).map((r) => [r.k, r]));
		const countries = await byId('countries', 'iso3', 'name_en, note');
		for (const row of countryRows.slice(0, HOSTILE.length)) expect(countries.get(row.iso3)).toEqual({ k: row.iso3, name_en: row.name_en, note: row.note });
		const indicators = await byId('indicators', 'id', 'name_fr, notes');
		for (const row of indicatorRows.slice(0, HOSTILE.length)) expect(indicators.get(row.id)).toEqual({ k: row.id, name_fr: row.name_fr, notes: row.notes });
		expect(countryRows.slice(0, HOSTILE.length).map((r) => r.name_en)).toEqual(HOSTILE);
	}, 120_000);
});

describe('downloads of hostile names', () => {
	let request: Omit<DownloadRequest, 'format' | 'shape'>;
	beforeAll(async () => {
		const db = new NodeEngine();
		const filter = { countries: ['TGO', 'SEN'], indicators: ['internet-users'], from: 2015, to: 2020 };
		const names = [...HOSTILE, ...FORMULAS];
		const rows = (await filteredObservations(db, filter)).map((r, i) => ({
			...r,
			country_en: names[i % names.length],
			country_fr: names[(i + 1) % names.length],
			// A negative number: written as it is, never taken for a formula.
			value: i === 1 ? -12.5 : r.value
		}));
		expect(rows.length).toBeGreaterThanOrEqual(names.length);
		const indicators = (await indicatorInfo(db)).filter((i) => i.id === 'internet-users').map((i) => ({ ...i, name_en: HOSTILE[0], unit_en: HOSTILE[3] }));
		const sources = (await sourceInfo(db)).map((s) => ({ ...s, citation: HOSTILE[3], licence: FORMULAS[1] }));
		await db.close();
		request = { rows, indicators, sources, dataset: { version: 'test', built: '2026-01-01T00:00:00.000Z' }, locale: 'en', pageUrl: 'https://example.org/data', filter };
	});

	for (const format of ['csv', 'csv-semicolon'] as const) {
		it(`${format}: one row per observation, every field exactly as given`, () => {
			const { filename, bytes } = buildDownload({ ...request, format, shape: 'long' });
			const files = unzipSync(bytes);
			const rows = parse(strFromU8(files[filename.replace('.zip', '.csv')]), { bom: true, columns: true, delimiter: format === 'csv' ? ',' : ';' }) as Record<string, string>[];
			expect(rows).toHaveLength(request.rows.length);
			expect(rows.map((r) => r.country)).toEqual(request.rows.map((r) => asWritten(r.country_en)));
			expect(new Set(rows.map((r) => r.indicator_name))).toEqual(new Set([HOSTILE[0]]));
			expect(new Set(rows.map((r) => r.unit))).toEqual(new Set([HOSTILE[3]]));
			const sources = parse(strFromU8(files['sources.csv']), { bom: true, columns: true, delimiter: format === 'csv' ? ',' : ';' }) as Record<string, string>[];
			expect(sources.every((s) => s.citation === HOSTILE[3])).toBe(true);
			expect(sources.every((s) => s.licence === FORMULAS[1].replace(/^/, "'"))).toBe(true);
			// Numbers are never altered, negative ones included.
			const value = (r: Record<string, string>) => (r.value === '' ? null : Number(format === 'csv' ? r.value : r.value.replace(',', '.')));
			expect(rows.map(value)).toEqual(request.rows.map((r) => r.value));
			expect(rows.some((r) => r.value.startsWith('-'))).toBe(true);
			expect(strFromU8(files['CITATION.txt'])).toContain(HOSTILE[3]);
		});
	}

	for (const locale of ['en', 'fr'] as const) {
		it(`the data dictionary says so (${locale})`, () => {
			const { bytes } = buildDownload({ ...request, locale, format: 'csv', shape: 'long' });
			const readme = strFromU8(unzipSync(bytes)['README.txt']);
			expect(readme).toContain(locale === 'en' ? 'is written with a leading apostrophe' : 'est écrite précédée d’une apostrophe');
			expect(readme).toContain(locale === 'en' ? 'Numbers are never changed.' : 'Les nombres ne sont jamais modifiés.');
		});
	}

	it('per-country CSV (/data/country/<ISO3>.csv): formula-like names defused, numbers unchanged', async () => {
		const db = new NodeEngine();
		const real = await countryDownload(db, 'TGO');
		await db.close();
		const rows = real.slice(0, FORMULAS.length + 1).map((r, i) => ({ ...r, indicator_name: FORMULAS[i] ?? r.indicator_name, value: i === 0 ? -3.25 : r.value }));
		const columns = ['iso3', 'indicator_name', 'year', 'value'];
		const back = parse(csvText(rows, columns), { bom: true, columns: true }) as Record<string, string>[];
		expect(back.map((r) => r.indicator_name)).toEqual(rows.map((r) => asWritten(String(r.indicator_name))));
		expect(back.map((r) => Number(r.value))).toEqual(rows.map((r) => r.value));
		expect(back[0].value).toBe('-3.25');
	});

	it('SQL console export: hostile text from a real query, and a hostile column name, defused; numbers unchanged', async () => {
		const engine = await createNodeWasmEngine();
		const connection = await engine.openConsole(TABLE_NAMES);
		const values = FORMULAS.map((f) => `('${f.replaceAll("'", "''")}', -${FORMULAS.indexOf(f) + 1}.5::DOUBLE)`).join(', ');
		const result = await runConsoleQuery(connection, `SELECT t AS "=name", n FROM (VALUES ${values}) v(t, n)`, 100);
		expect(result.rows.map((r) => r['=name'])).toEqual(FORMULAS);
		const back = parse(consoleCsv(result), { bom: true, columns: true }) as Record<string, string>[];
		expect(Object.keys(back[0])).toEqual(["'=name", 'n']);
		expect(back.map((r) => r["'=name"])).toEqual(FORMULAS.map(asWritten));
		expect(back.map((r) => Number(r.n))).toEqual(FORMULAS.map((_, i) => -(i + 1.5)));
	}, 60_000);

	it('json: the same strings, parsed back exactly', () => {
		const { filename, bytes } = buildDownload({ ...request, format: 'json', shape: 'long' });
		const rows = JSON.parse(strFromU8(unzipSync(bytes)[filename.replace('.zip', '.json')])) as Record<string, unknown>[];
		expect(rows.map((r) => r.country)).toEqual(request.rows.map((r) => r.country_en));
	});

	it('parquet: the same strings, read back by DuckDB', async () => {
		const { filename, bytes } = buildDownload({ ...request, format: 'parquet', shape: 'wide' });
		const file = join(dir, 'wide.parquet');
		writeFileSync(file, unzipSync(bytes)[filename.replace('.zip', '.parquet')]);
		const rows = await readParquet(file, 'SELECT iso3, country FROM read_parquet($file)');
		const first = new Map<string, string>();
		for (const r of request.rows) if (!first.has(r.iso3)) first.set(r.iso3, r.country_en);
		expect(rows.map((r) => [r.iso3, r.country])).toEqual([...first.entries()]);
	});
});
