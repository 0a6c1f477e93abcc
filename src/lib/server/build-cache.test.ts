/** The build cache's place: the user's cache directory unless a variable moves it, and its pruning. */
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCacheDir, buildCacheRoot, pruneCacheDir } from './build-cache';

describe('build cache directory', () => {
	it('is in ~/.cache (or $XDG_CACHE_HOME) under the project, outside the checkout that npm ci empties', () => {
		expect(buildCacheRoot({})).toBe(join(homedir(), '.cache', 'smart-africa-ict-dashboard'));
		expect(buildCacheRoot({ XDG_CACHE_HOME: '/var/cache/u' })).toBe('/var/cache/u/smart-africa-ict-dashboard');
		expect(buildCacheDir('precompress', {})).toBe(join(homedir(), '.cache', 'smart-africa-ict-dashboard', 'precompress'));
		expect(buildCacheDir('previews', {})).not.toContain('node_modules');
	});

	it('moves whole with BUILD_CACHE, and part by part with PRECOMPRESS_CACHE and PREVIEW_CACHE', () => {
		expect(buildCacheDir('previews', { BUILD_CACHE: '/ci/cache', XDG_CACHE_HOME: '/x' })).toBe('/ci/cache/previews');
		expect(buildCacheDir('precompress', { BUILD_CACHE: '/ci/cache', PRECOMPRESS_CACHE: '/t/br' })).toBe('/t/br');
		expect(buildCacheDir('previews', { PRECOMPRESS_CACHE: '/t/br', PREVIEW_CACHE: '/t/png' })).toBe('/t/png');
	});
});

describe('pruning', () => {
	const dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('deletes the entries unused for two weeks and keeps the others', () => {
		const old = (Date.now() - 15 * 86_400_000) / 1000;
		writeFileSync(join(dir, 'old.png'), 'a');
		utimesSync(join(dir, 'old.png'), old, old);
		writeFileSync(join(dir, 'recent.png'), 'b');
		expect(pruneCacheDir(dir)).toBe(1);
		expect(readdirSync(dir)).toEqual(['recent.png']);
		expect(pruneCacheDir(join(dir, 'missing'))).toBe(0);
	});

	it('then deletes the least recently used entries while the part is over its size', () => {
		const now = Date.now() / 1000;
		for (const [name, age] of [['a', 3], ['b', 1], ['c', 2]] as const) {
			writeFileSync(join(dir, name), Buffer.alloc(100));
			utimesSync(join(dir, name), now - age * 3600, now - age * 3600);
		}
		// recent.png (1 byte) + a, b, c (100 bytes each): 301 bytes, 250 allowed: a goes, the oldest.
		expect(pruneCacheDir(dir, { maxBytes: 250 })).toBe(1);
		expect(readdirSync(dir).sort()).toEqual(['b', 'c', 'recent.png']);
	});
});
