/**
 * Country profiles: all 55 in both languages from the prerendered HTML (read in Node,
 * tests/support/built-html.ts); in a real browser, the scorecard's figures against the Parquet data, the
 * CSV download, and a printed A4 briefing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NodeEngine } from '../../src/lib/db/node.ts';
import { attr, builtPage, elements, first, hasClass, textContent } from '../support/built-html.ts';
import { sharedBrowser, openPage, screenshot, SCREENSHOT_DIR } from './browser.ts';

const site = inject('siteUrl');
const siteDir = process.env.SITE_DIR ?? 'build';
let browser: Browser;
let parquet: NodeEngine;

beforeAll(async () => {
	browser = await sharedBrowser();
	parquet = new NodeEngine();
	await parquet.load(['countries', 'observations', 'memberships']);
});
afterAll(async () => {
	await browser?.close();
	await parquet?.close();
});

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ').trim();

it('has a profile for each of the 55 countries, in English and French, reachable from the index', async () => {
	const countries = await parquet.query<{ iso3: string; name_en: string; name_fr: string }>('SELECT iso3, name_en, name_fr FROM countries');
	// The pages' markup is what is read, as the server sends it (built-html.ts): no browser load needed.
	const index = builtPage(siteDir, 'country.html');
	// The index lists the countries by region: every list's links.
	const lists = elements(index).filter((el) => hasClass(el, 'countries'));
	const links = lists.flatMap((list) => elements(list).filter((el) => el.tagName === 'a').map((a) => attr(a, 'href')));
	expect(links).toHaveLength(55);
	const linked = links.map((href) => new URL(href!, 'http://site/country').pathname).sort();
	expect(linked).toEqual(countries.map((c) => `/country/${c.iso3}`).sort());
	const profiles = countries.flatMap((c) => [
		{ path: `/country/${c.iso3}`, name: c.name_en },
		{ path: `/fr/country/${c.iso3}`, name: c.name_fr }
	]);
	const headings = profiles.map((profile) => {
		const h1 = first(builtPage(siteDir, `${profile.path.slice(1)}.html`), (el) => el.tagName === 'h1');
		return `${profile.path}: ${h1 && textContent(h1)}`;
	});
	expect(headings.sort()).toEqual(profiles.map((p) => `${p.path}: ${p.name}`).sort());
});

describe('Togo’s profile', () => {
	it('shows its latest values, ranks and medians as the Parquet data give them', async () => {
		const { page, errors, close } = await openPage(browser);
		await page.goto(`${site}/country/TGO`);
		const row = page.locator('tr[data-indicator="internet-users"]');
		const cells = (await row.locator('td').allTextContents()).map(plain);
		const [latest] = await parquet.query<{ year: number; value: number }>(
			"SELECT year, value FROM observations WHERE iso3 = 'TGO' AND indicator = 'internet-users' ORDER BY year DESC LIMIT 1"
		);
		expect(cells[0]).toContain(`${latest.value.toFixed(1)}%`);
		expect(cells[0]).toContain(`(${latest.year})`);
		const [peers] = await parquet.query<{ better: number; n: number }>(
			`SELECT count(*) FILTER (WHERE value > ?)::INTEGER AS better, count(*)::INTEGER AS n
			 FROM observations WHERE indicator = 'internet-users' AND year = ?`,
			[latest.value, latest.year]
		);
		expect(cells[3]).toBe(`${peers.better + 1} of ${peers.n}`);
		await expect(page.locator('.identity').textContent()).resolves.toContain('Joined November 2016');
		await screenshot(page, 'country-tgo-en-1280');
		expect(errors).toEqual([]);
		await close();
	});

	it('says when a value is dated, and shows missing values as missing', async () => {
		const { page, close } = await openPage(browser, { javaScriptEnabled: false });
		await page.goto(`${site}/fr/country/TGO`);
		await expect(page.locator('tr[data-indicator="ict-skills-copy-paste-youth"] td').first().textContent()).resolves.toContain('pas de données');
		const stale = await page.locator('.stale').allTextContents();
		expect(stale.every((s) => /^pas de données depuis \d{4}$/.test(s))).toBe(true);
		await close();
	});

	it('links to a comparison with the countries of each community it belongs to', async () => {
		const { page, errors, close } = await openPage(browser);
		await page.goto(`${site}/fr/country/TGO`);
		const ecowas = await parquet.query<{ iso3: string }>(
			"SELECT iso3 FROM countries WHERE ecowas ORDER BY iso3"
		);
		await page.getByRole('link', { name: /autres pays membres \(CEDEAO\)/ }).click();
		await page.waitForURL(/\/fr\/compare\?/);
		const picked = new URL(page.url()).searchParams.get('countries')!.split(',');
		expect(picked.sort()).toEqual(ecowas.map((c) => c.iso3));
		// The comparison page reads the same selection: its ECOWAS group button shows as pressed.
		await page.locator('[data-group="rec:ecowas"][aria-pressed="true"]').waitFor();
		expect(errors).toEqual([]);
		await close();
	});

	it('downloads the country’s data as CSV with a source and licence on every row', async () => {
		const { page, close } = await openPage(browser);
		await page.goto(`${site}/country/TGO`);
		const href = await page.getByRole('link', { name: /Download this country’s data/ }).getAttribute('href');
		const text = await (await page.request.get(new URL(href!, page.url()).href)).text();
		const lines = text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
		expect(lines[0]).toBe('iso3,indicator,indicator_name,indicator_name_fr,year,value,unit,unit_fr,flag,source,source_fr,licence,licence_fr,source_url,retrieved,dataset_version');
		const [{ n }] = await parquet.query<{ n: number }>("SELECT count(*)::INTEGER AS n FROM observations WHERE iso3 = 'TGO'");
		expect(lines).toHaveLength(n + 1);
		expect(lines.slice(1).every((l) => /CC BY|terms of use|CC BY-NC-SA/.test(l))).toBe(true);
		await close();
	});

	it('prints as an A4 briefing of at most two pages, sources included', async () => {
		const { page, close } = await openPage(browser);
		await page.goto(`${site}/country/TGO`);
		await page.emulateMedia({ media: 'print' });
		const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
		mkdirSync(SCREENSHOT_DIR, { recursive: true });
		writeFileSync(`${SCREENSHOT_DIR}/country-tgo-print.pdf`, pdf);
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		expect(pages).toBeGreaterThanOrEqual(1);
		expect(pages).toBeLessThanOrEqual(2);
		await expect(page.locator('.print-only').isVisible()).resolves.toBe(true);
		await close();
	});
});

it.each([360, 1280])('reads well at %i px in French', async (width) => {
	const { page, errors, close } = await openPage(browser, { viewport: { width, height: 900 } });
	await page.goto(`${site}/fr/country/SEN`);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	await screenshot(page, `country-sen-fr-${width}`);
	expect(errors).toEqual([]);
	await close();
});
