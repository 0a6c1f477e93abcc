/**
 * Where the build keeps what it can reuse, keyed by content (brotli and gzip copies, preview images): in
 * the user's cache directory, beside npm's own cache, not inside the checkout.
 *
 * Why not node_modules/.cache: `npm ci`, the install the README and CI run, deletes node_modules, so a
 * cache there never outlived an install and every `npm test` compressed the 34 MB DuckDB wasm again
 * (about 110 s of CPU). Here a rerun, a second clone, a worktree or the next CI job on the same machine
 * starts warm; a new machine starts cold and builds the same files, only slower. Entries are named by a
 * hash of everything that decides their bytes, so clones at different commits share the cache safely.
 *
 *   BUILD_CACHE=/some/dir    moves the whole cache (a CI system's cached directory, a scratch folder)
 *   PRECOMPRESS_CACHE, PREVIEW_CACHE   move one part (the tests use these)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The cache's root: $BUILD_CACHE, else $XDG_CACHE_HOME or ~/.cache, under the project's name. */
export function buildCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
	if (env.BUILD_CACHE) return resolve(env.BUILD_CACHE);
	return join(env.XDG_CACHE_HOME ? resolve(env.XDG_CACHE_HOME) : join(homedir(), '.cache'), 'smart-africa-ict-dashboard');
}

/** One part of the cache (`precompress`, `previews`), or the directory its own variable names. */
export function buildCacheDir(part: 'precompress' | 'previews', env: NodeJS.ProcessEnv = process.env): string {
	const own = part === 'precompress' ? env.PRECOMPRESS_CACHE : env.PREVIEW_CACHE;
	return own ? resolve(own) : join(buildCacheRoot(env), part);
}

/**
 * An entry's bytes, touched so that pruning keeps it; undefined when it is not there (never written, or
 * pruned a moment ago by another clone's build).
 */
export function readCacheEntry(path: string): Buffer | undefined {
	try {
		const bytes = readFileSync(path);
		const now = new Date();
		utimesSync(path, now, now);
		return bytes;
	} catch {
		return undefined;
	}
}

/** Writes an entry whole, then renames it into place: a reader (another process) never sees half a file. */
export function writeCacheEntry(path: string, bytes: Uint8Array): void {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(`${path}.${process.pid}.tmp`, bytes);
	renameSync(`${path}.${process.pid}.tmp`, path);
}

/**
 * Deletes the entries of a cache part unused for `days` days (a hit touches its entry), then the least
 * recently used ones while the part holds more than `maxBytes`: every change to the site's sources makes
 * new pages, and so new compressed copies, so a busy fortnight could otherwise fill a disk. Returns how
 * many entries it deleted.
 */
export function pruneCacheDir(dir: string, { days = 14, maxBytes = 1024 ** 3 }: { days?: number; maxBytes?: number } = {}): number {
	if (!existsSync(dir)) return 0;
	const cutoff = Date.now() - days * 86_400_000;
	const kept: { path: string; used: number; bytes: number }[] = [];
	let removed = 0;
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		// Another clone's build may rename or prune an entry meanwhile: one that is gone is skipped.
		const stats = statSync(path, { throwIfNoEntry: false });
		if (!stats) continue;
		const { mtimeMs, size } = stats;
		if (mtimeMs < cutoff) {
			rmSync(path, { force: true });
			removed++;
		} else kept.push({ path, used: mtimeMs, bytes: size });
	}
	let total = kept.reduce((sum, entry) => sum + entry.bytes, 0);
	for (const entry of kept.sort((a, b) => a.used - b.used)) {
		if (total <= maxBytes) break;
		rmSync(entry.path, { force: true });
		total -= entry.bytes;
		removed++;
	}
	return removed;
}
