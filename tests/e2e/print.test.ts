/**
 * The printed country profile, as Chromium prints it to A4, for every one of the 55 profiles in English
 * and in French: at most two pages, and no heading prints without anything under it. The page count of
 * each profile is written out (test-results/screenshots/print-pages-<lang>.txt) with the longest
 * profile's PDF, to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NodeEngine } from '../../src/lib/db/node.ts';
import { sharedBrowser, openPage, SCREENSHOT_DIR } from './browser.ts';

const site = inject('siteUrl');
let browser: Browser;
let codes: string[] = [];

beforeAll(async () => {
	browser = await sharedBrowser();
	const db = new NodeEngine();
	await db.load(['countries']);
	codes = (await db.query<{ iso3: string }>('SELECT iso3 FROM countries ORDER BY iso3')).map((r) => r.iso3);
	await db.close();
});
afterAll(() => browser?.close());

/**
 * Pages of a PDF as Chromium writes it (uncompressed object dictionaries): one `/Type /Page` object per
 * page, and the page tree's `/Count`. The two must agree, or the file is not read as this expects.
 */
function pageCount(pdf: Buffer): number {
	const text = pdf.toString('latin1');
	const objects = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
	const tree = /\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/.exec(text) ?? /\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/.exec(text);
	if (!tree || Number(tree[1]) !== objects) throw new Error(`page tree says ${tree?.[1] ?? 'nothing'}, ${objects} page objects`);
	return objects;
}

/** Headings shown in print whose section shows nothing else. */
const emptyHeadings = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll('main h2, main h3')]
			.filter((h) => h.getClientRects().length > 0)
			.filter((h) => {
				const section = h.parentElement!;
				const shown = [...section.children].filter((el) => el !== h && el.getClientRects().length > 0 && (el.textContent ?? '').trim() !== '');
				return shown.length === 0;
			})
			.map((h) => h.textContent!.trim())
	);

/** Profiles printed at a time, each in its own tab of one browser context. */
const TABS = 3;

describe.each([
	['en', ''],
	['fr', '/fr']
])('printed country profiles (%s)', (lang, prefix) => {
	it('fit two A4 pages, with no empty heading', { timeout: 600_000 }, async () => {
		const { page: first, close } = await openPage(browser, { javaScriptEnabled: false });
		const tabs = [first, ...(await Promise.all(Array.from({ length: TABS - 1 }, () => first.context().newPage())))];
		const pages = new Map<string, number>();
		const empty: string[] = [];
		let longest: { iso3: string; pages: number; pdf: Buffer } = { iso3: '', pages: 0, pdf: Buffer.alloc(0) };
		const queue = [...codes];
		await Promise.all(
			tabs.map(async (page) => {
				await page.emulateMedia({ media: 'print' });
				for (let iso3 = queue.shift(); iso3; iso3 = queue.shift()) {
					await page.goto(`${site}${prefix}/country/${iso3}`);
					empty.push(...(await emptyHeadings(page)).map((h) => `${prefix}/country/${iso3}: "${h}"`));
					const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
					const n = pageCount(pdf);
					pages.set(iso3, n);
					if (n > longest.pages) longest = { iso3, pages: n, pdf };
				}
			})
		);
		await close();
		mkdirSync(SCREENSHOT_DIR, { recursive: true });
		writeFileSync(`${SCREENSHOT_DIR}/country-longest-print-${lang}.pdf`, longest.pdf);
		writeFileSync(`${SCREENSHOT_DIR}/print-pages-${lang}.txt`, codes.map((c) => `${c}: ${pages.get(c)}`).join('\n') + '\n');
		expect(pages.size).toBe(codes.length);
		expect(empty).toEqual([]);
		expect(codes.filter((c) => pages.get(c)! > 2).map((c) => `${prefix}/country/${c}: ${pages.get(c)} pages`)).toEqual([]);
		expect(Math.min(...pages.values())).toBeGreaterThanOrEqual(1);
	});
});
