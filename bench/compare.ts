/**
 * Benchmark of the compare page in headless Chromium, against the built and precompressed site:
 *  - bytes transferred for the first view (HTML, CSS, JS) and before the first paint;
 *  - after the first interaction (a chart type that needs DuckDB-WASM): bytes fetched, time to
 *    DuckDB ready and to the updated chart;
 *  - once DuckDB is ready, the time from an interaction to the updated chart, timed inside the page
 *    (from the click to the first animation frame after the DOM shows the new state):
 *      selection change (peer group or country) on the bar chart and on the line chart, which need no
 *      query; year change and chart type change, which run the page's query on DuckDB-WASM;
 *  - median and p95 of the page's query as timed in the page (User Timing `query:compare`).
 * Figures, not pass/fail. Prints a table and writes bench/results/compare.json.
 *   npm run build && tsx bench/compare.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { firstPaint as paintFigures, kb, ms, serveBuild, stats, sum, timed } from './lib.ts';

const RUNS = 40;
const PAGE = '/compare';

const { site, transfers, close } = await serveBuild();
const browser = await launchBrowser();

// bypassCSP: the timing code is evaluated in the page from strings, which the site's CSP forbids.
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true, serviceWorkers: 'block' });
const page = await context.newPage();

await page.goto(site + PAGE, { waitUntil: 'load' });
await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
await page.waitForTimeout(300);
const firstPaint = await paintFigures(page);
const firstView = [...transfers];

// First interaction: the bar chart needs a query, so DuckDB-WASM starts.
const mark = transfers.length;
const t0 = await page.evaluate(() => performance.now());
await page.getByRole('radio', { name: 'Bar' }).check();
await page.locator('.figure[data-chart="bar"]').waitFor();
const afterInteraction = await page.evaluate((t0) => {
	const ready = performance.getEntriesByName('duckdb:ready')[0]?.startTime ?? NaN;
	return { engineReady: ready - t0, chartUpdated: performance.now() - t0 };
}, t0);
await page.waitForTimeout(300);
const engineTransfers = transfers.slice(mark);
await page.evaluate(() => performance.clearMeasures());

const emphasised = (iso3: string) => `!!document.querySelector('.bar-chart g.emphasised[data-key="${iso3}"]')`;
const click = (selector: string) => `document.querySelector('${selector}').click()`;

// Selection changes on the bar chart: alternate two peer groups (no query: the ranking has every country).
const barSelection: number[] = [];
for (let i = 0; i < RUNS; i++) {
	const [group, member, other] = i % 2 === 0 ? ['rec:ecowas', 'NGA', 'KEN'] : ['rec:eac', 'KEN', 'NGA'];
	barSelection.push(await timed(page, click(`button[data-group="${group}"]`), `${emphasised(member)} && !${emphasised(other)}`));
}

// Year changes on the bar chart: a query on DuckDB-WASM each time.
const yearChange: number[] = [];
for (let i = 0; i < RUNS; i++) {
	const year = 2000 + (i % 20);
	yearChange.push(
		await timed(
			page,
			`const s = [...document.querySelectorAll('.years select')][0]; s.value = '${year}'; s.dispatchEvent(new Event('change', { bubbles: true }));`,
			`document.querySelector('#compare-title')?.textContent.endsWith('${year}') && !document.querySelector('.chart-status')`
		)
	);
}

// Chart type changes between bar and slope: a query each time.
const chartChange: number[] = [];
for (let i = 0; i < RUNS; i++) {
	const chart = i % 2 === 0 ? 'slope' : 'bar';
	chartChange.push(
		await timed(page, click(`input[name="chart"][value="${chart}"]`), `document.querySelector('.figure')?.dataset.chart === '${chart}' && !document.querySelector('.chart-status')`)
	);
}

// Selection changes on the line chart: add and remove Nigeria (no query).
await page.getByRole('radio', { name: 'Line' }).check();
await page.locator('.figure[data-chart="line"]').waitFor();
await page.getByRole('button', { name: 'Founding members' }).click();
await page.locator('g.highlighted path[data-key="RWA"]').waitFor();
const lineSelection: number[] = [];
for (let i = 0; i < RUNS; i++) {
	const [group, present, absent] = i % 2 === 0 ? ['rec:ecowas', 'NGA', 'RWA'] : ['founding', 'RWA', 'NGA'];
	lineSelection.push(
		await timed(
			page,
			click(`button[data-group="${group}"]`),
			`!!document.querySelector('g.highlighted path[data-key="${present}"]') && !document.querySelector('g.highlighted path[data-key="${absent}"]')`
		)
	);
}

const queryTimes = await page.evaluate(() => performance.getEntriesByName('query:compare').map((e) => e.duration));

const results = {
	page: PAGE,
	date: new Date().toISOString(),
	firstView: {
		firstContentfulPaintMs: firstPaint.fcp,
		bytesBeforeFirstPaint: firstPaint.bytesBeforePaint,
		filesBeforeFirstPaint: firstPaint.filesBeforePaint,
		bytes: sum(firstView),
		files: firstView.length,
		html: firstView.find((t) => t.path === PAGE)?.bytes ?? null
	},
	duckdb: {
		bytes: sum(engineTransfers),
		files: engineTransfers.map((t) => `${t.path} ${kb(t.bytes)}`),
		readyAfterInteractionMs: afterInteraction.engineReady,
		chartUpdatedAfterInteractionMs: afterInteraction.chartUpdated
	},
	query: stats(queryTimes),
	selectionToUpdatedBarChart: stats(barSelection),
	selectionToUpdatedLineChart: stats(lineSelection),
	yearToUpdatedBarChart: stats(yearChange),
	chartTypeToUpdatedChart: stats(chartChange)
};

const line = (s: { median: number; p95: number }) => `median ${ms(s.median)}, p95 ${ms(s.p95)}`;
console.log(`\nCompare page ${PAGE} (local, unthrottled; interactions timed in the page once DuckDB is ready)\n`);
console.table({
	'first contentful paint': ms(results.firstView.firstContentfulPaintMs),
	'bytes before first paint': `${kb(results.firstView.bytesBeforeFirstPaint)} in ${results.firstView.filesBeforeFirstPaint} file(s)`,
	'first view (all requests)': `${kb(results.firstView.bytes)} in ${results.firstView.files} files`,
	'DuckDB-WASM + data + view after first interaction': `${kb(results.duckdb.bytes)} in ${engineTransfers.length} files`,
	'DuckDB ready after interaction': ms(results.duckdb.readyAfterInteractionMs),
	'chart updated after first interaction': ms(results.duckdb.chartUpdatedAfterInteractionMs),
	[`selection → updated bar chart (n=${RUNS})`]: line(results.selectionToUpdatedBarChart),
	[`selection → updated line chart (n=${RUNS})`]: line(results.selectionToUpdatedLineChart),
	[`year → updated bar chart, query (n=${RUNS})`]: line(results.yearToUpdatedBarChart),
	[`chart type → updated chart, query (n=${RUNS})`]: line(results.chartTypeToUpdatedChart),
	[`query:compare (n=${results.query.runs})`]: line(results.query)
});
console.log('Fetched after the first interaction:', results.duckdb.files.join(', '));

mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/compare.json', `${JSON.stringify(results, null, '\t')}\n`);
await browser.close();
close();
