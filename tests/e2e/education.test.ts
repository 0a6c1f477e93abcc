/**
 * The education page in a real browser: every panel's prerendered default without JavaScript, the
 * level, chain, skill and pair controls with it (DuckDB-WASM), bad addresses, English and French, and
 * screenshots at 360 and 1280 px. Every number checked is read from the built Parquet files with native
 * DuckDB; the coverage counts come from the same function as `npm run data:report`.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NodeEngine } from '../../src/lib/db/node.ts';
import { formatNumber, formatValue } from '../../src/lib/i18n/format.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { indicatorCoverage, recentSince } from '../../src/lib/queries/coverage.ts';
import { sharedBrowser, openPage, screenshot } from './browser.ts';

const site = inject('siteUrl');
let browser: Browser;
let parquet: NodeEngine;
let names: Map<string, { en: string; fr: string }>;

beforeAll(async () => {
	browser = await sharedBrowser();
	parquet = new NodeEngine();
	await parquet.load(['observations', 'countries', 'memberships', 'indicators', 'projects', 'project_countries', 'sources']);
	const rows = await parquet.query<{ iso3: string; name_en: string; name_fr: string }>('SELECT iso3, name_en, name_fr FROM countries');
	names = new Map(rows.map((r) => [r.iso3, { en: r.name_en, fr: r.name_fr }]));
});
afterAll(async () => {
	await browser?.close();
	await parquet?.close();
});

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ').replace(/\s+/g, ' ').trim();
const share = (locale: Locale, v: number | null) => plain(formatValue(locale, v, 'percent', 1));

/** A country's latest value of an indicator and its year, from the Parquet files. */
async function latest(indicator: string, iso3: string): Promise<{ value: number; year: number } | null> {
	const [row] = await parquet.query<{ value: number; year: number }>(
		'SELECT arg_max(value, year) AS value, max(year)::INTEGER AS year FROM observations WHERE indicator = ? AND iso3 = ? HAVING count(*) > 0',
		[indicator, iso3]
	);
	return row ?? null;
}
async function reporting(indicators: string[]): Promise<string[]> {
	const rows = await parquet.query<{ iso3: string }>(
		`SELECT DISTINCT iso3 FROM observations WHERE indicator IN (${indicators.map(() => '?').join(', ')}) ORDER BY iso3`,
		indicators
	);
	return rows.map((r) => r.iso3);
}

/** Rows of the table captioned `caption`, as arrays of cell texts. */
async function tableRows(page: Page, caption: string | RegExp): Promise<string[][]> {
	const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
	await table.waitFor({ state: 'attached' });
	return (await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')))).map((cells) =>
		cells.map(plain)
	);
}
const rowOf = (rows: string[][], name: string) => rows.find((r) => r[0] === name);

/** Waits until the page runs and nothing is loading. */
async function ready(page: Page) {
	await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
	await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]') && !document.querySelector('.chart-status'), null, { timeout: 30_000 });
}

describe('education page without JavaScript (prerendered)', () => {
	it('draws every panel with real values, its table and its sources', async () => {
		const { page, close } = await openPage(browser, { javaScriptEnabled: false });
		await page.goto(`${site}/education`);
		// Schools: one dot-plot row per reporting country at the primary level, Togo's values with their years.
		const ids = ['schools-electricity-primary', 'schools-computers-primary', 'schools-internet-primary'];
		const countries = await reporting(ids);
		expect(await page.locator('#schools svg.dot-plot g.row').count()).toBe(countries.length);
		const schools = await tableRows(page, /^Schools with electricity, computers and Internet, primary/);
		expect(schools.length).toBe(countries.length);
		for (const iso3 of ['TGO', 'SEN', 'MUS']) {
			const row = rowOf(schools, names.get(iso3)!.en)!;
			const [e, c, i] = await Promise.all(ids.map((id) => latest(id, iso3)));
			expect(row.slice(2)).toEqual([e, c, i].map((v) => (v ? `${share('en', v.value)} (${v.year})` : 'no data')));
		}
		// Ordered by Internet: the first row has the highest share, the rows' shares never rise.
		const [{ max }] = await parquet.query<{ max: number }>(
			`SELECT max(v) AS max FROM (SELECT arg_max(value, year) AS v FROM observations WHERE indicator = 'schools-internet-primary' GROUP BY iso3)`
		);
		const order = await page.locator('#schools svg.dot-plot g.row').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-key')!));
		expect((await latest('schools-internet-primary', order[0]))!.value).toBe(max);
		const internetInOrder = (await Promise.all(order.map((iso3) => latest('schools-internet-primary', iso3)))).filter((v) => v).map((v) => v!.value);
		expect(internetInOrder).toEqual([...internetInOrder].sort((a, b) => b - a));
		await expect(page.locator('#schools .source-line').textContent()).resolves.toContain('SE_ACS_INTNT');

		// Skills: the number of reporting countries stated up front, copy-and-paste values and parity.
		const [{ n }] = await parquet.query<{ n: number }>(`SELECT count(DISTINCT iso3)::INTEGER AS n FROM observations WHERE indicator LIKE 'ict-skills-%'`);
		await expect(page.locator('#skills .up-front').textContent()).resolves.toContain(`Only ${n} of 55`);
		const skills = await tableRows(page, /ICT skill “Copy and paste”/);
		expect(skills.length).toBe((await reporting(['ict-skills-copy-paste-youth', 'ict-skills-copy-paste-youth-female', 'ict-skills-copy-paste-youth-male', 'ict-skills-copy-paste-adults', 'ict-skills-parity-copy-paste'])).length);
		const mus = rowOf(skills, 'Mauritius')!;
		const year = Number(mus[1]);
		const at = async (id: string) =>
			(await parquet.query<{ value: number }>('SELECT value FROM observations WHERE indicator = ? AND iso3 = ? AND year = ?', [id, 'MUS', year]))[0]?.value ?? null;
		expect(mus[2]).toBe(share('en', await at('ict-skills-copy-paste-youth-female')));
		expect(mus[3]).toBe(share('en', await at('ict-skills-copy-paste-youth-male')));
		expect(mus[6]).toBe(plain(formatNumber('en', (await at('ict-skills-parity-copy-paste'))!, 2)));

		// Against connectivity: schools with Internet against Internet use, with both years.
		const pair = await tableRows(page, /Schools with Internet for teaching – primary and Individuals using the Internet/);
		const sen = rowOf(pair, 'Senegal')!;
		const y = (await latest('schools-internet-primary', 'SEN'))!;
		expect(sen[1]).toBe(`${share('en', y.value)} (${y.year})`);
		const [x] = await parquet.query<{ value: number; year: number }>(
			`SELECT value, year FROM observations WHERE indicator = 'internet-users' AND iso3 = 'SEN' AND abs(year - ?) <= 3 ORDER BY abs(year - ?), year LIMIT 1`,
			[y.year, y.year]
		);
		expect(sen[2]).toBe(`${share('en', x.value)} (${x.year})`);
		expect(await page.locator('#connectivity svg circle[data-key]').count()).toBe(pair.filter((r) => r[2] !== 'no data').length);

		// Context: the years shown with each value.
		const context = await tableRows(page, 'Education context: latest value (year)');
		const lit = (await latest('literacy-adult', 'TGO'))!;
		expect(rowOf(context, 'Togo')).toContain(`${share('en', lit.value)} (${lit.year})`);

		// Programmes: the four seed programmes, each linked to its countries; reach as the data states it.
		const cards = page.locator('#programmes [data-programme]');
		expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-programme')))).toEqual([
			'tgo-ent',
			'sen-snsa-focus-elearning',
			'sen-imt-fablab-mooc',
			'mli-hub-iit'
		]);
		await expect(page.locator('[data-programme="tgo-ent"]').textContent()).resolves.toContain('8,400 students (planned)');
		const [{ beneficiaries }] = await parquet.query<{ beneficiaries: string }>(`SELECT beneficiaries FROM projects WHERE id = 'sen-snsa-focus-elearning'`);
		expect(beneficiaries).toContain('45 departments');
		await expect(page.locator('[data-programme="sen-snsa-focus-elearning"]').textContent()).resolves.toContain('45 departments');
		expect(await page.locator('[data-programme="mli-hub-iit"] .schools').getAttribute('data-iso3')).toBe('MLI');
		expect(await page.locator('[data-programme="sen-imt-fablab-mooc"] a[href$="/country/SEN"]').count()).toBe(1);
		await close();
	});

	it('shows coverage counts that match npm run data:report', async () => {
		const { page, close } = await openPage(browser, { javaScriptEnabled: false });
		await page.goto(`${site}/education`);
		const manifest = await (await fetch(`${site}/data/manifest.json`)).json();
		const since = recentSince(new Date(manifest.built).getUTCFullYear());
		const report = new Map((await indicatorCoverage(parquet, { since })).map((r) => [r.name_en, r]));
		const rows = await tableRows(page, 'Coverage of the indicators on this page');
		expect(rows.length).toBeGreaterThan(30);
		for (const [name, countries, years, recent] of rows) {
			const r = report.get(name)!;
			expect(r, name).toBeDefined();
			expect([countries, years, recent]).toEqual([`${r.countries}/${r.total_countries}`, `${r.first_year}–${r.last_year}`, `${r.recent_members}/${r.members}`]);
		}
		// The grid: Togo's latest year of Internet use, and the count above the column.
		const togo = page.locator('.coverage-grid tr[data-iso3="TGO"] td[data-column="internet-users"]');
		expect(Number(await togo.textContent())).toBe((await latest('internet-users', 'TGO'))!.year);
		const header = await page.locator('.coverage-grid th[data-column="internet-users"] .count').textContent();
		expect(header).toBe(`${report.get('Individuals using the Internet')!.countries}/55`);
		await close();
	});
});

describe('education page with JavaScript', () => {
	it('changes level, chain, skill and pair through the URL, querying DuckDB-WASM', async () => {
		const { page, errors, close } = await openPage(browser);
		await page.goto(`${site}/education`);
		await ready(page);
		await page.getByRole('radio', { name: 'Upper secondary' }).check();
		await page.waitForURL(/level=upper-secondary/);
		await page.locator('[data-panel="schools"][data-level="upper-secondary"]').waitFor();
		await ready(page);
		const ids = ['schools-electricity-upper-secondary', 'schools-computers-upper-secondary', 'schools-internet-upper-secondary'];
		const rows = await tableRows(page, /upper secondary: latest value \(year\)/);
		expect(rows.length).toBe((await reporting(ids)).length);
		const tgo = rowOf(rows, 'Togo')!;
		const internet = await latest('schools-internet-upper-secondary', 'TGO');
		expect(tgo[4]).toBe(internet ? `${share('en', internet.value)} (${internet.year})` : 'no data');

		// The chain: one row per country with all three shares, broken where the rule says.
		await page.getByRole('radio', { name: 'The chain' }).check();
		await page.waitForURL(/schools=chain/);
		const chainRows = page.locator('#schools .chain-chart g.row');
		await chainRows.first().waitFor();
		const all = await parquet.query<{ iso3: string }>(
			`SELECT iso3 FROM observations WHERE indicator IN (${ids.map(() => '?').join(', ')}) GROUP BY iso3 HAVING count(DISTINCT indicator) = 3`,
			ids
		);
		expect(await chainRows.count()).toBe(all.length);
		const mus = await Promise.all(ids.map((id) => latest(id, 'MUS')));
		if (mus.every((v) => v)) {
			const [e, c, i] = mus.map((v) => v!.value);
			const expected = e < 50 ? 'electricity' : Math.max(e - c, c - i) >= 10 ? (e - c >= c - i ? 'computers' : 'internet') : 'none';
			expect(await page.locator('#schools .chain-chart g.row[data-key="MUS"]').getAttribute('data-break')).toBe(expected);
		}

		await page.locator('#skills select').selectOption('programming');
		await page.waitForURL(/skill=programming/);
		await page.locator('[data-panel="skills"][data-skill="programming"]').waitFor();
		await ready(page);
		const skills = await tableRows(page, /ICT skill “Programming”/);
		expect(skills.length).toBe((await reporting(['ict-skills-programming-youth', 'ict-skills-programming-youth-female', 'ict-skills-programming-youth-male', 'ict-skills-programming-adults', 'ict-skills-parity-programming'])).length);

		await page.getByRole('radio', { name: 'Mobile-broadband price vs. Internet use' }).check();
		await page.waitForURL(/pair=price/);
		await page.locator('[data-panel="pair"][data-x="mobile-broadband-price-gni"]').waitFor();
		await ready(page);
		const pair = await tableRows(page, /Individuals using the Internet and Mobile-broadband price/);
		expect(pair.length).toBe((await reporting(['internet-users'])).length);
		expect(errors).toEqual([]);
		await close();
	});

	it('reads a full address, and drops bad parameters with notices', async () => {
		const { page, errors, close } = await openPage(browser);
		const [{ iso3 }] = await parquet.query<{ iso3: string }>(
			`SELECT iso3 FROM observations WHERE indicator = 'schools-electricity-lower-secondary' AND iso3 NOT IN ('TGO', 'SEN', 'MLI') ORDER BY iso3 LIMIT 1`
		);
		await page.goto(`${site}/fr/education?level=lower-secondary&skill=juggling&pair=electricity&countries=${iso3},XXX&foo=1`);
		await ready(page);
		const notices = plain((await page.locator('.notices').textContent()) ?? '');
		expect(notices).toContain('juggling');
		expect(notices).toContain('XXX');
		expect(notices).toContain('foo');
		await page.locator('[data-panel="schools"][data-level="lower-secondary"]').waitFor();
		await page.locator('[data-panel="pair"][data-y="schools-electricity-lower-secondary"][data-x="electricity-access"]').waitFor();
		await ready(page);
		// French numbers, the named country emphasised, the default skill kept.
		const rows = await tableRows(page, /premier cycle du secondaire : dernière valeur \(année\)/);
		const named = (await latest('schools-electricity-lower-secondary', iso3))!;
		expect(rowOf(rows, names.get(iso3)!.fr)![2]).toBe(`${share('fr', named.value)} (${named.year})`);
		expect(await page.locator('[data-panel="skills"]').getAttribute('data-skill')).toBe('copy-paste');
		expect(await page.locator(`#schools g.row[data-key="${iso3}"] text.label.emphasised`).count()).toBe(1);
		expect(errors).toEqual([]);
		await close();
	});

	it.each([
		['en', 1280],
		['en', 360],
		['fr', 1280],
		['fr', 360]
	] as const)('screenshot %s at %i px, with no horizontal overflow', async (locale, width) => {
		const { page, errors, close } = await openPage(browser, { viewport: { width, height: 900 } });
		await page.goto(`${site}${locale === 'fr' ? '/fr' : ''}/education`);
		await ready(page);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await screenshot(page, `education-${locale}-${width}`);
		expect(errors).toEqual([]);
		await close();
	});
});
