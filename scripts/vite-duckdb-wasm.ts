/**
 * Vite plugin behind `virtual:duckdb-wasm`: the DuckDB-WASM module as the site serves it.
 *
 * The module is 34 MB raw and some static hosts refuse files over 25 MiB (Cloudflare Pages), so the
 * client build emits it in equal parts under PART_LIMIT, which the browser fetches in parallel and joins
 * (src/lib/db/wasm-browser.ts). Each part's brotli size is computed here (cached, see brotli-cache.ts) so
 * the data-saver prompt can say how much the engine costs before anything is downloaded.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { compressed } from './lib/brotli-cache.ts';

const VIRTUAL = 'virtual:duckdb-wasm';
const RESOLVED = `\0${VIRTUAL}`;
export const PART_LIMIT = 20 * 1024 * 1024;
const WASM = '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm';

/** Splits bytes into the fewest equal parts each under `limit`. */
export function splitBytes(bytes: Uint8Array, limit: number): Uint8Array[] {
	const count = Math.max(1, Math.ceil(bytes.length / limit));
	const size = Math.ceil(bytes.length / count);
	return Array.from({ length: count }, (_, i) => bytes.subarray(i * size, Math.min(bytes.length, (i + 1) * size)));
}

export function duckdbWasm(): Plugin {
	let serving = false;
	return {
		name: 'duckdb-wasm-parts',
		configResolved(config) {
			serving = config.command === 'serve';
		},
		resolveId(id) {
			if (id === VIRTUAL) return RESOLVED;
		},
		async load(id) {
			if (id !== RESOLVED) return;
			// The server build never starts the engine (no asset to emit); the dev server serves the one file.
			if (this.environment?.config.consumer === 'server') return 'export const parts = [];';
			if (serving) return `import url from '${WASM}?url';\nexport const parts = [{ url, bytes: 0, brotliBytes: 0 }];`;
			const wasm = readFileSync(createRequire(import.meta.url).resolve(WASM));
			const parts = await Promise.all(
				splitBytes(wasm, PART_LIMIT).map(async (bytes, i, all) => {
					const ref = this.emitFile({ type: 'asset', name: `duckdb-eh-part${i + 1}of${all.length}.wasm`, source: bytes });
					return `{ url: import.meta.ROLLUP_FILE_URL_${ref}, bytes: ${bytes.length}, brotliBytes: ${(await compressed(bytes, 'br')).length} }`;
				})
			);
			return `export const parts = [${parts.join(', ')}];`;
		}
	};
}
