/** The console's guard on DuckDB-WASM itself: one read-only query over the site's tables, limited. */
import { beforeAll, describe, expect, it } from 'vitest';
import { runConsoleQuery, wrapConsoleQuery } from './console';
import { TABLE_NAMES } from './tables';
import type { WasmConnection } from './wasm';
import { createNodeWasmEngine } from './wasm-node';

let connection: WasmConnection;
beforeAll(async () => {
	const engine = await createNodeWasmEngine();
	connection = await engine.openConsole(TABLE_NAMES);
});

describe('SQL console', () => {
	it('answers a query over the site’s tables', async () => {
		const result = await runConsoleQuery(connection, "SELECT count(*)::INTEGER AS n FROM observations WHERE iso3 = 'TGO';", 100);
		expect(result.columns).toEqual(['n']);
		expect(result.rows[0].n).toBeGreaterThan(500);
		expect(result.truncated).toBe(false);
	});

	it('returns at most the limit and says there were more', async () => {
		const result = await runConsoleQuery(connection, 'SELECT * FROM observations', 50);
		expect(result.rows).toHaveLength(50);
		expect(result.truncated).toBe(true);
	});

	it.each([
		['a write', 'DROP TABLE observations'],
		['a setting', 'SET enable_external_access = true'],
		['two statements', 'SELECT 1; SELECT 2'],
		['a statement smuggled out of the subquery', '1) x; DROP TABLE observations; SELECT * FROM (SELECT 1'],
		['a file', "SELECT * FROM read_csv('/etc/passwd')"]
	])('refuses %s', async (_, sql) => {
		await expect(runConsoleQuery(connection, sql, 10)).rejects.toThrow();
		// …and the tables are all still there.
		const tables = await runConsoleQuery(connection, 'SELECT table_name FROM duckdb_tables()', 20);
		expect(tables.rows.map((r) => r.table_name).sort()).toEqual([...TABLE_NAMES].sort());
	});

	it('keeps a trailing comment from hiding the wrapper', () => {
		expect(wrapConsoleQuery('SELECT 1 -- note', 5)).toBe('SELECT * FROM (\nSELECT 1 -- note\n) AS console_query LIMIT 6');
	});
});
