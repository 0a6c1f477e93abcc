/**
 * The site search in a real browser (issue 17): the header's field fetches its index only when focused;
 * typing lists results, the keyboard picks one and Enter opens it; French pages search in French; on a
 * 360 px phone the field opens from a button without widening the page; the results page lists
 * everything without JavaScript and its form works; axe finds nothing serious with the list open.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sharedBrowser, openPage, screenshot } from './browser.ts';
import { settled } from './pages.ts';

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => (browser = await sharedBrowser()));
afterAll(async () => browser?.close());

/** Requests for the search index, as the page makes them. */
function indexRequests(page: Page): string[] {
	const seen: string[] = [];
	page.on('request', (r) => r.url().includes('search-index.json') && seen.push(new URL(r.url()).pathname));
	return seen;
}
const field = (page: Page) => page.locator('#site-search-input');
const button = (page: Page) => page.locator('.site-search button[type="submit"]');
const options = (page: Page) => page.locator('#site-search-listbox [role="option"]');
const focused = (page: Page) => expect.poll(() => field(page).evaluate((el) => el === document.activeElement)).toBe(true);

/** Opens the header's field from its button, as a reader does. */
async function openField(page: Page) {
	await button(page).click();
	await focused(page);
}

describe('the header search field', () => {
	it('fetches the index only once focused, lists results as you type, and Enter opens the highlighted one', async () => {
		const { page, errors, close } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
		try {
			const requests = indexRequests(page);
			await page.goto(`${site}/indicator/internet-users`);
			await settled(page);
			expect(requests).toEqual([]);
			// Its button is reached with Tab from the navigation's last link, as a keyboard user does; Enter opens the field.
			await page.locator('.site-header nav a').last().focus();
			await page.keyboard.press('Tab');
			expect(await button(page).evaluate((el) => el === document.activeElement)).toBe(true);
			expect(requests).toEqual([]);
			await page.keyboard.press('Enter');
			await focused(page);
			await expect.poll(() => requests).toEqual(['/search-index.json']);
			expect(page.url()).toBe(`${site}/indicator/internet-users`);
			// Open, it takes the navigation's place on the header's one row.
			expect(await page.locator('.site-header nav').isVisible()).toBe(false);
			await page.keyboard.type('senegl');
			await expect.poll(() => options(page).first().textContent()).toBe('Senegal');
			expect(await field(page).getAttribute('aria-expanded')).toBe('true');
			await screenshot(page, 'search-header-en-1280');
			await page.keyboard.press('ArrowDown');
			expect(await field(page).getAttribute('aria-activedescendant')).toBe(await options(page).first().getAttribute('id'));
			await page.keyboard.press('Enter');
			await page.waitForURL(`${site}/country/SEN`);
			await expect.poll(() => page.locator('h1').textContent()).toContain('Senegal');
			expect(await page.locator('.site-header nav').isVisible()).toBe(true);
			// The next search on another page needs no second download.
			await openField(page);
			await page.keyboard.type('internet');
			await expect.poll(() => options(page).count()).toBeGreaterThan(2);
			expect(requests).toHaveLength(1);
			await page.keyboard.press('Escape');
			expect(await field(page).getAttribute('aria-expanded')).toBe('false');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('searches in French on French pages, and Enter with nothing highlighted opens the results page', async () => {
		const { page, errors, close } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
		try {
			const requests = indexRequests(page);
			await page.goto(`${site}/fr/compare`);
			await settled(page);
			await openField(page);
			await page.keyboard.type('éducation');
			await expect.poll(() => options(page).first().textContent()).toBe('Éducation');
			expect(await options(page).first().getAttribute('href')).toMatch(/\/fr\/education$/);
			expect(requests).toEqual(['/fr/search-index.json']);
			expect(await page.locator('#site-search-listbox [role="group"]').first().textContent()).toMatch(/^Pages/);
			await page.keyboard.press('Enter');
			await page.waitForURL(/\/fr\/search\?q=%C3%A9ducation$/);
			const status = page.locator('.search-page [role="status"]');
			await expect.poll(() => status.textContent()).toMatch(/résultats pour « éducation »/);
			expect(await page.locator('#search-page-q').inputValue()).toBe('éducation');
			expect(await page.locator('.search-page h2').first().textContent()).toMatch(/^Pages/);
			// Filtering as you type, with the address kept in step.
			await page.locator('#search-page-q').fill('cote divoire');
			await expect.poll(() => page.locator('.search-page li a').allTextContents()).toEqual(["Côte d'Ivoire"]);
			expect(page.url()).toMatch(/\?q=cote%20divoire$/);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('at 360 px: a button opens the field, the list fits the screen, the page never scrolls sideways', async () => {
		const { page, errors, close } = await openPage(browser, { viewport: { width: 360, height: 740 } });
		try {
			await page.goto(`${site}/fr/indicator/internet-users`);
			await settled(page);
			const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(await field(page).isVisible()).toBe(false);
			const box = (await button(page).boundingBox())!;
			expect(box.width).toBeGreaterThanOrEqual(44);
			// The button shares the first row with the brand and the language switch.
			const brand = (await page.locator('.brand').boundingBox())!;
			expect(Math.abs(box.y + box.height / 2 - (brand.y + brand.height / 2))).toBeLessThan(12);
			await button(page).focus();
			await page.keyboard.press('Enter');
			await focused(page);
			expect(page.url()).toBe(`${site}/fr/indicator/internet-users`);
			await page.keyboard.type('sen');
			await expect.poll(() => options(page).first().textContent()).toBe('Sénégal');
			const popup = (await page.locator('.site-search .popup').boundingBox())!;
			expect(popup.x).toBeGreaterThanOrEqual(0);
			expect(popup.x + popup.width).toBeLessThanOrEqual(360);
			expect(await overflow()).toBeLessThanOrEqual(0);
			await screenshot(page, 'search-header-fr-360');
			await page.keyboard.press('ArrowDown');
			await page.keyboard.press('Enter');
			await page.waitForURL(`${site}/fr/country/SEN`);
			expect(await overflow()).toBeLessThanOrEqual(0);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('the results page without JavaScript', () => {
	it.each([
		['/search', ['Pages', 'Countries', 'Indicators', 'Projects'], 'Senegal'],
		['/fr/search', ['Pages', 'Pays', 'Indicateurs', 'Projets'], 'Sénégal']
	])('%s lists everything by kind, and both forms lead to it', async (path, kinds, senegal) => {
		const { page, close } = await openPage(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
		try {
			await page.goto(`${site}${path}?q=sen`);
			const headings = await page.locator('.search-page h2').allTextContents();
			expect(headings.map((h) => h.replace(/\s*\(.*$/, ''))).toEqual(kinds);
			const countries = page.locator('#results-country + ul a');
			expect(await countries.count()).toBe(55);
			const link = page.locator('.search-page a', { hasText: new RegExp(`^${senegal}$`) });
			expect(await link.evaluate((a) => (a as HTMLAnchorElement).pathname)).toBe(`${path.replace('/search', '')}/country/SEN`);
			expect(await page.locator('#results-indicator + ul a').count()).toBeGreaterThan(100);
			// The page's own form, and the header's (a button on a phone), submit to this page.
			await page.locator('#search-page-q').fill('mali');
			await Promise.all([page.waitForURL(/\?q=mali$/), page.locator('.search-page button[type="submit"]').click()]);
			await Promise.all([page.waitForURL(new RegExp(`${path}\\?q=$`)), button(page).click()]);
		} finally {
			await close();
		}
	});
});

describe('accessibility with the list open', () => {
	const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
	it.each([
		['/search?q=niger', 1280],
		['/fr/search?q=niger', 360]
	])('%s at %i px: no serious or critical violation', async (path, width) => {
		const { page, close } = await openPage(browser, { viewport: { width, height: 800 } });
		try {
			await page.goto(`${site}${path}`);
			await settled(page);
			await openField(page);
			await page.keyboard.type('niger');
			await options(page).first().waitFor();
			await page.keyboard.press('ArrowDown');
			await page.evaluate(axeSource);
			const violations = await page.evaluate(async () => {
				type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
				const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<Result> } }).axe;
				return (await axe.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } })).violations;
			});
			const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			expect(serious).toEqual([]);
		} finally {
			await close();
		}
	});
});
