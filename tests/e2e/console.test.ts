/**
 * The SQL console in a real browser, in French and English: a result far too large for the page
 * (`repeat('x', 200000000)`) is capped and explained instead of crashing the tab; refused statements
 * are named in the page's language; errors point at the reader's own line, once.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { sharedBrowser, openPage, SCREENSHOT_DIR, TAKE_SCREENSHOTS } from './browser.ts';

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await sharedBrowser();
});
afterAll(() => browser?.close());

/**
 * Types a query, runs it, and waits for the console to finish. It types once the page has started (the
 * Run button is enabled then): a fill made while the page hydrated lost its selection and was appended to
 * the example query ("… DESCATTACH 'other.db'", once in a fresh-clone CI run).
 */
async function run(page: Page, sql: string) {
	await page.locator('.console button.primary:not([disabled])').waitFor();
	await page.locator('.console textarea').fill(sql);
	await page.locator('.console button.primary:not([disabled])').click();
	await page.waitForFunction(() => document.querySelector('.console button.primary:not([disabled])') !== null, null, { timeout: 120_000 });
}

/** The console alone (the data page is long): what to look at. */
async function screenshot(page: Page, name: string) {
	if (!TAKE_SCREENSHOTS) return;
	mkdirSync(SCREENSHOT_DIR, { recursive: true });
	await page.locator('.console').screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}

const alertText = async (page: Page) => (await page.locator('.console [role="alert"]').first().textContent())!.trim();

describe('the SQL console', () => {
	it('caps a huge result and says so, in French, without crashing the tab', async () => {
		const { page, errors, close } = await openPage(browser, { viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });
		let crashed = false;
		page.on('crash', () => (crashed = true));
		await page.goto(`${site}/fr/data`);
		// The row-limit menu writes its numbers as French does (a narrow space between thousands).
		const limits = await page.getByRole('combobox', { name: 'Nombre maximal de lignes' }).locator('option').allTextContents();
		expect(limits.map((l) => l.replace(/[\u202f\u00a0]/g, ' '))).toEqual(['100', '1 000', '10 000']);
		await run(page, "SELECT repeat('x', 200000000) AS grand");
		expect(crashed).toBe(false);
		expect(await alertText(page)).toBe(
			'Le résultat dépasse 8 Mo, plus que cette page ne peut afficher : rien n’est affiché. Sélectionnez moins de lignes ou des valeurs plus courtes (par exemple left(colonne, 100)).'
		);
		await screenshot(page, 'console-too-large-fr-360');
		// The tab still works: the next query answers.
		await run(page, 'SELECT count(*) AS n FROM countries');
		await expect(page.locator('.console table tbody tr').first().textContent()).resolves.toContain('55');
		expect(await page.locator('.console [role="alert"]').count()).toBe(0);

		// Refused statements, named, in French.
		await run(page, "COPY observations TO 'copie.csv'");
		expect(await alertText(page)).toBe(
			'Cette console ne fait que lire les tables du site : l’instruction « COPY » est refusée. Les requêtes de lecture (SELECT, WITH, DESCRIBE, SUMMARIZE) sont acceptées.'
		);
		await run(page, 'INSTALL spatial');
		expect(await alertText(page)).toContain('l’instruction « INSTALL » est refusée');
		await run(page, 'SELECT 1;\nSELECT 2');
		expect(await alertText(page)).toBe('Cette console exécute une requête à la fois : le texte contient 2 instructions, et la deuxième (« SELECT 2 ») est refusée. Exécutez-les une par une.');
		await screenshot(page, 'console-refused-fr-360');

		// An error at the reader's own line 2, said once, without the wrapper.
		await run(page, 'SELECT iso3\nFROM nulle_part');
		const error = await alertText(page);
		expect(error).toMatch(/^La requête a échoué : Catalog Error: Table with name nulle_part does not exist!/);
		expect(error.match(/LINE 2: FROM nulle_part/g)).toHaveLength(1);
		expect(error).not.toMatch(/console_query|LIMIT 1001|INSTALL|LOAD/);
		expect(errors.filter((e) => !/^console: /.test(e))).toEqual([]);
		await close();
	});

	it('shows the rows that fit when only part of a result is too large (English, 1280 px)', async () => {
		const { page, close } = await openPage(browser, { serviceWorkers: 'block' });
		const engineRequests: string[] = [];
		page.on('request', (r) => /duckdb-(eh-part|browser-eh\.worker)/.test(r.url()) && engineRequests.push(r.url()));
		await page.goto(`${site}/data`);
		await expect(page.getByRole('combobox', { name: 'Row limit' }).locator('option').allTextContents()).resolves.toEqual(['100', '1,000', '10,000']);
		// A refused statement is answered at once, without downloading the engine for it.
		await run(page, "ATTACH 'other.db'");
		expect(await alertText(page)).toBe(
			'This console only reads the site’s tables: the statement “ATTACH” is refused. Queries that read (SELECT, WITH, DESCRIBE, SUMMARIZE) are accepted.'
		);
		expect(engineRequests).toEqual([]);
		// 3 MB per row: two rows fit under 8 MB, the third does not.
		await run(page, "SELECT i, repeat('x', 3000000) AS big FROM range(10) t(i)");
		expect(await alertText(page)).toBe('The result is larger than 8 MB: only the first 2 rows are shown.');
		await expect(page.locator('.console [role="status"]').textContent()).resolves.toMatch(/^2 rows, in \d+ ms\.$/);
		expect(engineRequests.length).toBeGreaterThan(0);
		await screenshot(page, 'console-too-large-en-1280');
		await close();
	});
});
