/**
 * Starts DuckDB-WASM in a Web Worker from the site's own copy of the bundle (no CDN). Imported only
 * dynamically, by browser.ts, so none of it is on a page's first-view path.
 */
import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';
// The "eh" build (WebAssembly exceptions) is the one every current browser picks; shipping the "mvp"
// build too would add 39 MB to the site for browsers that issue 10's fallback serves anyway.
import duckdbWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import duckdbWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { WasmEngine, type WasmConnection } from './wasm';
import type { TableName } from './tables';

/** `tableUrl` gives the URL of a table's Arrow IPC file (under the site's base path, versioned). */
export async function createBrowserEngine(tableUrl: (table: TableName) => string): Promise<WasmEngine> {
	const worker = new Worker(duckdbWorker);
	const db = new AsyncDuckDB(new VoidLogger(), worker);
	await db.instantiate(duckdbWasm);
	const connection = await db.connect();
	return new WasmEngine(
		connection as unknown as WasmConnection,
		async (table) => {
			const response = await fetch(tableUrl(table));
			if (!response.ok) throw new Error(`${tableUrl(table)}: HTTP ${response.status}`);
			return new Uint8Array(await response.arrayBuffer());
		},
		async () => (await db.connect()) as unknown as WasmConnection
	);
}
