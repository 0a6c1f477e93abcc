/**
 * Benchmark of the indicator page in headless Chromium, against the built and precompressed site:
 *  - bytes transferred before the first chart is painted, and for the whole first view;
 *  - DuckDB-WASM bytes fetched after the first interaction (engine, worker, data files);
 *  - time from the first interaction to DuckDB ready, and to the updated chart;
 *  - median and p95 of 50 runs of the page's queries, as timed in the page (User Timing).
 * Figures, not pass/fail. Prints a table and writes bench/results/indicator.json.
 *   npm run bench
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { firstPaint as paintFigures, kb, ms, serveBuild, stats, sum } from './lib.ts';

const RUNS = 50;
const PAGE = '/indicator/internet-users';

const { site, transfers, close } = await serveBuild();
const browser = await launchBrowser();

// bypassCSP: the timing code is evaluated in the page from strings, which the site's CSP forbids.
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true, serviceWorkers: 'block' });
const page = await context.newPage();

await page.goto(site + PAGE, { waitUntil: 'load' });
await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
await page.waitForTimeout(300); // let late requests (none expected) finish
const firstPaint = await paintFigures(page);
const firstViewBytes = sum(transfers);
const firstViewFiles = transfers.length;

// First interaction: change the ranking year. This starts DuckDB-WASM.
const mark = transfers.length;
const interactionAt = await page.evaluate(() => performance.now());
await page.getByRole('combobox', { name: 'Year of the ranking' }).selectOption('2015');
await page.locator('caption', { hasText: 'All countries, 2015' }).waitFor();
const afterInteraction = await page.evaluate((t0) => {
	const ready = performance.getEntriesByName('duckdb:ready')[0]?.startTime ?? NaN;
	return { engineReady: ready - t0, chartUpdated: performance.now() - t0 };
}, interactionAt);
await page.waitForTimeout(300);
const engineTransfers = transfers.slice(mark);

// The page's queries, 50 times each: alternate years, and add/remove a country.
await page.evaluate(() => performance.clearMeasures());
const interactionLatencies: number[] = [];
for (let i = 0; i < RUNS; i++) {
	const year = String(2000 + (i % 20));
	const t0 = await page.evaluate(() => performance.now());
	await page.getByRole('combobox', { name: 'Year of the ranking' }).selectOption(year === '2015' ? '2016' : year);
	await page.locator('caption', { hasText: `All countries, ${year === '2015' ? '2016' : year}` }).waitFor();
	interactionLatencies.push((await page.evaluate(() => performance.now())) - t0);
	const picker = page.getByRole('combobox', { name: 'Add a country…' });
	if (i % 2 === 0) await picker.selectOption('NGA');
	else await page.getByRole('button', { name: 'Remove Nigeria' }).click();
	await page.waitForFunction((want) => !!document.querySelector('g.highlighted path[data-key="NGA"]') === want, i % 2 === 0);
}
const queryTimes = await page.evaluate(() =>
	Object.fromEntries(
		['indicator-ranking', 'indicator-series'].map((name) => [name, performance.getEntriesByName(`query:${name}`).map((e) => e.duration)])
	)
);

const results = {
	page: PAGE,
	date: new Date().toISOString(),
	firstView: {
		firstContentfulPaintMs: firstPaint.fcp,
		bytesBeforeFirstPaint: firstPaint.bytesBeforePaint,
		filesBeforeFirstPaint: firstPaint.filesBeforePaint,
		bytes: firstViewBytes,
		files: firstViewFiles
	},
	duckdb: {
		bytes: sum(engineTransfers),
		files: engineTransfers.map((t) => `${t.path} ${kb(t.bytes)}`),
		readyAfterInteractionMs: afterInteraction.engineReady,
		chartUpdatedAfterInteractionMs: afterInteraction.chartUpdated
	},
	queries: Object.fromEntries(Object.entries(queryTimes).map(([k, v]) => [k, stats(v)])),
	interactionToUpdatedRanking: stats(interactionLatencies)
};

console.log(`\nIndicator page ${PAGE} (local, unthrottled, 2 cores)\n`);
console.table({
	'first contentful paint': ms(results.firstView.firstContentfulPaintMs),
	'bytes before first paint': `${kb(results.firstView.bytesBeforeFirstPaint)} in ${results.firstView.filesBeforeFirstPaint} file(s)`,
	'first view (all requests)': `${kb(results.firstView.bytes)} in ${results.firstView.files} files`,
	'DuckDB-WASM + data after interaction': `${kb(results.duckdb.bytes)} in ${engineTransfers.length} files`,
	'DuckDB ready after interaction': ms(results.duckdb.readyAfterInteractionMs),
	'chart updated after first interaction': ms(results.duckdb.chartUpdatedAfterInteractionMs),
	...Object.fromEntries(
		Object.entries(results.queries).map(([k, s]) => [`query ${k} (n=${s.runs})`, `median ${ms(s.median)}, p95 ${ms(s.p95)}`])
	),
	[`interaction → updated ranking (n=${RUNS})`]: `median ${ms(results.interactionToUpdatedRanking.median)}, p95 ${ms(results.interactionToUpdatedRanking.p95)}`
});
console.log('DuckDB files:', results.duckdb.files.join(', '));

mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/indicator.json', `${JSON.stringify(results, null, '\t')}\n`);
await browser.close();
close();
