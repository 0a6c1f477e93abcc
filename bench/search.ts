/**
 * Benchmark of the site search in headless Chromium, against the built and precompressed site, in
 * English and French: what a page transfers for search before the field is focused (nothing is
 * expected), what opening and focusing it costs (the index file and the search engine's script, brotli as served),
 * and the time from focus to the first results for a typed query. Figures, not pass/fail. Prints a
 * table and writes bench/results/search.json.
 *   npm run bench   (or, after npm run build: npx tsx bench/search.ts)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { kb, ms, serveBuild, sum } from './lib.ts';

const { site, transfers, close } = await serveBuild();
const browser = await launchBrowser();
const results: Record<string, { beforeFocus: number; index: number; engine: number; files: string[]; focusToResults: number }> = {};

for (const [locale, path, query] of [
	['en', '/indicators', 'senegal'],
	['fr', '/fr/indicators', 'éducation']
] as const) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
	const page = await context.newPage();
	transfers.length = 0;
	await page.goto(site + path, { waitUntil: 'networkidle' });
	const beforeFocus = sum(transfers.filter((t) => t.path.includes('search-index')));
	const mark = transfers.length;
	const t0 = Date.now();
	// The field opens (and is focused) from its button.
	await page.locator('.site-search button[type="submit"]').click();
	await page.locator('#site-search-input:focus').waitFor();
	await page.keyboard.type(query);
	await page.locator('#site-search-listbox [role="option"]').first().waitFor();
	const focusToResults = Date.now() - t0;
	await page.waitForLoadState('networkidle');
	const after = transfers.slice(mark);
	const index = sum(after.filter((t) => t.path.includes('search-index')));
	results[locale] = { beforeFocus, index, engine: sum(after) - index, files: after.map((t) => t.path), focusToResults };
	await context.close();
}

await browser.close();
close();

console.log('\nSite search (brotli as served; focus → first results includes typing the query)');
console.log('| page language | index before focus | index on focus | engine script on focus | focus → results |');
console.log('|---|---|---|---|---|');
for (const [locale, r] of Object.entries(results))
	console.log(`| ${locale} | ${kb(r.beforeFocus)} | ${kb(r.index)} | ${kb(r.engine)} | ${ms(r.focusToResults)} |`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/search.json', JSON.stringify(results, null, '\t'));
