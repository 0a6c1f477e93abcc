/**
 * A comparison made with the keyboard alone (Tab, typing, arrows, Enter: no click, no programmatic focus):
 * add a country with the combobox, switch the chart type, open the table tab. Each chart announces what
 * it shows: an accessible name and a description in words.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sharedBrowser, openPage } from './browser.ts';

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => (browser = await sharedBrowser()));
afterAll(async () => browser?.close());

/** Presses Tab until `target` has the focus (at most `limit` times), as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 80) {
	for (let i = 0; i < limit; i++) {
		if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${target}`);
}

/** The chart's accessible name and description (its <desc> or aria-describedby), as a screen reader gets them. */
async function announcement(page: Page) {
	const chart = page.locator('.figure svg[role="img"]:visible').first();
	await chart.waitFor();
	return chart.evaluate((svg) => {
		const texts = (ids: string | null) => (ids ?? '').split(' ').filter(Boolean).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
		const name = svg.getAttribute('aria-label') ?? texts(svg.getAttribute('aria-labelledby'));
		const description = texts(svg.getAttribute('aria-describedby')) || (svg.querySelector('desc')?.textContent ?? '');
		return { name: name.trim(), description: description.trim() };
	});
}

describe('keyboard only', () => {
	it('completes a comparison on /compare: country, chart type, table', async () => {
		const { page, errors, close } = await openPage(browser);
		await page.goto(`${site}/compare`);
		await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));

		const line = await announcement(page);
		expect(line.name).toMatch(/Individuals using the Internet/);
		expect(line.description.length).toBeGreaterThan(40);

		const add = page.getByRole('combobox', { name: 'Add a country' });
		await tabTo(page, add);
		await page.keyboard.type('ghana');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await page.waitForURL(/countries=TGO,SEN,RWA,KEN,GHA/);
		await page.locator('.figure g.highlighted path[data-key="GHA"]').waitFor();

		// The chart types are a radio group: Tab reaches the checked one, arrows change it.
		const lineRadio = page.getByRole('radio', { checked: true }).and(page.locator('input[name="chart"]'));
		await tabTo(page, lineRadio);
		await page.keyboard.press('ArrowRight');
		await page.waitForURL(/chart=bar/);
		await page.locator('.figure[data-chart="bar"]').waitFor({ timeout: 60_000 });
		await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 60_000 });
		const bar = await announcement(page);
		expect(bar.name).not.toBe('');
		expect(bar.description.length).toBeGreaterThan(40);
		expect(bar.description).toMatch(/The chart ranks \d+ countries by .*Highest: .*; lowest: /);

		const chartTab = page.getByRole('tab', { name: 'Chart' });
		await tabTo(page, chartTab);
		await page.keyboard.press('ArrowRight');
		await page.waitForURL(/tab=table/);
		const table = page.getByRole('tabpanel').getByRole('table').first();
		await expect(table.isVisible()).resolves.toBe(true);
		await expect(table.textContent()).resolves.toMatch(/Ghana/);
		expect(errors).toEqual([]);
		await close();
	});
});
