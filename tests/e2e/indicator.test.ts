/**
 * The indicator page in a real browser: prerendered without JavaScript, live with it (the query tier
 * answers its controls; tests/e2e/tier.test.ts), in English and French. Expected numbers are read from the built Parquet files with native DuckDB.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NodeEngine } from '../../src/lib/db/node.ts';
import { sharedBrowser, openPage, screenshot } from './browser.ts';

const site = inject('siteUrl');
const PAGE = '/indicator/internet-users';
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

/** Values straight from observations.parquet. */
async function valueOf(iso3: string, year: number): Promise<number | null> {
	const [row] = await parquet.query<{ value: number }>(
		"SELECT value FROM observations WHERE indicator = 'internet-users' AND iso3 = ? AND year = ?",
		[iso3, year]
	);
	return row?.value ?? null;
}

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ').trim();

/** Rows of the table captioned `caption`, as arrays of cell texts. */
async function tableRows(page: Page, caption: string | RegExp): Promise<string[][]> {
	const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
	return (await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')))).map(
		(cells) => cells.map(plain)
	);
}

describe('without JavaScript', () => {
	it('shows the charts, the tables and the source from the prerendered HTML', async () => {
		const { page, close } = await openPage(browser, { javaScriptEnabled: false });
		await page.goto(site + PAGE);
		await expect(page.locator('h1').textContent()).resolves.toBe('Individuals using the Internet');
		const lineChart = page.getByRole('img', { name: /Individuals using the Internet, \d{4}–\d{4}/ });
		await expect(lineChart.isVisible()).resolves.toBe(true);
		// One coloured line per default highlighted country, grey lines for the others.
		await expect(lineChart.locator('g.highlighted path').count()).resolves.toBe(4);
		await expect(lineChart.locator('g.context path').count()).resolves.toBeGreaterThan(40);

		const heading = await page.locator('#ranking').textContent();
		const year = Number(heading!.match(/(\d{4})$/)![1]);
		const bars = page.getByRole('img', { name: /ranking of African countries/ }).locator('rect');
		const rows = await tableRows(page, `All countries, ${year}`);
		expect(rows).toHaveLength(55);
		const withValues = rows.filter((r) => r[2] !== 'no data');
		await expect(bars.count()).resolves.toBe(withValues.length);
		// Every value in the table is the Parquet value, rounded as the indicator says (1 decimal).
		const names = await parquet.query<{ iso3: string; name_en: string }>('SELECT iso3, name_en FROM countries');
		const iso3Of = new Map(names.map((n) => [n.name_en, n.iso3]));
		for (const [country, , value] of rows) {
			const expected = await valueOf(iso3Of.get(country)!, year);
			expect(value).toBe(expected === null ? 'no data' : `${expected.toFixed(1)}%`);
		}
		await expect(page.locator('.source-line').first().textContent()).resolves.toMatch(/World Bank.*CC BY 4\.0.*retrieved 29 Nov 2024/s);
		await screenshot(page, 'indicator-en-nojs-1280');
		await close();
	});
});

describe('with JavaScript', () => {
	it('adds a country from the query tier, without DuckDB-WASM, and shows its values', async () => {
		const { page, errors, close } = await openPage(browser);
		const wasmRequests: string[] = [];
		page.on('request', (r) => r.url().endsWith('.wasm') && wasmRequests.push(r.url()));
		await page.goto(site + PAGE);
		await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
		expect(wasmRequests).toEqual([]); // nothing loads DuckDB until a query needs it

		await page.getByRole('combobox', { name: 'Add a country…' }).selectOption('NGA');
		await page.waitForURL(/countries=TGO,SEN,RWA,KEN,NGA/);
		const nigeriaLine = page.locator('g.highlighted path[data-key="NGA"]');
		await nigeriaLine.waitFor();
		expect(wasmRequests).toEqual([]);

		const byYear = page.locator('table', { has: page.locator('caption', { hasText: 'Highlighted countries, by year' }) });
		await byYear.locator('th', { hasText: 'Nigeria' }).waitFor();
		const rows = await tableRows(page, 'Highlighted countries, by year');
		const nigeriaColumn = 5; // year, then the five highlighted countries in order
		for (const row of rows.slice(0, 10)) {
			const expected = await valueOf('NGA', Number(row[0]));
			expect(row[nigeriaColumn]).toBe(expected === null ? 'no data' : `${expected.toFixed(1)}%`);
		}
		await screenshot(page, 'indicator-en-nigeria-1280');
		expect(errors).toEqual([]);
		await close();
	});

	it('changes the ranking year and restores the view from its URL', async () => {
		const { page, errors, close } = await openPage(browser);
		await page.goto(`${site}${PAGE}?countries=GHA&year=2010`);
		await page.locator('#ranking', { hasText: '2010' }).waitFor();
		const rows = await tableRows(page, 'All countries, 2010');
		const ghana = rows.find((r) => r[0] === 'Ghana')!;
		expect(ghana[2]).toBe(`${(await valueOf('GHA', 2010))!.toFixed(1)}%`);
		await expect(page.locator('g.highlighted path').count()).resolves.toBe(1);

		await page.getByRole('combobox', { name: 'Year of the ranking' }).selectOption('2015');
		await page.waitForURL(/year=2015/);
		await page.locator('caption', { hasText: 'All countries, 2015' }).waitFor();
		const ranked = (await tableRows(page, 'All countries, 2015')).filter((r) => r[2] !== 'no data');
		const [top] = await parquet.query<{ value: number }>(
			"SELECT max(value) AS value FROM observations WHERE indicator = 'internet-users' AND year = 2015"
		);
		expect(ranked[0][1]).toBe('1');
		expect(ranked[0][2]).toBe(`${top.value.toFixed(1)}%`);

		await page.goBack();
		await page.locator('caption', { hasText: 'All countries, 2010' }).waitFor();
		expect(errors).toEqual([]);
		await close();
	});

	it('drops bad URL parameters with a notice and shows the default view', async () => {
		const { page, errors, close } = await openPage(browser);
		await page.goto(`${site}${PAGE}?year=abc&countries=XYZ,TGO&colour=red`);
		const notice = page.getByRole('status').filter({ hasText: 'not understood' });
		await notice.waitFor();
		const text = (await notice.textContent())!;
		expect(text).toContain('“abc” is not a year');
		expect(text).toContain('“XYZ” is not the code');
		expect(text).toContain('“colour” is not a setting');
		// TGO is kept: once the query has run, it is the only highlighted line.
		await page.waitForFunction(() => document.querySelectorAll('g.highlighted path').length === 1);
		await expect(page.locator('g.highlighted path').getAttribute('data-key')).resolves.toBe('TGO');
		await screenshot(page, 'indicator-en-bad-params-1280');
		expect(errors).toEqual([]);
		await close();
	});

	it('keeps the view when switching language', async () => {
		const { page, close } = await openPage(browser);
		await page.goto(`${site}${PAGE}?year=2015`);
		await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
		await page.getByRole('link', { name: 'Lire cette page en français' }).click();
		await page.waitForURL(/\/fr\/indicator\/internet-users\?year=2015$/);
		await page.locator('caption', { hasText: 'Tous les pays, 2015' }).waitFor();
		await close();
	});
});

describe('in French', () => {
	it('shows French labels and French number formats', async () => {
		const { page, errors, close } = await openPage(browser, { viewport: { width: 360, height: 800 } });
		await page.goto(`${site}/fr${PAGE}`);
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
		await expect(page.locator('h1').textContent()).resolves.toBe('Personnes utilisant Internet');
		const heading = (await page.locator('#ranking').textContent())!;
		const year = Number(heading.match(/(\d{4})$/)![1]);
		const rows = await tableRows(page, `Tous les pays, ${year}`);
		const togo = rows.find((r) => r[0] === 'Togo')!;
		const expected = (await valueOf('TGO', year))!;
		expect(togo[2]).toBe(`${expected.toFixed(1).replace('.', ',')} %`);
		expect(rows.find((r) => r[2] === 'pas de données')).toBeDefined();
		await expect(page.locator('.source-line').first().textContent()).resolves.toMatch(/consulté le 29 nov\. 2024/);
		await screenshot(page, 'indicator-fr-360');
		expect(errors).toEqual([]);
		await close();
	});
});
