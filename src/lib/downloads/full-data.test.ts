/**
 * An indicator's full-data files on the real data, read back as a researcher's tools read them: the CSV
 * by a CSV parser, the Parquet by DuckDB. Every observation is there, once, with its source and licence.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeEngine } from '$lib/db/node';
import { indicatorFullData, type FullDataRow } from '$lib/queries/full-data';
import { FULL_DATA_COLUMNS, fullDataCsv, fullDataParquet } from './full-data';

let db: NodeEngine;
let dir: string;
beforeAll(() => {
	db = new NodeEngine();
	dir = mkdtempSync(join(tmpdir(), 'full-data-'));
});
afterAll(async () => {
	await db.close();
	rmSync(dir, { recursive: true, force: true });
});

/** Counted straight from the observations table, independently of the query under test. */
async function observed(indicator: string) {
	await db.load(['observations']);
	const [row] = await db.query<{ n: number; total: number | null }>(
		'SELECT count(*)::INTEGER AS n, sum(value) AS total FROM observations WHERE indicator = ?',
		[indicator]
	);
	return row;
}

describe('an indicator’s full data (/data/indicator/<id>.csv and .parquet)', () => {
	let rows: FullDataRow[];
	beforeAll(async () => {
		rows = await indicatorFullData(db, 'internet-users');
	});

	it('holds every observation of the indicator, once, each with its source, licence and retrieval date', async () => {
		const { n, total } = await observed('internet-users');
		expect(n).toBeGreaterThan(1000);
		expect(rows).toHaveLength(n);
		expect(rows.reduce((s, r) => s + r.value, 0)).toBeCloseTo(total!, 6);
		expect(new Set(rows.map((r) => `${r.iso3} ${r.year}`)).size).toBe(n);
		for (const r of rows) {
			expect(r.indicator).toBe('internet-users');
			expect(r.source).toMatch(/^World Bank, /);
			expect(r.source_fr).toMatch(/^Banque mondiale, /);
			expect(r.licence).not.toBe('');
			expect(r.source_url).toMatch(/^https:\/\//);
			expect(r.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
		const togo = rows.find((r) => r.iso3 === 'TGO')!;
		expect([togo.country_en, togo.country_fr]).toEqual(['Togo', 'Togo']);
		expect(rows.find((r) => r.iso3 === 'CIV')!.country_fr).toBe("Côte d'Ivoire");
	});

	it('writes a CSV whose rows, numbers and dataset version read back unchanged', () => {
		const text = fullDataCsv(rows, '2026-01-01.abcdef12');
		const read = parse(text, { columns: true, bom: true }) as Record<string, string>[];
		expect(Object.keys(read[0])).toEqual(FULL_DATA_COLUMNS.map((c) => c.name));
		expect(read).toHaveLength(rows.length);
		read.forEach((r, i) => {
			expect(Number(r.value)).toBe(rows[i].value);
			expect(Number(r.year)).toBe(rows[i].year);
			expect(r.dataset_version).toBe('2026-01-01.abcdef12');
		});
	});

	it('writes a Parquet file DuckDB reads with typed columns and the same values', async () => {
		const file = join(dir, 'internet-users.parquet');
		writeFileSync(file, fullDataParquet(rows, '2026-01-01.abcdef12'));
		const types = await db.query<{ column_name: string; column_type: string }>(`DESCRIBE SELECT * FROM read_parquet('${file}')`);
		expect(Object.fromEntries(types.map((t) => [t.column_name, t.column_type]))).toMatchObject({ year: 'INTEGER', value: 'DOUBLE', iso3: 'VARCHAR' });
		const [back] = await db.query<{ n: number; total: number; versions: number }>(
			`SELECT count(*)::INTEGER AS n, sum(value) AS total, count(DISTINCT dataset_version)::INTEGER AS versions FROM read_parquet('${file}')`
		);
		const { n, total } = await observed('internet-users');
		expect(back.n).toBe(n);
		expect(back.total).toBeCloseTo(total!, 6);
		expect(back.versions).toBe(1);
	});

	it('gives a one-year indicator and an unknown one what they hold (one year; nothing)', async () => {
		const [oneYear] = await db.query<{ indicator: string; n: number }>(
			'SELECT indicator, count(*)::INTEGER AS n FROM observations GROUP BY indicator HAVING count(DISTINCT year) = 1 ORDER BY indicator LIMIT 1'
		);
		if (oneYear) expect(await indicatorFullData(db, oneYear.indicator)).toHaveLength(oneYear.n);
		expect(await indicatorFullData(db, 'no-such-indicator')).toEqual([]);
	});
});
