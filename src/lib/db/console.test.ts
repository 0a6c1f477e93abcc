/** The console's guard on DuckDB-WASM itself: one read-only query over the site's tables, limited. */
import { beforeAll, describe, expect, it } from 'vitest';
import { dataPage } from '$lib/i18n/messages/data';
import { ConsoleRefusedError, consoleErrorMessage, runConsoleQuery, splitStatements, wrapConsoleQuery } from './console';
import { TABLE_NAMES } from './tables';
import type { WasmConnection } from './wasm';
import { createNodeWasmEngine } from './wasm-node';

let connection: WasmConnection;
beforeAll(async () => {
	const engine = await createNodeWasmEngine();
	connection = await engine.openConsole(TABLE_NAMES);
}, 60_000);

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

	it.each([
		['COPY', "COPY observations TO 'out.csv'"],
		['ATTACH', "ATTACH 'other.db'"],
		['INSTALL', 'INSTALL spatial'],
		['LOAD', 'LOAD spatial'],
		['SET', 'SET threads = 1'],
		['DROP', '-- a comment first\nDROP TABLE observations'],
		['PRAGMA', 'pragma database_list'],
		['COPY', "SELECT 1; COPY observations TO 'out.csv'"]
	])('refuses %s before it runs, naming it', async (statement, sql) => {
		const error = await runConsoleQuery(connection, sql, 10).catch((e) => e);
		expect(error).toBeInstanceOf(ConsoleRefusedError);
		expect(error.refusal).toEqual({ kind: 'refused', statement });
		// …said in the page's language.
		expect(dataPage.en.consoleMessages.refused(statement)).toContain(`“${statement}” is refused`);
		expect(dataPage.fr.consoleMessages.refused(statement)).toContain(`l’instruction « ${statement} » est refusée`);
	});

	it('refuses several statements, naming the second, but not semicolons inside strings or comments', async () => {
		const error = await runConsoleQuery(connection, 'SELECT 1;\nSELECT  2;', 10).catch((e) => e);
		expect(error.refusal).toEqual({ kind: 'several', count: 2, second: 'SELECT 2' });
		expect(splitStatements("SELECT ';' AS \"a;b\" -- c;d\n/* e;f */ FROM t; ").map((s) => s.replace(/\s+/g, ' '))).toEqual([`SELECT ';' AS "a;b" FROM t`]);
		const one = await runConsoleQuery(connection, "SELECT ';' AS \"x;y\" -- ; not a second statement\n;", 10);
		expect(one.rows).toEqual([{ 'x;y': ';' }]);
	});

	it('says what went wrong at the reader’s own line, once, without the wrapper or extension advice', async () => {
		const sql = '\nSELECT iso3\nFROM observations\nWHERE nope = 1';
		const error = await runConsoleQuery(connection, sql, 10).catch((e) => e);
		expect(error.message).toMatch(/^Binder Error: Referenced column "nope" not found/);
		// The reader's line 4 (a blank first line, then three), with the caret under "nope".
		expect(error.message).toContain('LINE 4: WHERE nope = 1\n              ^');
		expect(error.message).not.toMatch(/console_query|LIMIT 11|SELECT \* FROM \(/);

		const syntax = await runConsoleQuery(connection, 'SELECT * FORM observations', 10).catch((e) => e);
		expect(syntax.message.match(/LINE/g)).toHaveLength(1);
		expect(syntax.message).toContain('LINE 1: SELECT * FORM observations');

		const unfinished = await runConsoleQuery(connection, 'SELECT 1 +', 10).catch((e) => e);
		expect(unfinished.message).toBe('Parser Error: syntax error at the end of the query (is something missing?)');

		const extension = await runConsoleQuery(connection, "SELECT * FROM read_parquet('x.parquet')", 10).catch((e) => e);
		expect(extension.message).toBe('Catalog Error: Table Function with name "read_parquet" is not available in this console.');
		expect(consoleErrorMessage('Error: a\n\nb\n\na', 'x')).toBe('a\n\nb');
	});

	it('caps a result in bytes as well as rows, and says so', async () => {
		// 3 MB strings under a 4 MB cap: one row fits, the second does not.
		const sql = "SELECT i, repeat('x', 3000000) AS big FROM range(5) t(i)";
		const capped = await runConsoleQuery(connection, sql, { limit: 100, maxBytes: 4_000_000 });
		expect(capped.tooLarge).toBe(true);
		expect(capped.rows).toHaveLength(1);
		expect((capped.rows[0].big as string).length).toBe(3_000_000);
		// A single value larger than the cap: nothing, and said so.
		const none = await runConsoleQuery(connection, "SELECT repeat('x', 20000000) AS huge", { limit: 100, maxBytes: 4_000_000 });
		expect(none).toMatchObject({ rows: [], tooLarge: true, columns: ['huge'] });
		// The site's own tables stay far below the default cap.
		const all = await runConsoleQuery(connection, 'SELECT * FROM observations', 10000);
		expect(all).toMatchObject({ tooLarge: false, truncated: true });
		expect(all.rows).toHaveLength(10000);
		expect(dataPage.fr.consoleMessages.tooLarge(0, 8)).toMatch(/^Le résultat dépasse 8 Mo/);
	});

	it('keeps a trailing comment from hiding the wrapper', () => {
		expect(wrapConsoleQuery('SELECT 1 -- note', 5)).toBe('SELECT * FROM (\nSELECT 1 -- note\n) AS console_query LIMIT 6');
	});
});
