import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { toCsv, toJson, toParquet, type DataColumn } from './formats';

const columns: DataColumn[] = [
	{ name: 'country', type: 'string', description: '' },
	{ name: 'year', type: 'integer', description: '' },
	{ name: 'value', type: 'double', description: '' }
];
const rows = [
	{ country: 'Côte d\'Ivoire', year: 2022, value: 37.6212 },
	{ country: 'Sao Tome; "Principe"', year: 2021, value: null },
	{ country: 'Togo', year: 2020, value: 0.0000437 }
];
const dir = mkdtempSync(join(tmpdir(), 'formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('download formats', () => {
	it('writes CSV that parses back to the same rows, empty for missing values', () => {
		const text = toCsv(columns, rows);
		expect(text.startsWith('\uFEFFcountry,year,value\r\n')).toBe(true);
		expect(parse(text, { bom: true, columns: true })).toEqual(rows.map((r) => ({ country: r.country, year: String(r.year), value: r.value === null ? '' : String(r.value) })));
	});

	it('writes semicolon CSV with decimal commas that parses back to the same numbers', () => {
		const text = toCsv(columns, rows, { separator: ';', decimalComma: true });
		expect(text).toContain('37,6212');
		const back = parse(text, { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
		expect(back.map((r) => (r.value === '' ? null : Number(r.value.replace(',', '.'))))).toEqual(rows.map((r) => r.value));
		expect(back[1].country).toBe('Sao Tome; "Principe"');
	});

	it('writes JSON records', () => {
		expect(JSON.parse(toJson(columns, rows))).toEqual(rows);
	});

	it('writes Parquet that native DuckDB reads back with the same rows and types', async () => {
		const path = join(dir, 'x.parquet');
		writeFileSync(path, toParquet(columns, rows));
		const db = await (await DuckDBInstance.create(':memory:')).connect();
		const reader = await db.runAndReadAll(`SELECT country, year, value, typeof(year) AS t FROM '${path}' ORDER BY year DESC`);
		expect(reader.getRowObjectsJS()).toEqual(rows.map((r) => ({ ...r, t: 'INTEGER' })));
	});
});
