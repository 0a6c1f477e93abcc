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
 * Two processes may want the same content at once (the build's warm-up and the wasm splitter): the first
 * writes a `.working` marker and the other waits for its result instead of compressing it again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export const CACHE_DIR = resolve(process.env.PRECOMPRESS_CACHE ?? 'node_modules/.cache/precompress');
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export type Encoding = 'br' | 'gz';

/** A marker older than this belongs to a process that died: its work is done again. */
const STALE_MARKER_MS = 10 * 60_000;

/** Brotli quality: 11 (the maximum) unless a caller trades a little size for a lot of time. */
export type Quality = 9 | 10 | 11;

const keyOf = (bytes: Uint8Array, kind: Encoding, quality: Quality) =>
	join(CACHE_DIR, `${createHash('sha256').update(bytes).digest('hex')}.${kind === 'br' ? `q${quality}w24.br` : 'gz9'}`);

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

function readHit(key: string): Buffer | undefined {
	if (!existsSync(key)) return undefined;
	const now = new Date();
	utimesSync(key, now, now); // recently used entries survive pruning
	return readFileSync(key);
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

async function waitForOther(key: string, marker: string): Promise<Buffer | undefined> {
	while (existsSync(marker) && ownerAlive(marker)) {
		await new Promise((r) => setTimeout(r, 250));
		const hit = readHit(key);
		if (hit) return hit;
	}
	return readHit(key);
}

export async function compressed(bytes: Buffer | Uint8Array, kind: Encoding, quality: Quality = 11): Promise<Buffer> {
	mkdirSync(CACHE_DIR, { recursive: true });
	const key = keyOf(bytes, kind, quality);
	const marker = `${key}.working`;
	const hit = readHit(key) ?? (existsSync(marker) ? await waitForOther(key, marker) : undefined);
	if (hit) return hit;
	writeFileSync(marker, String(process.pid));
	try {
		const out = await encode(bytes, kind, quality);
		// Written whole, then renamed: a reader never sees half a file.
		writeFileSync(`${key}.${process.pid}.tmp`, out);
		renameSync(`${key}.${process.pid}.tmp`, key);
		return out;
	} finally {
		rmSync(marker, { force: true });
	}
}

/** Whether a content's compression is already cached (no work, no wait). */
export function isCached(bytes: Uint8Array, kind: Encoding, quality: Quality = 11): boolean {
	return existsSync(keyOf(bytes, kind, quality));
}

/** Deletes entries unused for `days` days, so the cache does not grow with every build. */
export function pruneCache(days = 14): number {
	if (!existsSync(CACHE_DIR)) return 0;
	const cutoff = Date.now() - days * 86_400_000;
	let removed = 0;
	for (const name of readdirSync(CACHE_DIR)) {
		const path = join(CACHE_DIR, name);
		if (statSync(path).mtimeMs < cutoff) {
			rmSync(path, { force: true });
			removed++;
		}
	}
	return removed;
}
