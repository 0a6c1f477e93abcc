/**
 * Each indicator's full data at its stable address, as a script fetches it from the built site: every
 * indicator has its CSV and Parquet, each holding exactly the indicator's observations; the data page
 * documents them (EN/FR, phone and desktop, keyboard) with examples that name the real address, and the
 * indicator page links to its own files.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NodeEngine } from '../../src/lib/db/node.ts';
import { sharedBrowser, openPage, screenshot } from './browser.ts';
import { settled } from './pages.ts';

const site = inject('siteUrl');
let browser: Browser;
let db: NodeEngine;
let dir: string;

beforeAll(async () => {
	browser = await sharedBrowser();
	db = new NodeEngine(join(process.env.SITE_DIR ?? 'build', 'data'));
	dir = mkdtempSync(join(tmpdir(), 'full-data-e2e-'));
});
afterAll(async () => {
	await browser?.close();
	await db?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('/data/indicator/<id>.csv and .parquet', () => {
	it('exist for every indicator and hold exactly its observations, with source and dataset version', { timeout: 300_000 }, async () => {
		await db.load(['indicators', 'observations']);
		const counts = await db.query<{ id: string; n: number }>(
			'SELECT i.id, count(o.iso3)::INTEGER AS n FROM indicators i LEFT JOIN observations o ON o.indicator = i.id GROUP BY i.id ORDER BY i.id'
		);
		expect(counts.length).toBeGreaterThan(100);
		const version = (await (await fetch(`${site}/data/manifest.json`)).json()).version as string;
		const wrong: string[] = [];
		for (const { id, n } of counts) {
			const csv = await fetch(`${site}/data/indicator/${id}.csv`);
			expect(csv.headers.get('content-type'), id).toMatch(/^text\/csv/);
			const rows = parse(await csv.text(), { columns: true, bom: true }) as Record<string, string>[];
			if (rows.length !== n) wrong.push(`${id}.csv: ${rows.length} rows, ${n} observations`);
			if (rows.some((r) => r.indicator !== id || !r.source || !r.licence || r.dataset_version !== version)) wrong.push(`${id}.csv: a row without its indicator, source, licence or version`);
			const parquet = await fetch(`${site}/data/indicator/${id}.parquet`);
			const file = join(dir, `${id}.parquet`);
			writeFileSync(file, Buffer.from(await parquet.arrayBuffer()));
			const [back] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM read_parquet('${file}') WHERE indicator = ?`, [id]);
			if (back.n !== n) wrong.push(`${id}.parquet: ${back.n} rows, ${n} observations`);
		}
		expect(wrong).toEqual([]);
	});
});

describe('the data page documents them', () => {
	for (const [path, width, heading] of [
		['/fr/data', 360, 'Les données complètes de chaque indicateur, à une adresse stable'],
		['/data', 1280, 'Each indicator’s full data, at a stable address']
	] as const) {
		it(`${path} at ${width} px: pick an indicator with the keyboard, get its links and examples with the real address`, async () => {
			const { page, errors, close } = await openPage(browser, { viewport: { width, height: 800 } });
			try {
				await page.goto(`${site}${path}`);
				const section = page.locator('section', { has: page.getByRole('heading', { name: heading }) });
				// The default indicator's links are in the prerendered HTML.
				await expect(section.getByRole('link', { name: /internet-users\.csv/ }).evaluate((a) => (a as HTMLAnchorElement).href)).resolves.toBe(`${site}/data/indicator/internet-users.csv`);
				await settled(page);
				const select = section.getByRole('combobox');
				await select.focus();
				await page.keyboard.press('ArrowDown');
				const chosen = await select.inputValue();
				expect(chosen).not.toBe('internet-users');
				await expect(section.getByRole('link', { name: new RegExp(`${chosen}\\.parquet`) }).evaluate((a) => (a as HTMLAnchorElement).href)).resolves.toBe(`${site}/data/indicator/${chosen}.parquet`);
				const code = await section.locator('pre code').allTextContents();
				expect(code).toEqual([
					`pandas.read_csv("${site}/data/indicator/${chosen}.csv")`,
					`readr::read_csv("${site}/data/indicator/${chosen}.csv")`,
					`duckdb -c "SELECT * FROM '${site}/data/indicator/${chosen}.parquet'"`
				]);
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow).toBeLessThanOrEqual(0);
				await section.scrollIntoViewIfNeeded();
				await screenshot(page, `full-data${path.replace(/\//g, '-')}-${width}`);
				expect(errors).toEqual([]);
			} finally {
				await close();
			}
		});
	}

	it('the indicator page links to its own files, in French too', async () => {
		const { page, close } = await openPage(browser, { javaScriptEnabled: false });
		try {
			await page.goto(`${site}/fr/indicator/internet-users`);
			const links = page.locator('.full-data a');
			await expect(links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).resolves.toEqual([
				`${site}/data/indicator/internet-users.csv`,
				`${site}/data/indicator/internet-users.parquet`
			]);
			await expect(page.locator('.full-data').textContent()).resolves.toMatch(/Données complètes de cet indicateur\u00a0:/);
		} finally {
			await close();
		}
	});
});
