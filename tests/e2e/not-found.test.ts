/**
 * An address the site does not have gets the site's own not-found page, in the language of the address,
 * with its header and ways to search or browse, at 320, 360 and 1280 px; static hosts get the same page
 * as build/404.html and build/fr/404.html.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sharedBrowser, openPage, screenshot } from './browser.ts';

const site = inject('siteUrl');
const siteDir = process.env.SITE_DIR ?? 'build';
let browser: Browser;
beforeAll(async () => {
	browser = await sharedBrowser();
});
afterAll(() => browser?.close());

const CASES = [
	{ lang: 'fr', path: '/fr/indicator/does-not-exist', title: 'Page introuvable', nav: 'Indicateurs', search: '/fr/indicators' },
	{ lang: 'fr', path: '/fr/nulle/part?x=1', title: 'Page introuvable', nav: 'Indicateurs', search: '/fr/indicators' },
	{ lang: 'en', path: '/indicator/does-not-exist', title: 'Page not found', nav: 'Indicators', search: '/indicators' }
];

describe('not-found page', () => {
	it('is built for static hosts in both languages', () => {
		expect(existsSync(`${siteDir}/404.html`)).toBe(true);
		expect(existsSync(`${siteDir}/fr/404.html`)).toBe(true);
	});

	it.each(CASES)('$path answers 404 in its language, with the header and links to search and browse', async ({ lang, path, title, nav, search }) => {
		for (const width of [320, 360, 1280]) {
			const { page, errors, close } = await openPage(browser, { viewport: { width, height: 800 } });
			const failed: string[] = [];
			page.on('response', (r) => r.request().resourceType() !== 'document' && r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
			const response = await page.goto(`${site}${path}`);
			expect(response!.status()).toBe(404);
			await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
			await expect(page.locator('h1').textContent()).resolves.toBe(title);
			await expect(page.title()).resolves.toContain(title);
			// The site's header, styled (its stylesheet loaded from the page's own folder, not the asked address).
			await expect(page.locator('.site-header nav a', { hasText: nav }).count()).resolves.toBeGreaterThan(0);
			expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).display)).not.toBe('inline');
			// Links resolve to real pages of the same language.
			const searchLink = page.locator('main a').first();
			await expect(searchLink.count()).resolves.toBe(1);
			const href = await searchLink.evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname);
			expect(href).toBe(search);
			const links = await page.locator('main a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
			for (const link of links) expect((await page.request.get(link)).status(), link).toBe(200);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			expect(failed).toEqual([]);
			// Chromium logs the page's own 404 status as a console error; failed subresources are checked above.
			expect(errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
			if (path.includes('does-not-exist')) await screenshot(page, `not-found-${lang}-${width}`);
			await close();
		}
	});
});
