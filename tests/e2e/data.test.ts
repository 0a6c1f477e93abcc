/**
 * The data page in a real browser: filtered downloads in every format, read back and checked against
 * the Parquet data; a preview of all the rows, virtualised; and the SQL console on DuckDB-WASM.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NodeEngine } from '../../src/lib/db/node.ts';
import { downloadBytes, sharedBrowser, openPage, screenshot } from './browser.ts';

const site = inject('siteUrl');
const FILTER = '/data?countries=TGO,SEN&indicators=internet-users&from=2015&to=2020';
let browser: Browser;
let parquet: NodeEngine;
let expected: { iso3: string; year: number; value: number }[];
const dir = mkdtempSync(join(tmpdir(), 'downloads-'));

beforeAll(async () => {
	browser = await sharedBrowser();
	parquet = new NodeEngine();
	await parquet.load(['observations']);
	expected = await parquet.query(
		`SELECT iso3, year, value FROM observations
		 WHERE iso3 IN ('TGO', 'SEN') AND indicator = 'internet-users' AND year BETWEEN 2015 AND 2020 ORDER BY iso3, year`
	);
});
afterAll(async () => {
	await browser?.close();
	await parquet?.close();
	rmSync(dir, { recursive: true, force: true });
});

/** Picks a format, downloads, and returns the zip's files. */
async function downloadAs(page: Page, formatLabel: RegExp, wide = false): Promise<Record<string, Uint8Array>> {
	await page.getByRole('radio', { name: formatLabel }).check();
	if (wide) await page.getByRole('radio', { name: /Wide/ }).check();
	const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: /^Download \d+ rows/ }).click()]);
	expect(download.suggestedFilename()).toMatch(/^internet-users_TGO-SEN_2015-2020_/);
	return unzipSync(await downloadBytes(download));
}

const dataFile = (files: Record<string, Uint8Array>, ext: string) => files[Object.keys(files).find((f) => f.endsWith(ext) && !['columns.csv', 'indicators.csv', 'sources.csv'].includes(f))!];
const byKey = (rows: { iso3: string; year: number | string; value: unknown }[]) =>
	rows.map((r) => ({ iso3: r.iso3, year: Number(r.year), value: Number(r.value) })).sort((a, b) => a.iso3.localeCompare(b.iso3) || a.year - b.year);

describe('downloads of exactly the filtered rows', () => {
	let page: Page;
	let close: () => Promise<void>;
	beforeAll(async () => {
		({ page, close } = await openPage(browser, { acceptDownloads: true }));
		await page.goto(site + FILTER);
		await page.locator('.count', { hasText: `${expected.length} rows` }).waitFor();
	});
	afterAll(async () => close());

	it('CSV: the same rows and values, with dictionary, sources and citation', async () => {
		const files = await downloadAs(page, /^CSV \(comma/);
		const rows = parse(strFromU8(dataFile(files, '.csv')), { bom: true, columns: true }) as Record<string, string>[];
		expect(byKey(rows as never)).toEqual(expected);
		expect(rows.every((r) => r.licence === 'CC BY 4.0' && r.source_id === 'wb-wdi-internet-2024')).toBe(true);
		expect(Object.keys(files)).toEqual(expect.arrayContaining(['columns.csv', 'indicators.csv', 'sources.csv', 'CITATION.txt', 'README.txt']));
		expect(strFromU8(files['CITATION.txt'])).toContain('World Bank');
	});

	it('CSV for French spreadsheets: semicolons and decimal commas that parse back to the same numbers', async () => {
		const files = await downloadAs(page, /French-locale/);
		const text = strFromU8(dataFile(files, '.csv'));
		expect(text.split('\r\n')[0]).toContain(';');
		const rows = parse(text, { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
		expect(byKey(rows.map((r) => ({ ...r, value: r.value.replace(',', '.') })) as never)).toEqual(expected);
	});

	it('Parquet: native DuckDB reads the same rows back', async () => {
		const files = await downloadAs(page, /^Parquet/);
		const path = join(dir, 'download.parquet');
		writeFileSync(path, dataFile(files, '.parquet'));
		const db = await (await DuckDBInstance.create(':memory:')).connect();
		const rows = (await db.runAndReadAll(`SELECT iso3, year, value FROM '${path}'`)).getRowObjectsJS();
		expect(byKey(rows as never)).toEqual(expected);
	});

	it('JSON: the same rows back', async () => {
		const files = await downloadAs(page, /^JSON/);
		expect(byKey(JSON.parse(strFromU8(dataFile(files, '.json'))))).toEqual(expected);
	});

	it('Wide: countries by years', async () => {
		const files = await downloadAs(page, /^CSV \(comma/, true);
		const rows = parse(strFromU8(dataFile(files, '.csv')), { bom: true, columns: true }) as Record<string, string>[];
		expect(rows.map((r) => r.iso3)).toEqual(['SEN', 'TGO']);
		expect(Number(rows[1]['2020'])).toBe(expected.find((e) => e.iso3 === 'TGO' && e.year === 2020)!.value);
	});
});

it('previews every row, virtualised, and scrolls to the last', async () => {
	const { page, errors, close } = await openPage(browser);
	await page.goto(`${site}/data?countries=all&indicators=all`);
	const [{ n }] = await parquet.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM observations');
	await page.locator('.count', { hasText: n.toLocaleString('en-GB') }).waitFor({ timeout: 60_000 });
	const table = page.getByRole('region', { name: 'Preview of the filtered rows' });
	await expect(table.locator('table').getAttribute('aria-rowcount')).resolves.toBe(String(n + 1));
	expect(await table.locator('tbody tr:not(.spacer)').count()).toBeLessThan(100);
	await table.evaluate((el) => (el.scrollTop = el.scrollHeight));
	await page.locator(`tr[aria-rowindex="${n + 1}"]`).waitFor();
	await screenshot(page, 'data-all-rows-1280');
	expect(errors).toEqual([]);
	await close();
});

/** Opens the data page and waits until the console can run: Run is disabled in the prerendered HTML. */
async function openConsole(page: Page) {
	await page.goto(`${site}/data`);
	await page.locator('.console button.primary:not([disabled])').waitFor();
}

describe('SQL console', () => {
	it('answers a query, shows a bad query’s error inline, and keeps working', async () => {
		const { page, errors, close } = await openPage(browser);
		await openConsole(page);
		const editor = page.getByRole('textbox', { name: 'Query' });
		await editor.fill("SELECT count(*)::INTEGER AS n FROM observations WHERE iso3 = 'SEN'");
		await page.getByRole('button', { name: /^Run/ }).click();
		const [{ n }] = await parquet.query<{ n: number }>("SELECT count(*)::INTEGER AS n FROM observations WHERE iso3 = 'SEN'");
		const result = page.getByRole('region', { name: 'Query result' });
		await result.locator('td', { hasText: String(n) }).waitFor({ timeout: 60_000 });

		await editor.fill('DROP TABLE observations');
		await page.getByRole('button', { name: /^Run/ }).click();
		// Refused by name before it runs (the console only reads).
		await expect(page.getByRole('alert').textContent()).resolves.toContain('the statement “DROP” is refused');

		await editor.fill('SELECT count(*)::INTEGER AS total FROM observations');
		await page.keyboard.press('Control+Enter');
		const [{ total }] = await parquet.query<{ total: number }>('SELECT count(*)::INTEGER AS total FROM observations');
		await result.locator('td', { hasText: String(total) }).waitFor();
		await screenshot(page, 'data-console-1280');
		expect(errors.filter((e) => !e.includes('Parser Error'))).toEqual([]);
		await close();
	});

	it('cancels a long query', async () => {
		const { page, close } = await openPage(browser);
		await openConsole(page);
		await page.getByRole('textbox', { name: 'Query' }).fill('SELECT count(*) FROM range(100000000000) a');
		await page.getByRole('button', { name: /^Run/ }).click();
		await page.getByText('Running…').waitFor({ timeout: 60_000 });
		await page.getByRole('button', { name: 'Cancel' }).click();
		await page.getByText('Cancelled.').waitFor();
		// The long query really stopped: the console answers the next one at once.
		await page.getByRole('textbox', { name: 'Query' }).fill('SELECT 42 AS answer');
		await page.getByRole('button', { name: /^Run/ }).click();
		await page.getByRole('region', { name: 'Query result' }).locator('td', { hasText: '42' }).waitFor({ timeout: 20_000 });
		await close();
	});

	it('cancels a query the moment it is run, before it reaches the engine', async () => {
		// Cancel lands while the engine starts or checks the text: the query must never be sent after it
		// (it once was, and the 100-billion-row count then held up every later query).
		const { page, errors, close } = await openPage(browser);
		await openConsole(page);
		const editor = page.getByRole('textbox', { name: 'Query' });
		const run = page.getByRole('button', { name: /^Run/ });
		for (let attempt = 0; attempt < 3; attempt++) {
			await editor.fill('SELECT count(*) FROM range(100000000000) a');
			await run.click();
			await page.getByRole('button', { name: 'Cancel' }).click();
			await page.getByText('Cancelled.').waitFor();
		}
		await editor.fill('SELECT 42 AS answer');
		await run.click();
		await page.getByRole('region', { name: 'Query result' }).locator('td', { hasText: '42' }).waitFor({ timeout: 20_000 });
		expect(errors).toEqual([]);
		await close();
	});
});

it('shows the same page in French on a phone', async () => {
	const { page, errors, close } = await openPage(browser, { viewport: { width: 360, height: 800 } });
	await page.goto(`${site}/fr${FILTER}`);
	await page.locator('.count', { hasText: `${expected.length} lignes` }).waitFor();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	await screenshot(page, 'data-fr-360');
	expect(errors).toEqual([]);
	await close();
});
