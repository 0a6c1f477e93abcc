/**
 * Key pages on a slow connection, in headless Chromium against the built, precompressed site: network
 * and CPU throttled as Lighthouse's Slow 4G (1.6 Mbps down, 0.75 Mbps up, 150 ms RTT, 4× CPU slowdown),
 * a first visit each (fresh browser context, no service worker). Per page: first and largest contentful
 * paint, bytes before the first paint (the charts are in the HTML); on pages with queries, time from the
 * first interaction to DuckDB-WASM ready and to the updated chart, then interaction → updated chart over
 * repeated runs. Figures, not pass/fail: prints a table, writes bench/results/throttled.json.
 *   npm run build && tsx bench/throttled.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { firstPaint, kb, largestPaint, medianP95, ms, serveBuild, stats, timed, type Stats } from './lib.ts';

const RUNS = 10;
const SLOW_4G = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 };
const CPU_SLOWDOWN = 4;

interface Interaction {
	/** The first change, which starts DuckDB-WASM; `done` tells when its chart is up to date. */
	first: (page: Page) => Promise<unknown>;
	firstDone: string;
	/** A change repeated RUNS times once DuckDB is ready: in-page action and done condition for run i. */
	repeat?: (i: number) => { action: string; done: string };
}

const notBusy = `!document.querySelector('[aria-busy="true"]') && !document.querySelector('.chart-status')`;
const selectInPage = (selector: string, value: string) =>
	`const s = document.querySelector('${selector}'); s.value = '${value}'; s.dispatchEvent(new Event('change', { bubbles: true }));`;

const PAGES: { path: string; interaction?: Interaction }[] = [
	{ path: '/' },
	{ path: '/fr' },
	{
		path: '/compare',
		interaction: {
			first: (page) => page.getByRole('radio', { name: 'Bar' }).check(),
			firstDone: `document.querySelector('.figure')?.dataset.chart === 'bar' && ${notBusy}`,
			repeat: (i) => ({
				action: selectInPage('.years select', String(2000 + (i % 20))),
				done: `document.querySelector('#compare-title')?.textContent.endsWith('${2000 + (i % 20)}') && ${notBusy}`
			})
		}
	},
	{
		path: '/indicator/internet-users',
		interaction: {
			first: (page) => page.getByRole('combobox', { name: 'Year of the ranking' }).selectOption('2015'),
			firstDone: `document.querySelector('main').textContent.includes('ranking of African countries, 2015') && ${notBusy}`,
			repeat: (i) => {
				const year = 2005 + (i % 15);
				return {
					action: `const s = [...document.querySelectorAll('select')].find((e) => e.labels?.[0]?.textContent.includes('Year of the ranking')); s.value = '${year}'; s.dispatchEvent(new Event('change', { bubbles: true }));`,
					done: `document.querySelector('main').textContent.includes('ranking of African countries, ${year}') && ${notBusy}`
				};
			}
		}
	},
	{ path: '/country/TGO' },
	{
		path: '/education',
		interaction: {
			first: (page) => page.locator('#skills select').selectOption('programming'),
			firstDone: `location.search.includes('skill=programming') && ${notBusy}`
		}
	},
	{ path: '/data' },
	{ path: '/projects' },
	{ path: '/sources' }
];

interface PageResult {
	path: string;
	firstContentfulPaintMs: number;
	largestContentfulPaintMs: number;
	bytesBeforeFirstPaint: number;
	filesBeforeFirstPaint: number;
	duckdbReadyAfterInteractionMs?: number;
	chartUpdatedAfterInteractionMs?: number;
	interactionToUpdatedChart?: Stats;
}

const { site, close } = await serveBuild();
const browser = await launchBrowser();
const results: PageResult[] = [];

for (const { path, interaction } of PAGES) {
	// bypassCSP: the timing code is evaluated in the page from strings, which the site's CSP forbids.
	const context = await browser.newContext({ viewport: { width: 412, height: 915 }, serviceWorkers: 'block', bypassCSP: true });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

	await page.goto(site + path, { waitUntil: 'load', timeout: 120_000 });
	const paint = await firstPaint(page);
	const result: PageResult = {
		path,
		firstContentfulPaintMs: paint.fcp,
		largestContentfulPaintMs: await largestPaint(page),
		bytesBeforeFirstPaint: paint.bytesBeforePaint,
		filesBeforeFirstPaint: paint.filesBeforePaint
	};
	if (interaction) {
		await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'), null, { timeout: 60_000 });
		const t0 = await page.evaluate(() => performance.now());
		await interaction.first(page);
		await page.waitForFunction(interaction.firstDone, null, { timeout: 180_000, polling: 50 });
		const after = await page.evaluate((t0) => ({ ready: (performance.getEntriesByName('duckdb:ready')[0]?.startTime ?? NaN) - t0, updated: performance.now() - t0 }), t0);
		result.duckdbReadyAfterInteractionMs = after.ready;
		result.chartUpdatedAfterInteractionMs = after.updated;
		if (interaction.repeat) {
			const times: number[] = [];
			for (let i = 0; i < RUNS; i++) {
				const { action, done } = interaction.repeat(i + 1);
				times.push(await timed(page, action, done));
			}
			result.interactionToUpdatedChart = stats(times);
		}
	}
	results.push(result);
	await context.close();
}

console.log(`\nKey pages, first visit on Slow 4G (1.6 Mbps, 150 ms RTT) with ${CPU_SLOWDOWN}× CPU slowdown, 412×915 viewport\n`);
console.table(
	Object.fromEntries(
		results.map((r) => [
			r.path,
			{
				FCP: ms(r.firstContentfulPaintMs),
				LCP: ms(r.largestContentfulPaintMs),
				'before first paint': `${kb(r.bytesBeforeFirstPaint)} (${r.filesBeforeFirstPaint} files)`,
				'DuckDB ready after 1st interaction': r.duckdbReadyAfterInteractionMs === undefined ? '–' : ms(r.duckdbReadyAfterInteractionMs),
				'chart updated after 1st interaction': r.chartUpdatedAfterInteractionMs === undefined ? '–' : ms(r.chartUpdatedAfterInteractionMs),
				[`interaction → chart (n=${RUNS})`]: r.interactionToUpdatedChart ? medianP95(r.interactionToUpdatedChart) : '–'
			}
		])
	)
);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/throttled.json', `${JSON.stringify({ date: new Date().toISOString(), profile: { ...SLOW_4G, cpuSlowdown: CPU_SLOWDOWN }, pages: results }, null, '\t')}\n`);
await browser.close();
close();
