/**
 * Vite plugin behind `virtual:duckdb-wasm`: the DuckDB-WASM module as the site serves it.
 *
 * The module is 34 MB raw and some static hosts refuse files over 25 MiB (Cloudflare Pages), so the
 * client build emits it in equal parts under PART_LIMIT, which the browser fetches in parallel and joins
 * (src/lib/db/wasm-browser.ts). Each part's brotli size goes into the client code so the data-saver prompt
 * can say how much the engine costs before anything is downloaded.
 *
 * Those sizes are kept in duckdb-wasm-brotli.json, keyed by each part's SHA-256: brotli at quality 11 of
 * the 34 MB takes about a minute, and the client build would wait for it. With the sizes known, the build
 * compresses the parts in the background (scripts/build.ts) while it compiles and prerenders. A DuckDB
 * upgrade brings new parts: the first build computes their sizes and adds them to the file (commit it).
 * The budget test checks the sizes against the .br files the build writes.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { compressed } from './lib/brotli-cache.ts';

const VIRTUAL = 'virtual:duckdb-wasm';
const RESOLVED = `\0${VIRTUAL}`;
export const PART_LIMIT = 20 * 1024 * 1024;
const WASM = '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm';
export const BROTLI_SIZES = new URL('./duckdb-wasm-brotli.json', import.meta.url);

/** The wasm module in the parts the site serves. */
export function wasmParts(): Uint8Array[] {
	return splitBytes(readFileSync(createRequire(import.meta.url).resolve(WASM)), PART_LIMIT);
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A part's size once brotli-compressed as served, from duckdb-wasm-brotli.json or (new parts) computed and recorded there. */
async function brotliSize(bytes: Uint8Array): Promise<number> {
	const sizes: Record<string, number> = JSON.parse(readFileSync(BROTLI_SIZES, 'utf8'));
	const key = sha256(bytes);
	if (sizes[key] === undefined) {
		sizes[key] = (await compressed(bytes, 'br')).length;
		const sorted = Object.fromEntries(Object.entries(sizes).sort(([a], [b]) => a.localeCompare(b)));
		writeFileSync(BROTLI_SIZES, `${JSON.stringify(sorted, null, '\t')}\n`);
	}
	return sizes[key];
}

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
			const parts: string[] = [];
			for (const [i, bytes, all] of wasmParts().map((b, i, all) => [i, b, all] as const)) {
				const ref = this.emitFile({ type: 'asset', name: `duckdb-eh-part${i + 1}of${all.length}.wasm`, source: bytes });
				parts.push(`{ url: import.meta.ROLLUP_FILE_URL_${ref}, bytes: ${bytes.length}, brotliBytes: ${await brotliSize(bytes)} }`);
			}
			return `export const parts = [${parts.join(', ')}];`;
		}
	};
}
