/** The build made with BASE_PATH=/atlas works from that sub-path, as on a GitHub Pages project site. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { sharedBrowser, openPage, screenshot } from './browser.ts';

const site = inject('subpathSiteUrl');
let browser: Browser;

beforeAll(async () => (browser = await sharedBrowser()));
afterAll(async () => browser?.close());

it('serves pages, links, data and queries under /atlas', async () => {
	expect(site).toMatch(/\/atlas$/);
	const { page, errors, close } = await openPage(browser);
	const failed: string[] = [];
	page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
	await page.goto(`${site}/`);
	await page.getByRole('link', { name: 'Indicators', exact: true }).first().click();
	await page.waitForURL(`${site}/indicators`);
	await page.getByRole('link', { name: 'Individuals using the Internet' }).click();
	await page.waitForURL(`${site}/indicator/internet-users`);
	const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	expect(hrefs.length).toBeGreaterThan(3);
	expect(hrefs.filter((h) => !h.startsWith('/atlas/') && h !== '/atlas')).toEqual([]);

	// A query in the browser fetches the engine and the data under the sub-path.
	const dataRequests: string[] = [];
	page.on('request', (r) => r.url().includes('/data/') && dataRequests.push(new URL(r.url()).pathname));
	await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
	await page.getByRole('combobox', { name: 'Year of the ranking' }).selectOption('2012');
	await page.locator('caption', { hasText: 'All countries, 2012' }).waitFor();
	expect(dataRequests.length).toBeGreaterThan(0);
	expect(dataRequests.every((p) => p.startsWith('/atlas/data/'))).toBe(true);

	await page.goto(`${site}/fr/sources`);
	await expect(page.locator('h1').textContent()).resolves.toBe('Sources, licences et méthode');
	await screenshot(page, 'subpath-fr-sources-1280');
	expect(failed).toEqual([]);
	expect(errors).toEqual([]);
	await close();
});
