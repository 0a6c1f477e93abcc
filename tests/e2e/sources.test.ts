/**
 * The curated data as the site shows it: /sources lists each source with its licence and the coverage
 * of its indicators (checked against observations.parquet), in English and French; indicator pages of
 * every kind render, including survey-based ones ranked on latest values and prices ranked cheapest first.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NodeEngine } from '../../src/lib/db/node.ts';
import { sharedBrowser, openPage, screenshot } from './browser.ts';

const site = inject('siteUrl');
let browser: Browser;
let parquet: NodeEngine;

beforeAll(async () => {
	browser = await sharedBrowser();
	parquet = new NodeEngine();
	await parquet.load(['observations', 'indicators', 'sources']);
});
afterAll(async () => {
	await browser?.close();
	await parquet?.close();
});

describe('/sources', () => {
	it.each([
		['', 'Countries with data', 'Licence'],
		['/fr', 'Pays couverts', 'Licence']
	])('shows every source with its licence and indicator coverage (%s)', async (prefix, countriesHeader, licenceLabel) => {
		const { page, errors, close } = await openPage(browser, { javaScriptEnabled: false });
		await page.goto(`${site}${prefix}/sources`);
		// The licence as the page's language names it (French pages use the French column).
		const sources = await parquet.query<{ id: string; licence: string }>(`SELECT id, ${prefix === '/fr' ? 'licence_fr' : 'licence'} AS licence FROM sources`);
		for (const s of sources) {
			const section = page.locator(`section#${s.id}`);
			await expect(section.locator('dt', { hasText: licenceLabel }).count()).resolves.toBe(1);
			await expect(section.textContent()).resolves.toContain(s.licence);
		}
		await expect(page.locator('th', { hasText: countriesHeader }).count()).resolves.toBeGreaterThan(5);

		// Every indicator's "countries with data" and years, against the Parquet data.
		const coverage = await parquet.query<{ indicator: string; n: number; first: number; last: number }>(
			'SELECT indicator, count(DISTINCT iso3)::INTEGER AS n, min(year) AS first, max(year) AS last FROM observations GROUP BY indicator'
		);
		const rows = await page.locator('section.source tbody tr').evaluateAll((trs) =>
			trs.map((tr) => ({
				id: tr.querySelector('a')!.getAttribute('href')!.split('/').pop()!,
				cells: [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())
			}))
		);
		const indicatorCount = (await parquet.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM indicators'))[0].n;
		expect(rows).toHaveLength(indicatorCount);
		for (const c of coverage) {
			const row = rows.find((r) => r.id === c.indicator)!;
			expect(row.cells[1]).toBe(`${c.n}/55`);
			expect(row.cells[2]).toBe(`${c.first}–${c.last}`);
		}
		await screenshot(page, `sources${prefix.replace('/', '-') || '-en'}-1280`);
		expect(errors).toEqual([]);
		await close();
	});
});

describe('indicator pages of every kind', () => {
	it('ranks a survey-based indicator on each country’s latest value and says which year it is', async () => {
		const { page, errors, close } = await openPage(browser, { javaScriptEnabled: false });
		await page.goto(`${site}/indicator/children-home-internet`);
		await expect(page.locator('#ranking').textContent()).resolves.toMatch(/latest value of each African country, up to \d{4}/);
		const rows = await page
			.locator('table', { has: page.locator('caption', { hasText: 'latest value up to' }) })
			.locator('tbody tr')
			.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
		const latest = await parquet.query<{ iso3: string; value: number; year: number }>(
			`SELECT iso3, arg_max(value, year) AS value, max(year) AS year FROM observations
			 WHERE indicator = 'children-home-internet' GROUP BY iso3 ORDER BY value DESC, iso3`
		);
		const ranked = rows.filter((r) => r[3] !== '–');
		expect(ranked).toHaveLength(latest.length);
		expect(ranked.map((r) => [r[2], r[3]])).toEqual(latest.map((l) => [`${l.value}%`, String(l.year)]));
		await screenshot(page, 'indicator-unicef-en-1280');
		expect(errors).toEqual([]);
		await close();
	});

	it('ranks a price cheapest first, in French on a phone', async () => {
		const { page, errors, close } = await openPage(browser, { viewport: { width: 360, height: 800 } });
		await page.goto(`${site}/fr/indicator/mobile-broadband-price-usd`);
		const rank = page.locator('table', { has: page.locator('caption', { hasText: 'Tous les pays' }) }).locator('tbody tr');
		const first = await rank.first().evaluate((tr) => [...tr.children].map((c) => c.textContent!.trim()));
		const year = Number((await page.locator('#ranking').textContent())!.match(/(\d{4})$/)![1]);
		const [cheapest] = await parquet.query<{ value: number }>(
			"SELECT min(value) AS value FROM observations WHERE indicator = 'mobile-broadband-price-usd' AND year = ?",
			[year]
		);
		expect(first[1]).toBe('1');
		expect(first[2].replace(/[\u202f\u00a0]/g, ' ')).toBe(`${cheapest.value.toFixed(2).replace('.', ',')} $`);
		await screenshot(page, 'indicator-price-fr-360');
		expect(errors).toEqual([]);
		await close();
	});
});
