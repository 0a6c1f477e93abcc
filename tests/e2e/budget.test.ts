/**
 * The size budget, read from the built site (issue 10): every page's first chart arrives within
 * 100 KB brotli, and no file is too large for static hosts. Timings are in the benchmark (npm run bench).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { expect, it } from 'vitest';

// Hundreds of pages: quick with the precompressed .br files of `npm run build`, slower without.
const TIMEOUT = 240_000;
import { FIRST_VIEW_BUDGET, LARGEST_FILE_BUDGET, largestFile, linkedFiles, pageWeights } from '../../scripts/lib/budget.ts';

const dir = process.env.SITE_DIR ?? 'build';

it('paints each page from its HTML alone: no render-blocking stylesheet, script preloads after the content', () => {
	const pages = pageWeights(dir).map((p) => p.page);
	for (const page of pages) {
		const html = readFileSync(`${dir}/${page}`, 'utf8');
		expect(linkedFiles(dir, `${dir}/${page}`, 'stylesheet'), page).toEqual([]);
		const preload = html.indexOf('rel="modulepreload"');
		// Not in <head>, and after the charts' SVG.
		if (preload >= 0) expect(preload, page).toBeGreaterThan(Math.max(html.indexOf('</head>'), html.lastIndexOf('</svg>')));
	}
	// The chart pages carry their styles and hydrate.
	for (const page of ['compare.html', 'fr/indicator/internet-users.html', 'embed/compare.html']) {
		const html = readFileSync(`${dir}/${page}`, 'utf8');
		expect(html, page).toMatch(/<style[^>]*>/);
		expect(linkedFiles(dir, `${dir}/${page}`, 'modulepreload').length, page).toBeGreaterThan(3);
	}
}, TIMEOUT);

it(`shows every page's first chart within ${FIRST_VIEW_BUDGET / 1000} KB`, () => {
	const pages = pageWeights(dir);
	// Every prerendered page in both languages: the pages, 55 profiles and 138 indicators, twice.
	expect(pages.length).toBeGreaterThan(2 * (55 + 138));
	const over = pages.filter((p) => p.firstView > FIRST_VIEW_BUDGET).map((p) => `${p.page}: ${p.firstView} bytes`);
	expect(over).toEqual([]);
	// What the check reads is what pages carry: their styles inline (counted in the HTML), scripts after them.
	expect(readFileSync(`${dir}/compare.html`, 'utf8')).toMatch(/<style[^>]*>(?:(?!<\/style>)[\s\S])*\.chart-frame/);
	// Every page hydrates, but the not-found pages, which are plain HTML served at any depth.
	expect(pages.filter((p) => !(p.withScripts > p.firstView)).map((p) => p.page)).toEqual(['404.html', 'fr/404.html']);
}, TIMEOUT);

it('serves no file of 25 MiB or more (DuckDB-WASM comes in parts)', () => {
	const { file, bytes } = largestFile(dir);
	expect(bytes, file).toBeLessThan(LARGEST_FILE_BUDGET);
	const parts = readdirSync(`${dir}/_app/immutable/assets`).filter((f) => /^duckdb-eh-part\d+of\d+\./.test(f) && f.endsWith('.wasm'));
	expect(parts.length).toBeGreaterThan(1);
});

it('tells readers the engine\'s true download size: the recorded brotli size of each part is its .br as served', () => {
	const recorded: Record<string, number> = JSON.parse(readFileSync('scripts/duckdb-wasm-brotli.json', 'utf8'));
	const assets = `${dir}/_app/immutable/assets`;
	const parts = readdirSync(assets).filter((f) => /^duckdb-eh-part\d+of\d+\..*\.wasm$/.test(f));
	expect(parts.length).toBeGreaterThan(1);
	const client = readdirSync(`${dir}/_app/immutable/chunks`).map((f) => readFileSync(`${dir}/_app/immutable/chunks/${f}`, 'utf8'));
	for (const part of parts) {
		const sha = createHash('sha256').update(readFileSync(`${assets}/${part}`)).digest('hex');
		const served = statSync(`${assets}/${part}.br`).size;
		expect(recorded[sha], part).toBe(served);
		// …and that is the number the data-saver prompt adds up.
		expect(client.some((code) => code.includes(`brotliBytes:${served}`)), part).toBe(true);
	}
});
