/**
 * The printed country profile, as Chromium prints it to A4: no heading prints without anything under it,
 * for every one of the 55 profiles in English and in French. The page count of each is written out
 * (test-results/screenshots/print-pages-<lang>.txt): fitting two pages is not yet achieved for all
 * (23 French and 3 English profiles print three), so it is measured here, not asserted.
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

/** Pages of a PDF as Chromium writes it: one `/Type /Page` object per page. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

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

describe.each([
	['en', ''],
	['fr', '/fr']
])('printed country profiles (%s)', (lang, prefix) => {
	it('print no empty heading', { timeout: 600_000 }, async () => {
		const { page, close } = await openPage(browser, { javaScriptEnabled: false });
		await page.emulateMedia({ media: 'print' });
		const tooLong: string[] = [];
		let longest = { iso3: '', pages: 0 };
		for (const iso3 of codes) {
			await page.goto(`${site}${prefix}/country/${iso3}`);
			expect(await emptyHeadings(page), `${prefix}/country/${iso3}`).toEqual([]);
			const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
			const pages = pageCount(pdf);
			expect(pages).toBeGreaterThanOrEqual(1);
			if (pages > 2) tooLong.push(`${iso3}: ${pages} pages`);
			mkdirSync(SCREENSHOT_DIR, { recursive: true });
			if (pages > longest.pages) {
				longest = { iso3, pages };
				writeFileSync(`${SCREENSHOT_DIR}/country-longest-print-${lang}.pdf`, pdf);
			}
		}
		writeFileSync(`${SCREENSHOT_DIR}/print-pages-${lang}.txt`, `${tooLong.join('\n')}\n`);
		await close();
	});
});
