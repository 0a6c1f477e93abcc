/**
 * DuckDB-WASM running in Node (its blocking build), with tables read from the built Arrow files on disk:
 * the browser's exact engine and SQL, for unit tests and benchmarks outside a browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { WasmEngine, type WasmConnection } from './wasm';

const require = createRequire(import.meta.url);

/** `readTable` replaces reading `<dataDir>/<table>.arrow` (tests use it to serve damaged files). */
export async function createNodeWasmEngine(
	dataDir = resolve('static/data'),
	readTable: (table: string) => Promise<Uint8Array> = async (table) => new Uint8Array(readFileSync(join(dataDir, `${table}.arrow`)))
): Promise<WasmEngine> {
	const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
	const db = await duckdb.createDuckDB(
		{
			mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
			eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await db.instantiate();
	const connection = db.connect() as WasmConnection;
	return new WasmEngine(
		connection,
		readTable,
		async () => db.connect() as WasmConnection
	);
}
