/**
 * Writes .br and .gz beside every compressible file of the built site, so a static server (sirv, nginx
 * gzip_static/brotli_static) sends the smallest bytes to users on metered data. Brotli runs at maximum
 * quality; every result is cached by content hash (scripts/lib/brotli-cache.ts), so what the build's
 * warm-up already compressed while pages were being prerendered costs nothing here.
 *   tsx scripts/precompress.ts [dir]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compressed, isCached, pruneCache, type Quality } from './lib/brotli-cache.ts';

export const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|wasm|arrow|txt|xml|csv|map)$/;
/** Below this a compressed copy saves too little to be worth a file. */
export const MIN_BYTES = 256;

/**
 * Brotli quality by file. The prerendered pages and their navigation data (__data.json) are about 118 MB:
 * quality 11 takes 3.3 times as long as 10 on them (about 210 s of CPU on this project's 2-core machines,
 * against 65 s) for 3.7 % fewer bytes (0.6 KB on a page of 17 KB). The CSV downloads (68 MB) take quality
 * 9: on their long repetitive rows 10 gains nothing over it (gdp.csv: 43.1 KB at 10, 41.6 KB at 9;
 * population.csv 28.4 KB against 27.7 KB; a country's file 13.4 KB against 13.7 KB) and costs four times
 * the CPU. Everything else, the JavaScript, styles, data files and the DuckDB wasm, keeps quality 11.
 */
export const brotliQuality = (path: string): Quality => (path.endsWith('.csv') ? 9 : /\.(html|json)$/.test(path) ? 10 : 11);

/**
 * Every compressible file below `dir`. With `whileWritten`, a folder that disappears between being listed
 * and being read is passed over: the build's background warm-up walks folders Vite is still emptying and
 * refilling (a vanished prerender folder once crashed the whole build with ENOENT). The final step walks the
 * finished site, where a missing folder is a real error.
 */
export function* compressibleFiles(dir: string, whileWritten = false): Generator<string> {
	let entries;
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch (error) {
		if (whileWritten && (error as NodeJS.ErrnoException).code === 'ENOENT') return;
		throw error;
	}
	for (const entry of entries) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* compressibleFiles(path, whileWritten);
		else if (COMPRESSIBLE.test(entry.name)) yield path;
	}
}

/** Runs `work` over `items` with at most `limit` at a time. */
export async function eachLimited<T>(items: Iterable<T>, limit: number, work: (item: T) => Promise<void>) {
	const iterator = items[Symbol.iterator]();
	await Promise.all(
		Array.from({ length: limit }, async () => {
			for (let next = iterator.next(); !next.done; next = iterator.next()) await work(next.value);
		})
	);
}

export async function precompress(dir: string) {
	const started = performance.now();
	let written = 0;
	let fromCache = 0;
	const files = [...compressibleFiles(dir)];
	// zlib's async calls run on libuv's thread pool: a few at a time keep every core busy.
	await eachLimited(files, Math.max(2, availableParallelism()), async (path) => {
		const bytes = readFileSync(path);
		if (bytes.length < MIN_BYTES) return;
		const quality = brotliQuality(path);
		if (isCached(bytes, 'br', quality) && isCached(bytes, 'gz')) fromCache++;
		const [br, gz] = await Promise.all([compressed(bytes, 'br', quality), compressed(bytes, 'gz')]);
		if (br.length < bytes.length) writeFileSync(`${path}.br`, br);
		if (gz.length < bytes.length) writeFileSync(`${path}.gz`, gz);
		written++;
	});
	const pruned = pruneCache();
	return { files: files.length, written, fromCache, pruned, ms: Math.round(performance.now() - started) };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	const dir = resolve(process.argv[2] ?? 'build');
	const r = await precompress(dir);
	console.log(`Precompressed ${r.written} of ${r.files} files in ${dir} (${r.fromCache} from the cache) in ${r.ms} ms`);
}
