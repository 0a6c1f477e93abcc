/**
 * The home page in a real browser: the membership map, timeline and tables from the prerendered HTML,
 * the region/community filter from the URL, keyboard tooltips, both languages, phone and desktop.
 * Expected figures come from the built Parquet files.
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
	await parquet.load(['countries', 'memberships']);
});
afterAll(async () => {
	await browser?.close();
	await parquet?.close();
});

describe.each([
	['en', '', 'Smart Africa: who is in, and since when'],
	['fr', '/fr', 'Smart Africa : qui en fait partie, et depuis quand']
])('home page (%s)', (lang, prefix, title) => {
	it('shows the map with 55 named countries, the timeline and the tables without JavaScript', async () => {
		const { page, close } = await openPage(browser, { javaScriptEnabled: false });
		await page.goto(`${site}${prefix}/`);
		await expect(page.locator('h1').textContent()).resolves.toBe(title);
		const shapes = page.locator('#membership-map-title').locator('xpath=..').locator('.country');
		await expect(shapes.count()).resolves.toBe(55);
		const names = await parquet.query<{ name: string }>(`SELECT name_${lang} AS name FROM countries ORDER BY name`);
		const labels = await shapes.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!));
		for (const { name } of names) expect(labels.some((l) => l.startsWith(`${name}.`))).toBe(true);

		const members = await parquet.query<{ n: number }>(
			"SELECT count(*)::INTEGER AS n FROM memberships WHERE status IN ('member', 'member-unconfirmed')"
		);
		await expect(page.locator('.accession circle').count()).resolves.toBe(members[0].n);
		const membersTable = page.locator('table').last();
		await expect(membersTable.locator('tbody tr').count()).resolves.toBe(members[0].n + 1); // + the country in process
		await expect(page.locator('.headlines dt').first().textContent()).resolves.toContain(String(members[0].n));
		await close();
	});

	it('narrows the breakdown, the highlighted countries and the members to ?rec=ECOWAS', async () => {
		const { page, errors, close } = await openPage(browser);
		await page.goto(`${site}${prefix}/?rec=ECOWAS`);
		await page.locator('.filtered').waitFor();
		const ecowas = await parquet.query<{ iso3: string; member: boolean }>(
			`SELECT c.iso3, m.iso3 IS NOT NULL AND m.status <> 'in-process-unconfirmed' AS member
			 FROM countries c LEFT JOIN memberships m USING (iso3) WHERE c.ecowas ORDER BY c.iso3`
		);
		const memberCount = ecowas.filter((c) => c.member).length;
		await expect(page.locator('.filtered').textContent()).resolves.toContain(`${memberCount}`);
		const dimmed = await page.locator('.country.dimmed').evaluateAll((els) => els.map((e) => e.getAttribute('data-iso3')));
		expect(dimmed).toHaveLength(55 - ecowas.length);
		for (const c of ecowas) expect(dimmed).not.toContain(c.iso3);
		const breakdownRows = page.locator('table').first().locator('tbody tr');
		await expect(breakdownRows.count()).resolves.toBe(2); // all of Africa, then ECOWAS
		await expect(breakdownRows.nth(1).locator('td').first().textContent()).resolves.toBe(`${memberCount}/${ecowas.length}`);
		await expect(page.locator('table').last().locator('tbody tr').count()).resolves.toBe(memberCount);
		await expect(page.locator('select').nth(1).inputValue()).resolves.toBe('ecowas');
		await screenshot(page, `home-${lang}-ecowas-1280`);
		expect(errors).toEqual([]);
		await close();
	});

	it('shows a tooltip when a country gets keyboard focus', async () => {
		const { page, close } = await openPage(browser);
		await page.goto(`${site}${prefix}/`);
		await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
		const togo = page.locator('.country[data-iso3="TGO"]');
		await togo.focus();
		const tooltip = page.locator('.map .tooltip');
		await tooltip.waitFor();
		const [name] = await parquet.query<{ name: string }>(`SELECT name_${lang} AS name FROM countries WHERE iso3 = 'TGO'`);
		await expect(tooltip.textContent()).resolves.toContain(name.name);
		await expect(tooltip.textContent()).resolves.toMatch(lang === 'fr' ? /novembre 2016/ : /November 2016/);
		await close();
	});

	it.each([360, 1280])('reads well at %i px', async (width) => {
		const { page, errors, close } = await openPage(browser, { viewport: { width, height: 900 } });
		await page.goto(`${site}${prefix}/`);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await screenshot(page, `home-${lang}-${width}`);
		expect(errors).toEqual([]);
		await close();
	});
});

it('drops a bad filter with a notice and shows all of Africa', async () => {
	const { page, errors, close } = await openPage(browser);
	await page.goto(`${site}/?rec=NATO`);
	await page.getByRole('status').filter({ hasText: '“NATO” is not a valid rec' }).waitFor();
	await expect(page.locator('.country.dimmed').count()).resolves.toBe(0);
	expect(errors).toEqual([]);
	await close();
});
