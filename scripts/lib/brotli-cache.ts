/**
 * Brotli (maximum quality, widest window) and gzip with a cache keyed by content hash, shared by the
 * precompress step, the background warm-up during the build and the DuckDB wasm splitter.
 *
 * Brotli at quality 11 is what makes the site small on metered data, and it is slow: about 100 s of CPU
 * for the site's HTML and 56 s for the DuckDB wasm on this project's 2-core machines. The cache makes a
 * file's compression a one-time cost per content (a second build, the sub-path build's shared files), and
 * lets the build compress prerendered pages while the prerender is still running (scripts/build.ts):
 * the final precompress step then finds them done.
 *
 * The cache lives in the user's cache directory (src/lib/server/build-cache.ts: `npm ci` deletes
 * node_modules), so every clone and every CI job on a machine shares it. A hit is used only if it
 * decompresses to the very bytes it is keyed by (about 3 ms per MB): a damaged entry (a full disk, a
 * killed process, a hand-edited file) is compressed again, never served.
 *
 * Two processes may want the same content at once (the build's warm-up and the wasm splitter, or two
 * clones building at once): the first writes a `.working` marker and the other waits for its result
 * instead of compressing it again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliDecompressSync, constants, gunzipSync, gzip } from 'node:zlib';
import { buildCacheDir, pruneCacheDir, readCacheEntry, writeCacheEntry } from '../../src/lib/server/build-cache.ts';

export const CACHE_DIR = buildCacheDir('precompress');
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export type Encoding = 'br' | 'gz';

/** A marker older than this belongs to a process that died: its work is done again. */
const STALE_MARKER_MS = 10 * 60_000;

/** Brotli quality: 11 (the maximum) unless a caller trades a little size for a lot of time. */
export type Quality = 9 | 10 | 11;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const keyOf = (hash: string, kind: Encoding, quality: Quality) => join(CACHE_DIR, `${hash}.${kind === 'br' ? `q${quality}w24.br` : 'gz9'}`);

function encode(bytes: Uint8Array, kind: Encoding, quality: Quality): Promise<Buffer> {
	return kind === 'br'
		? brotli(bytes, {
				params: {
					// With the largest window browsers accept (16 MB) the DuckDB wasm parts are 5.17 MB
					// instead of 5.37 MB; small files are unaffected.
					[constants.BROTLI_PARAM_QUALITY]: quality,
					[constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
					[constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
				}
			})
		: gz(bytes, { level: 9 });
}

/** A cached copy of the content whose SHA-256 is `hash`, if there is one and it decompresses to that content. */
function readHit(key: string, hash: string, kind: Encoding): Buffer | undefined {
	const hit = readCacheEntry(key);
	if (!hit) return undefined;
	try {
		if (sha256(kind === 'br' ? brotliDecompressSync(hit) : gunzipSync(hit)) === hash) return hit;
	} catch {
		// not brotli or gzip at all
	}
	rmSync(key, { force: true });
	return undefined;
}

/** Whether the process that wrote a marker still runs (a build stopped with Ctrl-C leaves its markers). */
function ownerAlive(marker: string): boolean {
	try {
		process.kill(Number(readFileSync(marker, 'utf8')), 0);
		return Date.now() - statSync(marker).mtimeMs < STALE_MARKER_MS;
	} catch {
		return false;
	}
}

async function waitForOther(key: string, marker: string, hash: string, kind: Encoding): Promise<Buffer | undefined> {
	while (existsSync(marker) && ownerAlive(marker)) {
		await new Promise((r) => setTimeout(r, 250));
		if (existsSync(key)) return readHit(key, hash, kind);
	}
	return readHit(key, hash, kind);
}

export async function compressed(bytes: Buffer | Uint8Array, kind: Encoding, quality: Quality = 11): Promise<Buffer> {
	mkdirSync(CACHE_DIR, { recursive: true });
	const hash = sha256(bytes);
	const key = keyOf(hash, kind, quality);
	const marker = `${key}.working`;
	const hit = readHit(key, hash, kind) ?? (existsSync(marker) ? await waitForOther(key, marker, hash, kind) : undefined);
	if (hit) return hit;
	writeFileSync(marker, String(process.pid));
	try {
		const out = await encode(bytes, kind, quality);
		writeCacheEntry(key, out);
		return out;
	} finally {
		rmSync(marker, { force: true });
	}
}

/** Whether a content's compression is already cached (no work, no wait). */
export function isCached(bytes: Uint8Array, kind: Encoding, quality: Quality = 11): boolean {
	return existsSync(keyOf(sha256(bytes), kind, quality));
}

/** Deletes entries unused for two weeks, and the least recently used beyond 1 GiB (build-cache.ts). */
export const pruneCache = (): number => pruneCacheDir(CACHE_DIR);
