/** The real data (static/data on native DuckDB) for a test file that reads one table by id. */
import { afterAll, beforeAll } from 'vitest';
import type { Engine } from '$lib/db/engine';
import { NodeEngine } from '$lib/db/node';

/**
 * The rows of `query` on the real data, by id: read once before the file's tests (the engine closed after
 * them). The map is filled in `beforeAll`, so read it inside a test.
 */
export function realRowsById<Row extends { id: string }>(query: (db: Engine) => Promise<Row[]>): Map<string, Row> {
	const rows = new Map<string, Row>();
	let db: NodeEngine | undefined;
	beforeAll(async () => {
		db = new NodeEngine();
		for (const row of await query(db)) rows.set(row.id, row);
	});
	afterAll(() => db?.close());
	return rows;
}
