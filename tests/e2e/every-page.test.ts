/**
 * Every page type, in English and French, loaded once per width with every whole-site check run on that
 * one load (a page load is the costliest step of the browser suite: 1–2 s of CPU for a chart page, so three
 * sweeps that each loaded every page — 104 loads — became this one of 65):
 * - the content security policy holds (hashes, no 'unsafe-inline' script) and nothing violates it, recorded
 *   from before the first script runs; no uncaught error or console error;
 * - on a phone (320 and 360 px) no page scrolls sideways (issue 19);
 * - axe-core finds no serious or critical violation, touch targets included: the French page at a phone's
 *   width (most readers), the English one at a desktop's, so each page type is scanned in both layouts and
 *   both languages.
 * The controls that prove each check sees a failure, and the checks on states other than a page's default
 * (the compare page's other charts, the tier, the SQL console), are in csp.test, a11y.test and phone-first.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { sharedBrowser, openPage, openTab, screenshot } from './browser.ts';
import { pageTypes, policyOf, recordViolations, settled } from './pages.ts';

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => (browser = await sharedBrowser()));
afterAll(async () => {
	for (const context of contexts.values()) await (await context).close();
	await browser?.close();
});

/**
 * At 320 px each page type is a first visit, in a browser context of its own (no service worker yet,
 * nothing cached). At 360 and 1280 px the loads of a width share one context, each in a tab of its own, as
 * a reader going from page to page: pages then come under the site's service worker, what a returning
 * reader gets (and about 0.15 s less CPU a load than a context each: measured on the whole sweep with
 * every load in its own context, 109 against 99 s).
 */
const contexts = new Map<number, Promise<BrowserContext>>();
const viewport = (width: number) => ({ width, height: width < 768 ? 740 : 800 });
async function openLoad(width: number) {
	if (width === 320) return openPage(browser, { viewport: viewport(width) });
	if (!contexts.has(width)) contexts.set(width, browser.newContext({ viewport: viewport(width) }));
	return openTab(await contexts.get(width)!);
}

/** How far the page reaches past the viewport, and the elements that stick out furthest (for the message). */
async function sideways(page: Page) {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const out: string[] = [];
		for (const el of document.body.querySelectorAll('*')) {
			const r = el.getBoundingClientRect();
			if (r.right > width + 0.5 && r.width > 0) {
				let inScroller = false;
				for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
					const o = getComputedStyle(p).overflowX;
					if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') inScroller = true;
				}
				if (!inScroller) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} → ${Math.round(r.right)}`);
			}
		}
		return { overflow: document.documentElement.scrollWidth - window.innerWidth, culprits: out.slice(0, 8) };
	});
}

const SCREENSHOTS_AT_360 = ['/sources', '/fr/sources', '/indicator/internet-users', '/fr/compare'];

/** The loads: each page type at 320 and 360 px, and the English ones at 1280 px too. */
const loads = pageTypes().flatMap(({ path, locale }) => [
	{ path, width: 320, axe: false },
	{ path, width: 360, axe: locale === 'fr' },
	...(locale === 'en' ? [{ path, width: 1280, axe: true }] : [])
]);

// Two loads run at once (the project's maxConcurrency), which overlaps one page's network waits with
// another's checks.
describe.concurrent('every page type, once per width', () => {
	for (const { path, width, axe } of loads) {
		const checks = ['its content security policy holds', ...(width < 768 ? ['it does not scroll sideways'] : []), ...(axe ? ['axe finds no serious or critical violation'] : [])];
		it(`${path} at ${width} px: ${checks.join(', ')}`, async ({ expect }) => {
			const { page, errors, close } = await openLoad(width);
			try {
				const violations = await recordViolations(page);
				await page.goto(`${site}${path}`);
				await settled(page);
				const policy = (await policyOf(page))!;
				expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
				expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
				if (width < 768) {
					const { overflow, culprits } = await sideways(page);
					expect(overflow, `${path} at ${width}: ${culprits.join(', ')}`).toBeLessThanOrEqual(0);
				}
				if (width === 360 && SCREENSHOTS_AT_360.includes(path)) await screenshot(page, `phone-${path.replace(/\//g, '_')}-${width}`);
				if (axe) expect(await seriousViolations(page)).toEqual([]);
				await expect(violations()).resolves.toEqual([]);
				expect(errors).toEqual([]);
			} finally {
				await close();
			}
		});
	}
});
