/**
 * The precompress step and its content-hash cache: every compressible file gets a .br and a .gz that
 * decompress to it; a second run, or content compressed in the background during the build, comes from
 * the cache; files too small to gain are left alone.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'precompress-'));
process.env.PRECOMPRESS_CACHE = join(root, 'cache');
const { brotliQuality, compressibleFiles, precompress } = await import('./precompress.ts');
const { compressed, isCached } = await import('./lib/brotli-cache.ts');
const { warmCompression } = await import('./lib/warm-compress.ts');

const page = (n: number) => `<!doctype html><html lang="fr"><title>Page ${n}</title>${'<p>Indicateurs du numérique en Afrique</p>'.repeat(40 + n)}</html>`;

describe('precompress', () => {
	const site = join(root, 'site');
	beforeAll(() => {
		rmSync(site, { recursive: true, force: true });
		for (const dir of [site, join(site, 'fr')]) mkdirSync(dir, { recursive: true });
		writeFileSync(join(site, 'index.html'), page(1));
		writeFileSync(join(site, 'fr', 'index.html'), page(2));
		writeFileSync(join(site, 'tiny.json'), '{"a":1}');
		writeFileSync(join(site, 'photo.png'), Buffer.alloc(4000, 7));
	});
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('writes .br and .gz that decompress to each file, and skips tiny and binary files', async () => {
		const first = await precompress(site);
		expect(first).toMatchObject({ files: 3, written: 2, fromCache: 0 });
		for (const file of ['index.html', 'fr/index.html']) {
			const original = readFileSync(join(site, file));
			expect(brotliDecompressSync(readFileSync(join(site, `${file}.br`)))).toEqual(original);
			expect(gunzipSync(readFileSync(join(site, `${file}.gz`)))).toEqual(original);
		}
		expect(existsSync(join(site, 'tiny.json.br'))).toBe(false);
		expect(existsSync(join(site, 'photo.png.br'))).toBe(false);
	});

	it('uses brotli quality 10 for the bulk of prerendered pages, their data and CSV downloads, 11 for the rest', () => {
		expect(['fr/index.html', '_app/x/__data.json', 'data/country/TGO.csv'].map(brotliQuality)).toEqual([10, 10, 9]);
		expect(['_app/immutable/chunks/a.js', 'a.css', 'data/tier/x.arrow', 'duckdb-eh-part1of2.wasm'].map(brotliQuality)).toEqual([11, 11, 11, 11]);
	});

	it('takes unchanged content from the cache on the next run', async () => {
		rmSync(join(site, 'index.html.br'));
		const second = await precompress(site);
		expect(second).toMatchObject({ written: 2, fromCache: 2 });
		expect(brotliDecompressSync(readFileSync(join(site, 'index.html.br')))).toEqual(readFileSync(join(site, 'index.html')));
	});

	it('gives one answer to two simultaneous requests for the same content', async () => {
		const bytes = Buffer.from(page(9));
		const [a, b] = await Promise.all([compressed(bytes, 'br'), compressed(bytes, 'br')]);
		expect(a).toEqual(b);
		expect(brotliDecompressSync(a)).toEqual(bytes);
	});

	it('does not wait for a marker left by a process that is gone (a build stopped with Ctrl-C)', async () => {
		const bytes = Buffer.from(page(30));
		const { createHash } = await import('node:crypto');
		const key = join(process.env.PRECOMPRESS_CACHE!, `${createHash('sha256').update(bytes).digest('hex')}.q11w24.br`);
		writeFileSync(`${key}.working`, '2147483646'); // no such process
		// Without the check it would wait for the marker's ten minutes, past this test's time limit.
		expect(brotliDecompressSync(await compressed(bytes, 'br'))).toEqual(bytes);
	}, 30_000);

	it('never serves a damaged cache entry: a truncated or foreign copy is compressed again and replaced', async () => {
		const { createHash } = await import('node:crypto');
		const bytes = Buffer.from(page(31));
		const hash = createHash('sha256').update(bytes).digest('hex');
		const key = (suffix: string) => join(process.env.PRECOMPRESS_CACHE!, `${hash}.${suffix}`);
		const good = await compressed(bytes, 'br');
		writeFileSync(key('q11w24.br'), good.subarray(0, good.length >> 1)); // truncated
		writeFileSync(key('gz9'), await compressed(Buffer.from(page(32)), 'gz')); // another file's copy
		expect(brotliDecompressSync(await compressed(bytes, 'br'))).toEqual(bytes);
		expect(gunzipSync(await compressed(bytes, 'gz'))).toEqual(bytes);
		expect(brotliDecompressSync(readFileSync(key('q11w24.br')))).toEqual(bytes);
		expect(gunzipSync(readFileSync(key('gz9')))).toEqual(bytes);
	});

	it('walks past a folder that disappears while the site is being written, but not in the finished site', () => {
		// Vite empties and refills its output while the background warm-up walks it (ENOENT once crashed a build).
		const walk = (whileWritten: boolean) => {
			const out = join(root, `vanishing-${whileWritten}`);
			for (const name of ['a', 'b']) {
				mkdirSync(join(out, name), { recursive: true });
				writeFileSync(join(out, name, 'page.html'), page(3));
			}
			const files = compressibleFiles(out, whileWritten);
			const first = files.next().value as string;
			rmSync(join(out, first.includes(`${join(out, 'a')}`) ? 'b' : 'a'), { recursive: true });
			return [first, ...files];
		};
		expect(walk(true)).toHaveLength(1);
		expect(() => walk(false)).toThrow(/ENOENT/);
	});

	it('compresses files in the background as they appear, for the final step to find', async () => {
		const out = join(root, 'prerendered');
		mkdirSync(out, { recursive: true });
		const first = Buffer.from(page(20));
		const warm = warmCompression({ dirs: [out], first: () => [first] });
		writeFileSync(join(out, 'late.html'), page(21));
		await expect.poll(() => isCached(readFileSync(join(out, 'late.html')), 'br', brotliQuality('late.html')), { timeout: 15_000, interval: 200 }).toBe(true);
		expect(await warm.finished()).toBe(2);
		expect(isCached(first, 'br') && isCached(first, 'gz')).toBe(true);
	});
});
