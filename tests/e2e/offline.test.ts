/**
 * Offline, a page never opened on this device gets a page in its language saying so and listing the
 * pages kept for offline reading (service worker), instead of the browser's own error.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sharedBrowser, screenshot } from './browser.ts';

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await sharedBrowser();
});
afterAll(() => browser?.close());

describe('offline, a page not yet visited', () => {
	it('says so in its language and links the pages that work offline', async () => {
		const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
		const page = await context.newPage();
		for (const path of ['/compare', '/fr/sources']) {
			await page.goto(`${site}${path}`);
			await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active !== null && navigator.serviceWorker.controller !== null);
			await page.waitForFunction(async () => Boolean(await caches.match(location.href)));
		}
		await context.setOffline(true);

		await page.goto(`${site}/projects`);
		await expect(page.locator('h1').textContent()).resolves.toBe('You are offline');
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
		const english = await page.locator('main li a').evaluateAll((as) => as.map((a) => [new URL((a as HTMLAnchorElement).href).pathname, a.textContent]));
		expect(english.map(([path]) => path)).toEqual(['/compare']);
		expect(english[0][1]).toMatch(/Compare/);
		await screenshot(page, 'offline-en-360');
		// The kept page opens from the list.
		await page.locator('main li a').first().click();
		await expect(page.locator('h1').textContent()).resolves.toBe('Compare countries');

		await page.goto(`${site}/fr/projects`);
		await expect(page.locator('h1').textContent()).resolves.toBe('Vous êtes hors ligne');
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
		const french = await page.locator('main li a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(french).toEqual(['/fr/sources']);
		await expect(page.getByRole('link', { name: 'Réessayer' }).getAttribute('href')).resolves.toBe(`${site}/fr/projects`);
		await screenshot(page, 'offline-fr-360');
		await context.close();
	});
});
