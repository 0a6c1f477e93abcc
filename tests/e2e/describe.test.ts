/**
 * Charts that describe themselves, and the data behind each chart: the summary under a chart is in the
 * prerendered HTML (no scripts), in French with French numbers, the same words as the chart's <desc>,
 * and it follows the view when a control changes it; the share dialog's CSV holds exactly the rows of the
 * chart's table on the page, with the source, licence and dataset version.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { downloadBytes, openPage, screenshot, sharedBrowser } from './browser.ts';

const site = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await sharedBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ').replace(/\s+/g, ' ').trim();

/** The summary shown under the compare chart and its SVG's description. */
async function summaryAndDesc(page: Page) {
	const summary = plain((await page.locator('#compare-figure .chart-summary').first().textContent()) ?? '');
	const desc = plain((await page.locator('#compare-figure svg[aria-labelledby] > desc').first().textContent()) ?? '');
	return { summary, desc };
}

async function ready(page: Page, chart: string) {
	await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
	await page.locator(`.figure[data-chart="${chart}"]`).waitFor();
	await page.waitForFunction(
		() => !document.querySelector('[aria-busy="true"]') && !document.querySelector('.chart-status') && !document.querySelector('.share-button[aria-disabled="true"]')
	);
}

describe('a chart’s summary', () => {
	it('is in the prerendered French page, with French numbers, and is the chart’s description', async () => {
		const { page, close } = await openPage(browser, { javaScriptEnabled: false });
		try {
			await page.goto(`${site}/fr/compare`);
			const { summary, desc } = await summaryAndDesc(page);
			expect(summary).toBe(desc);
			expect(summary).toMatch(/^Le graphique montre l’indicateur « Personnes utilisant Internet \(% de la population\) » pour \d+ pays, de \d{4} à \d{4}\./);
			// French numbers: decimal comma and a space before %, never an English decimal point.
			expect(summary).toMatch(/\d,\d %/);
			expect(summary).not.toMatch(/\d\.\d/);
			// The default selection is named, with its rank.
			expect(summary).toMatch(/Sénégal : [^;]* en \d{4}, [^;]* en \d{4}, rang \d+ sur \d+ en partant du plus haut/);
			// Under the chart, where everyone reads it, and linked to it for assistive technology.
			await expect(page.locator('#compare-figure .chart-summary').first().isVisible()).resolves.toBe(true);
		} finally {
			await close();
		}
	});

	it('follows the view when a control changes it', async () => {
		const { page, errors, close } = await openPage(browser);
		try {
			await page.goto(`${site}/compare?countries=TGO,SEN&from=2010&to=2023`, { waitUntil: 'networkidle' });
			await ready(page, 'line');
			const line = await summaryAndDesc(page);
			expect(line.summary).toBe(line.desc);
			expect(line.summary).toMatch(/^The chart shows “Individuals using the Internet \(% of population\)” for \d+ countries, from 2010 to 2023\./);
			expect(line.summary).toMatch(/Togo: [\d.]+% in \d{4}, [\d.]+% in \d{4}, rank \d+ of \d+ from the highest/);
			expect(line.summary).not.toContain('Rwanda');
			await page.getByRole('radio', { name: 'Bar' }).check();
			await page.waitForURL(/chart=bar/);
			await ready(page, 'bar');
			const bar = await summaryAndDesc(page);
			expect(bar.summary).toBe(bar.desc);
			expect(bar.summary).toMatch(/^The chart ranks \d+ countries by “Individuals using the Internet \(% of population\)”/);
			expect(bar.summary).toMatch(/Senegal: [\d.]+%, rank \d+ of \d+ from the highest/);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('a chart’s data as CSV', () => {
	it('downloads exactly the rows of the chart’s table, unformatted, with source, licence and dataset version', async () => {
		const { page, errors, close } = await openPage(browser);
		try {
			await page.goto(`${site}/fr/compare?countries=TGO,SEN&from=2010&to=2023`, { waitUntil: 'networkidle' });
			await ready(page, 'line');
			const table = page.locator('#compare-figure table').first();
			const headers = (await table.locator('thead th').allTextContents()).map((h) => plain(h.replace(/[▲▼↕]/g, '')));
			const rows = (await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')))).map((r) =>
				r.map(plain)
			);
			const sourceLine = plain((await page.locator('#compare-figure .source-line').first().textContent()) ?? '');
			const manifest = await (await fetch(`${site}/data/manifest.json`)).json();

			await page.locator('button[data-share="compare-figure"]').click();
			await page.locator('dialog.share-dialog').waitFor({ state: 'visible' });
			const button = page.locator('button[data-download="csv"]');
			await expect(button.textContent()).resolves.toBe('CSV (données de ce graphique)');
			await button.focus();
			const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
			expect(download.suggestedFilename()).toBe('internet-users_TGO-SEN_2010-2023.csv');
			const text = (await downloadBytes(download)).toString('utf8');
			expect(text.startsWith('\uFEFF')).toBe(true);
			const lines = text.slice(1).trimEnd().split('\r\n');
			// A plain CSV: no quoted commas in these rows except the source column, which is quoted.
			const parse = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1].replace(/^"|"$/g, '').replaceAll('""', '"')).slice(0, -1);
			const header = parse(lines[0]);
			expect(header).toEqual([...headers, 'Source', 'Licence', 'Version des données']);
			expect(lines.length - 1).toBe(rows.length);
			lines.slice(1).forEach((line, i) => {
				const cells = parse(line);
				expect(cells).toHaveLength(header.length);
				rows[i].forEach((shown, j) => {
					if (/^pas de données$/.test(shown)) expect(cells[j]).toBe('');
					else if (/%$/.test(shown)) {
						// The page shows 37,6 %; the file holds the number itself, which rounds to it.
						const number = Number(cells[j]);
						expect(Number.isFinite(number)).toBe(true);
						expect(number.toFixed(1)).toBe(shown.replace(' %', '').replace(',', '.'));
					} else expect(cells[j]).toBe(shown);
				});
				expect(plain(cells[header.length - 3])).toBe(sourceLine);
				expect(cells[header.length - 2]).toMatch(/^CC BY/);
				expect(cells[header.length - 1]).toBe(manifest.version);
			});
			await screenshot(page, 'describe-share-dialog-fr');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});
