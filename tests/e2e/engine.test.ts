/**
 * The query engines on hard terms, in a real browser: a second visit with the network off (service
 * worker: the query tier's files and, once used, DuckDB-WASM), DuckDB-WASM blocked (the views still
 * answer from the query tier with the Parquet data's numbers; the SQL console says it needs the
 * engine), a data-saving connection (the views need no question; the data explorer asks before the
 * download, its size shown), and a truncated data file (a notice with a retry; the chart stays).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import { NodeEngine } from '../../src/lib/db/node.ts';
import { formatValue } from '../../src/lib/i18n/format.ts';
import { sharedBrowser, openPage } from './browser.ts';

const site = inject('siteUrl');
let browser: Browser;
let parquet: NodeEngine;

beforeAll(async () => {
	browser = await sharedBrowser();
	parquet = new NodeEngine();
	await parquet.load(['observations', 'countries']);
});
afterAll(async () => {
	await browser?.close();
	await parquet?.close();
});

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ').trim();
const DUCKDB = /duckdb-(eh-part|browser-eh\.worker)/;
/** A data explorer view the query tier has no twin for: DuckDB-WASM answers it. */
/** The SQL console needs DuckDB (the data explorer's filters and downloads are answered by the tier). */
async function askTheConsole(page: Page) {
	await page.goto(`${site}/data`);
	// Typed once the page has started (Run enabled): a fill during hydration can lose its selection.
	await page.locator('.console button.primary:not([disabled])').waitFor();
	await page.locator('.console textarea').fill("SELECT count(*) FROM observations WHERE indicator = 'internet-users'");
	await page.locator('.console button.primary:not([disabled])').click();
}

/** Waits until the compare page runs and shows this chart type with nothing loading. */
async function ready(page: Page, chart: string) {
	await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
	await page.locator(`.figure[data-chart="${chart}"]`).waitFor();
	await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]') && !document.querySelector('.chart-status'));
}

/** The bar chart's table as { country name: shown value }. */
async function barValues(page: Page, year: number): Promise<Map<string, string>> {
	const table = page.locator('table', { has: page.locator('caption', { hasText: `All countries, ${year}` }) });
	await table.waitFor({ state: 'attached' });
	const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
	return new Map(rows.map(([name, , value]) => [plain(name), plain(value)]));
}

/** Internet users in `year` by country name, formatted as the page shows them. */
async function parquetValues(year: number): Promise<Map<string, string>> {
	const rows = await parquet.query<{ name_en: string; value: number | null }>(
		`SELECT c.name_en, o.value FROM countries c
		 LEFT JOIN observations o ON o.iso3 = c.iso3 AND o.indicator = 'internet-users' AND o.year = ?`,
		[year]
	);
	return new Map(rows.map((r) => [r.name_en, plain(formatValue('en', r.value, 'percent', 1))]));
}

/** Cache entries the service worker holds, per cache. */
const cached = (page: Page) =>
	page.evaluate(async () => {
		const out: Record<string, string[]> = {};
		for (const name of await caches.keys()) out[name.replace(/-\d+$/, '')] = (await (await caches.open(name)).keys()).map((r) => r.url);
		return out;
	});

describe('a second visit', () => {
	let context: BrowserContext;
	afterAll(() => context?.close());

	it('works with the network off, DuckDB-WASM included once it has been used', async () => {
		context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));

		await page.goto(`${site}/compare`);
		await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active !== null && navigator.serviceWorker.controller !== null);
		// The page hands the service worker what it loaded before the worker was in control.
		await page.waitForFunction(async () => Boolean(await caches.match(location.href)));
		await page.getByRole('radio', { name: 'Bar' }).check();
		await ready(page, 'bar');
		// The bar chart came from the query tier's files; the SQL console needs DuckDB.
		await askTheConsole(page);
		await expect.poll(async () => (await cached(page)).app?.filter((url) => DUCKDB.test(url)).length ?? 0, { timeout: 60_000 }).toBe(3);
		const kept = async () => (await cached(page)).data?.map((url) => new URL(url).pathname) ?? [];
		await expect
			.poll(kept, { timeout: 30_000 })
			.toEqual(
				expect.arrayContaining(['/data/tier/indicators/internet-users.arrow', '/data/tier/indicators/population.arrow', '/data/tier/countries.arrow', '/data/tier/memberships.arrow', '/data/observations.arrow'])
			);

		await context.setOffline(true);
		onTestFinished(() => context.setOffline(false));
		// A full reload of a page, then another view on the tier: both from the caches.
		await page.goto(`${site}/compare`);
		await expect(page.locator('h1').textContent()).resolves.toBe('Compare countries');
		await page.goto(`${site}/compare?chart=bar&year=2015`);
		await ready(page, 'bar');
		expect(await barValues(page, 2015)).toEqual(await parquetValues(2015));
		await expect(page.locator('.engine-notice').count()).resolves.toBe(0);
		expect(errors).toEqual([]);
	});

	it('replaces cached data when the dataset version changes', async () => {
		const page = await context.newPage();
		await page.goto(`${site}/compare`);
		// The same file under a new version (as a new build would request it) replaces the old entry.
		await page.evaluate(() => fetch('/data/countries.arrow?v=next-version'));
		const urls = (await cached(page)).data.filter((url) => url.includes('/data/countries.arrow'));
		expect(urls).toEqual([`${site}/data/countries.arrow?v=next-version`]);
		await page.close();
	});
});

describe('where DuckDB-WASM cannot start', () => {
	it('answers the compare and indicator views from the query tier, with the Parquet numbers, and the console says it needs the engine', async () => {
		// No service worker: requests are routed (blocked) by the test, not answered from a cache.
		const { page, errors, close } = await openPage(browser, { serviceWorkers: 'block' });
		await page.route(DUCKDB, (route) => route.abort());
		await page.goto(`${site}/compare?chart=bar&year=2016`);
		await ready(page, 'bar');
		expect(await barValues(page, 2016)).toEqual(await parquetValues(2016));

		// The indicator page's ranking for another year, from the tier too.
		await page.goto(`${site}/indicator/internet-users?year=2012`);
		const ranking = page.locator('table', { has: page.locator('caption', { hasText: /2012/ }) }).first();
		await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
		const [top] = await parquet.query<{ name_en: string; value: number }>(
			`SELECT c.name_en, o.value FROM observations o JOIN countries c USING (iso3)
			 WHERE o.indicator = 'internet-users' AND o.year = 2012 ORDER BY o.value DESC LIMIT 1`
		);
		await expect(ranking.locator('tbody tr').first().textContent()).resolves.toContain(top.name_en);
		// The SQL console says why it cannot run, instead of failing obscurely.
		await page.goto(`${site}/data`);
		await page.locator('.console button.primary:not([disabled])').click();
		await expect(page.getByRole('alert').textContent()).resolves.toContain('The SQL console needs the query engine');
		const notice = page.getByRole('complementary', { name: 'Query engine' });
		await notice.waitFor();
		await expect(notice.textContent()).resolves.toMatch(/could not start: the common views work without it; advanced queries .* are unavailable/);
		// Only the blocked requests complain (the browser, and DuckDB about its worker).
		expect(errors.filter((e) => !/ERR_FAILED|Failed to load resource|^console: Event$|error in duckdb worker/.test(e))).toEqual([]);
		await close();
	});
});

describe('on a data-saving connection', () => {
	it('answers the views without asking, asks before downloading the engine for the SQL console, and shows its size', async () => {
		const { page, errors, close } = await openPage(browser, { serviceWorkers: 'block' });
		await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true, effectiveType: '4g' } }));
		const engineRequests: string[] = [];
		page.on('request', (r) => DUCKDB.test(r.url()) && engineRequests.push(r.url()));
		await page.goto(`${site}/compare`);
		await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
		await page.getByRole('radio', { name: 'Bar' }).check();
		await ready(page, 'bar');
		const year = Number((await page.locator('#compare-title').textContent())!.match(/(\d{4})$/)![1]);
		expect(await barValues(page, year)).toEqual(await parquetValues(year));
		const notice = page.getByRole('complementary', { name: 'Query engine' });
		await expect(notice.count()).resolves.toBe(0);
		expect(engineRequests).toEqual([]);

		await askTheConsole(page);
		await notice.waitFor();
		expect(plain((await notice.textContent())!)).toMatch(/save data.*a 5\.\d MB download/);
		expect(engineRequests).toEqual([]);
		await notice.getByRole('button', { name: 'Not now' }).click();
		expect(engineRequests).toEqual([]);

		await notice.getByRole('button', { name: /^Load the query engine \(5\.\d\s?MB\)$/ }).click();
		// The reader's query runs as soon as the engine is there, without a second press of Run.
		await page.waitForFunction(() => performance.getEntriesByName('duckdb:ready').length > 0, null, { timeout: 60_000 });
		await expect(page.locator('.console table').first().waitFor({ timeout: 60_000 })).resolves.toBeUndefined();
		await expect(notice.count()).resolves.toBe(0);
		expect(engineRequests.length).toBe(3);
		expect(errors).toEqual([]);
		await close();
	});
});

describe('a truncated data file', () => {
	it('keeps the prerendered chart, offers a retry, and recovers', async () => {
		const { page, errors, close } = await openPage(browser, { serviceWorkers: 'block' });
		// Both the tier's slice and the whole table: the tier fails, then DuckDB does.
		const TRUNCATED = /\/data\/(observations|tier\/indicators\/internet-users)\.arrow/;
		await page.route(TRUNCATED, async (route) => {
			const response = await route.fetch();
			const body = await response.body();
			await route.fulfill({ response, body: body.subarray(0, body.length >> 1) });
		});
		await page.goto(`${site}/compare`);
		await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
		await page.getByRole('radio', { name: 'Bar' }).check();
		const retry = page.getByRole('button', { name: 'Try again' }).first();
		await retry.waitFor({ timeout: 60_000 });
		await expect(page.locator('.chart-status').textContent()).resolves.toContain('observations: the data file could not be read');
		await expect(page.locator('svg').count()).resolves.toBeGreaterThan(0);

		await page.unroute(TRUNCATED);
		await retry.click();
		await ready(page, 'bar');
		const year = Number((await page.locator('#compare-title').textContent())!.match(/(\d{4})$/)![1]);
		expect(await barValues(page, year)).toEqual(await parquetValues(year));
		expect(errors.filter((e) => !/^console: /.test(e))).toEqual([]);
		await close();
	});
});
