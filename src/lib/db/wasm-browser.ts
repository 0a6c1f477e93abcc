/**
 * Starts DuckDB-WASM in a Web Worker from the site's own copy of the bundle (no CDN). Imported only
 * dynamically, by browser.ts, so none of it is on a page's first-view path.
 */
import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';
import duckdbWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
// The "eh" build (WebAssembly exceptions), which every current browser runs, in parts under 25 MiB
// (scripts/vite-duckdb-wasm.ts). Shipping the "mvp" build too would add 39 MB for browsers that the
// Arquero fallback serves anyway.
import { parts } from 'virtual:duckdb-wasm';
import { fetchDataFile } from './data-file';
import { WasmEngine, type WasmConnection } from './wasm';
import type { TableName } from './tables';

/** `tableUrl` gives the URL of a table's Arrow IPC file (under the site's base path, versioned). */
export async function createBrowserEngine(tableUrl: (table: TableName) => string): Promise<WasmEngine> {
	const worker = new Worker(duckdbWorker);
	const db = new AsyncDuckDB(new VoidLogger(), worker);
	const module = await moduleUrl();
	try {
		await db.instantiate(module);
	} catch (error) {
		worker.terminate();
		throw error;
	} finally {
		if (module.startsWith('blob:')) URL.revokeObjectURL(module);
	}
	const connection = await db.connect();
	return new WasmEngine(
		connection as unknown as WasmConnection,
		(table) => fetchDataFile(tableUrl(table), table),
		async () => (await db.connect()) as unknown as WasmConnection
	);
}

/** The module's URL: its only part, or the parts fetched in parallel and joined into a blob. */
async function moduleUrl(): Promise<string> {
	if (parts.length === 1) return parts[0].url;
	const buffers = await Promise.all(
		parts.map(async ({ url }) => {
			const response = await fetch(url);
			if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
			return response.arrayBuffer();
		})
	);
	return URL.createObjectURL(new Blob(buffers, { type: 'application/wasm' }));
}
