/**
 * The SQL console's one rule: a single read-only query over the site's tables. The text is wrapped as
 * a subquery with a row limit and prepared first — a prepared statement cannot carry a second
 * statement, and anything but a query (DROP, SET, COPY…) is a syntax error inside FROM ( … ). That same
 * checked text then runs as a pending query, which cancelSent() can interrupt (a prepared statement
 * runs to its end in the worker). The console's connection has no file or network access (see
 * WasmEngine.openConsole).
 */
import { rowsOf, type WasmConnection } from './wasm';
import type { SqlRow } from './engine';

export interface ConsoleResult {
	columns: string[];
	rows: SqlRow[];
	/** More rows than the limit exist; only the first `limit` are returned. */
	truncated: boolean;
	ms: number;
}

/** The user's query as a limited subquery; the line breaks keep a trailing `--` comment from eating the wrapper. */
export function wrapConsoleQuery(sql: string, limit: number): string {
	const body = sql.trim().replace(/;+\s*$/, '');
	if (body === '') throw new Error('empty query');
	return `SELECT * FROM (\n${body}\n) AS console_query LIMIT ${limit + 1}`;
}

export async function runConsoleQuery(connection: WasmConnection, sql: string, limit: number): Promise<ConsoleResult> {
	const started = performance.now();
	const wrapped = wrapConsoleQuery(sql, limit);
	// Throws unless the text is exactly one read-only query.
	const statement = await connection.prepare(wrapped);
	let rows: SqlRow[] = [];
	let columns: string[] = [];
	if (connection.send) {
		await statement.close();
		for await (const batch of await connection.send(wrapped, true)) {
			columns = batch.schema.fields.map((f) => f.name);
			rows = rows.concat(rowsOf(batch));
		}
	} else {
		try {
			const result = await statement.query();
			columns = result.schema.fields.map((f) => f.name);
			rows = rowsOf(result);
		} finally {
			await statement.close();
		}
	}
	return { columns, rows: rows.slice(0, limit), truncated: rows.length > limit, ms: performance.now() - started };
}
