/**
 * The compare page in a real browser: the prerendered default view without JavaScript; the pickers,
 * peer groups, chart types, tabs, keyboard and touch with it; URLs with every parameter, valid and not,
 * in English and French; screenshots of every chart type at 360 and 1280 px. Every number checked in a
 * table is read from the built Parquet files with native DuckDB, and medians are worked out here.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NodeEngine } from '../../src/lib/db/node.ts';
import { formatValue } from '../../src/lib/i18n/format.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { sharedBrowser, openPage, screenshot } from './browser.ts';

const site = inject('siteUrl');
const subpathSite = inject('subpathSiteUrl');
let browser: Browser;
let parquet: NodeEngine;
/** Country names (both languages) and Smart Africa membership, from the Parquet files. */
let countries: { iso3: string; name_en: string; name_fr: string; member: boolean; ecowas: boolean }[];

beforeAll(async () => {
	browser = await sharedBrowser();
	parquet = new NodeEngine();
	await parquet.load(['observations', 'countries', 'memberships', 'indicators']);
	countries = await parquet.query(
		`SELECT iso3, name_en, name_fr, ecowas,
		        iso3 IN (SELECT iso3 FROM memberships WHERE org = 'smart-africa' AND status IN ('member', 'member-unconfirmed')) AS member
		 FROM countries ORDER BY iso3`
	);
});
afterAll(async () => {
	await browser?.close();
	await parquet?.close();
});

async function valueOf(indicator: string, iso3: string, year: number): Promise<number | null> {
	const [row] = await parquet.query<{ value: number }>('SELECT value FROM observations WHERE indicator = ? AND iso3 = ? AND year = ?', [
		indicator,
		iso3,
		year
	]);
	return row?.value ?? null;
}
async function unitOf(indicator: string) {
	const [row] = await parquet.query<{ unit: string; decimals: number }>('SELECT unit, decimals FROM indicators WHERE id = ?', [indicator]);
	return row;
}
/** The value as the page must show it, formatted from the Parquet value. */
async function expected(indicator: string, iso3: string, year: number, locale: Locale = 'en') {
	const { unit, decimals } = await unitOf(indicator);
	return plain(formatValue(locale, await valueOf(indicator, iso3, year), unit, decimals));
}
function median(values: number[]) {
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
const iso3Of = (name: string) => countries.find((c) => c.name_en === name || c.name_fr === name)!.iso3;

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ').trim();

/** Rows of the table captioned `caption`, as arrays of cell texts (header row excluded). */
async function tableRows(page: Page, caption: string | RegExp): Promise<string[][]> {
	const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
	await table.waitFor({ state: 'attached' });
	return (await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')))).map((cells) =>
		cells.map(plain)
	);
}
async function tableHeaders(page: Page, caption: string | RegExp): Promise<string[]> {
	const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
	return (await table.locator('thead th').allTextContents()).map((h) => plain(h.replace(/[▲▼↕]/g, '')));
}

/** Waits until the page runs (controls enabled) and the chart shown is of this type with nothing loading. */
async function ready(page: Page, chart?: string) {
	await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
	if (chart) await page.locator(`.figure[data-chart="${chart}"]`).waitFor();
	// The progress shows only after 300 ms; the share button waits from the first moment the chart is not
	// the address's view, so it says when the chart has caught up with the URL.
	await page.waitForFunction(
		() => !document.querySelector('[aria-busy="true"]') && !document.querySelector('.chart-status') && !document.querySelector('.share-button[aria-disabled="true"]')
	);
}

describe('without JavaScript', () => {
	it('shows the default line chart, its tables and source from the prerendered HTML', async () => {
		const { page, close } = await openPage(browser, { javaScriptEnabled: false });
		await page.goto(`${site}/compare`);
		await expect(page.locator('h1').textContent()).resolves.toBe('Compare countries');
		const chart = page.getByRole('img', { name: /Individuals using the Internet, 1990–2023/ });
		await expect(chart.isVisible()).resolves.toBe(true);
		await expect(chart.locator('g.highlighted path').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-key')))).resolves.toEqual([
			'TGO',
			'SEN',
			'RWA',
			'KEN'
		]);
		await expect(chart.locator('g.context path').count()).resolves.toBeGreaterThan(40);
		// Both groups' medians are drawn, and labelled.
		await expect(chart.locator('g.references path[data-key]').count()).resolves.toBe(2);
		await expect(chart.locator('g.labels text.reference').allTextContents()).resolves.toEqual(expect.arrayContaining(['Members’ median', 'Non-members’ median']));
		// The description states the finding in words.
		const description = (await chart.locator('desc').textContent())!;
		expect(description).toMatch(/In 20\d\d, highest: .+ \(.+\); lowest: .+ \(.+\)\..*Members’ median: .+ in 20\d\d/);

		// The table is in the HTML (both panels show without JavaScript): every value is the Parquet value.
		const headers = await tableHeaders(page, 'Values by year');
		expect(headers).toEqual(['Year', 'Togo', 'Senegal', 'Rwanda', 'Kenya']);
		const rows = await tableRows(page, 'Values by year');
		expect(rows.length).toBeGreaterThan(25);
		for (const row of rows) {
			const codes = ['TGO', 'SEN', 'RWA', 'KEN'];
			for (let i = 0; i < codes.length; i++) expect(row[i + 1]).toBe(await expected('internet-users', codes[i], Number(row[0])));
		}
		// Medians by year: worked out here from the Parquet values.
		const medians = await tableRows(page, 'Medians and means by year');
		const row2015 = medians.find((r) => r[0] === '2015')!;
		const values2015 = await parquet.query<{ iso3: string; value: number }>(
			"SELECT iso3, value FROM observations WHERE indicator = 'internet-users' AND year = 2015"
		);
		const memberIso = new Set(countries.filter((c) => c.member).map((c) => c.iso3));
		const membersMedian = median(values2015.filter((v) => memberIso.has(v.iso3)).map((v) => v.value));
		expect(row2015[1]).toBe(`${membersMedian.toFixed(1)}%`);
		expect(row2015[2]).toBe(String(values2015.filter((v) => memberIso.has(v.iso3)).length));
		await expect(page.locator('.source-line').first().textContent()).resolves.toMatch(/World Bank.*CC BY 4\.0.*retrieved 29 Nov 2024/s);
		await screenshot(page, 'compare-nojs-en-1280');
		await close();
	});
});

describe('with JavaScript', () => {
	it('adds a country with the searchable picker (keyboard), without loading DuckDB', async () => {
		const { page, errors, close } = await openPage(browser);
		const wasm: string[] = [];
		const json: string[] = [];
		page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url()));
		page.on('request', (r) => r.url().endsWith('.json') && json.push(new URL(r.url()).pathname));
		await page.goto(`${site}/compare`);
		await ready(page);
		await page.waitForLoadState('networkidle');
		// The default view needs neither the whole catalogue nor the map's shapes.
		expect(json).toEqual([]);
		const add = page.getByRole('combobox', { name: 'Add a country' });
		await add.fill('nig');
		const listbox = page.getByRole('listbox', { name: 'Add a country' });
		await expect(listbox.getByRole('option').allTextContents()).resolves.toEqual(['Niger (NER) West Africa', 'Nigeria (NGA) West Africa']);
		await add.press('ArrowDown');
		await add.press('ArrowDown');
		await expect(add.getAttribute('aria-activedescendant')).resolves.toMatch(/option-1$/);
		await add.press('Enter');
		await page.waitForURL(/countries=TGO,SEN,RWA,KEN,NGA$/);
		await page.locator('g.highlighted path[data-key="NGA"]').waitFor();
		await expect(add.getAttribute('aria-expanded')).resolves.toBe('false');
		// Searching by ISO code works too; Escape closes the list.
		await add.fill('gha');
		await expect(listbox.getByRole('option').allTextContents()).resolves.toEqual(['Ghana (GHA) West Africa']);
		await add.press('Escape');
		await expect(add.getAttribute('aria-expanded')).resolves.toBe('false');
		// The line chart has every country's series: a selection needs no query, so no engine.
		expect(wasm).toEqual([]);
		// Removing a country by its chip.
		await page.getByRole('button', { name: 'Remove Senegal' }).click();
		await page.waitForURL(/countries=TGO,RWA,KEN,NGA$/);
		await expect(page.locator('g.highlighted path[data-key="SEN"]').count()).resolves.toBe(0);
		const rows = await tableRows(page, 'Values by year');
		const nigeria = (await tableHeaders(page, 'Values by year')).indexOf('Nigeria');
		for (const row of rows.slice(0, 8)) expect(row[nigeria]).toBe(await expected('internet-users', 'NGA', Number(row[0])));
		expect(errors).toEqual([]);
		await close();
	});

	it('shows only a peer group in one click (once asked to), and switches chart types on DuckDB-WASM with the same numbers as Parquet', async () => {
		const { page, errors, close } = await openPage(browser);
		await page.goto(`${site}/compare`);
		await ready(page);
		await page.getByRole('radio', { name: 'Shows only the group' }).check();
		await page.getByRole('button', { name: 'ECOWAS' }).click();
		const ecowas = countries.filter((c) => c.ecowas).map((c) => c.iso3);
		await page.waitForURL(new RegExp(`countries=${ecowas.join(',')}$`));
		await expect(page.getByRole('button', { name: 'ECOWAS' }).getAttribute('aria-pressed')).resolves.toBe('true');
		await expect(page.locator('g.highlighted path').count()).resolves.toBe(ecowas.length);

		// Bar: all countries with a value, members and non-members coloured, selected ones emphasised.
		await page.getByRole('radio', { name: 'Bar' }).check();
		await page.waitForURL(/chart=bar/);
		await ready(page, 'bar');
		const year = Number((await page.locator('#compare-title').textContent())!.match(/(\d{4})$/)![1]);
		const bar = await tableRows(page, `All countries, ${year}`);
		expect(bar).toHaveLength(55);
		for (const [name, , value, member] of bar) {
			expect(value).toBe(await expected('internet-users', iso3Of(name), year));
			expect(member).toBe(countries.find((c) => c.iso3 === iso3Of(name))!.member ? 'member' : 'not a member');
		}
		const bars = page.getByRole('img', { name: /ranking/ });
		await expect(bars.locator('g.emphasised').count()).resolves.toBe(
			(await parquet.query('SELECT 1 FROM observations WHERE indicator = ? AND year = ? AND iso3 IN (SELECT iso3 FROM countries WHERE ecowas)', ['internet-users', year])).length
		);
		await expect(bars.locator('.reference text').textContent()).resolves.toMatch(/^Members’ median: \d+\.\d%$/);

		// Slope between two years.
		await page.getByRole('radio', { name: 'Slope' }).check();
		await ready(page, 'slope');
		const [from, to] = (await page.locator('#compare-title').textContent())!.match(/(\d{4}) and (\d{4})$/)!.slice(1).map(Number);
		for (const [name, start, end] of await tableRows(page, `All countries, ${from} and ${to}`)) {
			expect([start, end]).toEqual([await expected('internet-users', iso3Of(name), from), await expected('internet-users', iso3Of(name), to)]);
		}

		// Scatter of two indicators: Internet users (y) and GDP per capita (x) for one year.
		await page.getByRole('radio', { name: 'Scatter' }).check();
		await ready(page, 'scatter');
		await expect(page.getByRole('combobox', { name: 'Horizontal axis (x)' }).inputValue()).resolves.toBe('GDP per capita');
		const scatterYear = Number((await page.locator('#compare-title').textContent())!.match(/(\d{4})$/)![1]);
		const scatter = await tableRows(page, `All countries, ${scatterYear}`);
		for (const [name, y, x] of scatter.slice(0, 12)) {
			expect(y).toBe(await expected('internet-users', iso3Of(name), scatterYear));
			expect(x).toBe(await expected('gdp-per-capita', iso3Of(name), scatterYear));
		}
		const both = scatter.filter(([, y, x]) => y !== 'no data' && x !== 'no data');
		await expect(page.locator('.figure').textContent()).resolves.toContain(`${both.length} of 55 countries have a value for both indicators in ${scatterYear}`);
		await expect(page.locator('g.points circle').count()).resolves.toBe(both.length);
		await expect(page.locator('g.labels text').allTextContents()).resolves.toEqual(
			expect.arrayContaining(['Togo', 'Senegal'].filter((n) => both.some((r) => r[0] === n)))
		);

		// Map for one year, with a legend fitted to the values.
		await page.getByRole('radio', { name: 'Map' }).check();
		await ready(page, 'map');
		const map = await tableRows(page, `All countries, ${year}`);
		for (const [name, value] of map.slice(0, 12)) expect(value).toBe(await expected('internet-users', iso3Of(name), year));
		const legend = (await page.locator('.legend li').allTextContents()).map(plain);
		expect(legend.at(-1)).toMatch(/^No data · \d+ countries$/);
		const counts = legend.slice(0, -1).map((l) => Number(l.match(/· (\d+) countr/)![1]));
		expect(counts.reduce((a, b) => a + b)).toBe(map.filter((r) => r[1] !== 'no data').length);

		// Back and forward restore the views.
		await page.goBack();
		await ready(page, 'scatter');
		await page.goBack();
		await ready(page, 'slope');
		await page.goForward();
		await ready(page, 'scatter');
		expect(page.url()).toMatch(/chart=scatter/);
		expect(errors).toEqual([]);
		await close();
	});

	it('picks an indicator by searching in either language, and redraws on DuckDB-WASM', async () => {
		const { page, errors, close } = await openPage(browser);
		await page.goto(`${site}/compare`);
		await ready(page);
		const indicator = page.getByRole('combobox', { name: 'Indicator' });
		await indicator.click();
		// French words find an indicator on the English page.
		await indicator.fill('abonnements téléphonie mobile');
		const options = page.getByRole('listbox', { name: 'Indicator' }).getByRole('option');
		await options.first().waitFor(); // the catalogue arrives when the controls are first reached for
		await expect(options.count()).resolves.toBe(1);
		await expect(options.first().textContent()).resolves.toMatch(/Mobile cellular subscriptions.*per 100 people.*World Bank/);
		await indicator.press('Enter');
		await page.waitForURL(/indicator=mobile-subscriptions/);
		await page.locator('#compare-title', { hasText: 'Mobile cellular subscriptions' }).waitFor();
		await ready(page, 'line');
		for (const row of (await tableRows(page, 'Values by year')).slice(0, 6)) {
			expect(row[1]).toBe(await expected('mobile-subscriptions', 'TGO', Number(row[0])));
		}
		expect(errors).toEqual([]);
		await close();
	});

	it('aligns members on the year they joined, marking uncertain dates and saying it is no causal estimate', async () => {
		const { page, errors, close } = await openPage(browser);
		await page.goto(`${site}/compare?countries=TGO,SEN,BWA,TCD`);
		await ready(page);
		await page.getByRole('checkbox', { name: 'Years since joining Smart Africa' }).check();
		await page.waitForURL(/align=joined/);
		await page.locator('#compare-title', { hasText: 'by years since joining' }).waitFor();
		await ready(page, 'line');
		const figure = page.locator('.figure');
		await expect(figure.textContent()).resolves.toContain('This is a comparison, not an estimate of the effect of joining');
		await expect(figure.textContent()).resolves.toMatch(/Not Smart Africa members, so they have no join year:\s*Botswana/);
		await expect(figure.textContent()).resolves.toMatch(/Members whose join year no source gives \(left out\):\s*Chad/);
		// Senegal's join year (2014) is uncertain: dotted.
		await expect(page.locator('g.highlighted path[data-key="SEN"]').getAttribute('data-dashed')).resolves.toBe('true');
		await expect(page.locator('g.highlighted path[data-key="TGO"]').getAttribute('data-dashed')).resolves.toBeNull();
		// Togo joined in 2016: year +3 is its 2019 value.
		const rows = await tableRows(page, /Values by years since joining/);
		const plus3 = rows.find((r) => r[0] === '+3')!;
		expect(plus3[1]).toBe(`${await expected('internet-users', 'TGO', 2019)} (2019)`);
		expect(rows.find((r) => r[0] === '0')![1]).toBe(`${await expected('internet-users', 'TGO', 2016)} (2016)`);
		await expect(page.locator('.markers text').textContent()).resolves.toBe('Joined');
		expect(errors).toEqual([]);
		await close();
	});

	it('reads the chart with the keyboard, and switches tabs with the arrow keys', async () => {
		const { page, errors, close } = await openPage(browser);
		await page.goto(`${site}/compare`);
		await ready(page);
		const chart = page.getByRole('group', { name: /Use the left and right arrow keys/ });
		await chart.focus();
		await page.keyboard.press('End');
		const tooltip = chart.getByRole('status');
		const lastYear = (await tooltip.locator('strong').textContent())!;
		await page.keyboard.press('ArrowLeft');
		await expect(tooltip.locator('strong').textContent()).resolves.toBe(String(Number(lastYear) - 1));
		const year = Number(lastYear) - 1;
		await expect(tooltip.textContent()).resolves.toContain(`Togo: ${await expected('internet-users', 'TGO', year)}`);
		await expect(tooltip.textContent()).resolves.toMatch(/Members’ median: \d+\.\d%/);

		const tab = page.getByRole('tab', { name: 'Chart' });
		await tab.focus();
		await page.keyboard.press('ArrowRight');
		await page.waitForURL(/tab=table/);
		await expect(page.getByRole('tab', { name: 'Table' }).getAttribute('aria-selected')).resolves.toBe('true');
		await expect(page.getByRole('tabpanel').getByRole('table').first().isVisible()).resolves.toBe(true);
		await expect(page.getByRole('img', { name: /Individuals using the Internet/ }).isVisible()).resolves.toBe(false);
		expect(errors).toEqual([]);
		await close();
	});

	it('shows tooltips on touch', async () => {
		const { page, errors, close } = await openPage(browser, { viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });
		await page.goto(`${site}/compare?chart=scatter&countries=NGA`);
		await ready(page, 'scatter');
		const nigeria = page.locator('g.points circle[data-key="NGA"]');
		await nigeria.scrollIntoViewIfNeeded();
		const box = (await nigeria.boundingBox())!;
		await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
		const tooltip = page.locator('.scatter-chart [role="status"]');
		await tooltip.waitFor();
		await expect(tooltip.textContent()).resolves.toMatch(/^Nigeria.*Population: .*Smart Africa member/);

		// On a phone the controls are one tap away.
		await page.getByText('Change the chart').tap();
		await page.getByRole('radio', { name: 'Map' }).check();
		await ready(page, 'map');
		const kenya = page.locator('[data-iso3="KEN"]');
		await kenya.scrollIntoViewIfNeeded();
		const k = (await kenya.boundingBox())!;
		await page.touchscreen.tap(k.x + k.width / 2, k.y + k.height / 2);
		await expect(page.locator('.map [role="status"]').textContent()).resolves.toMatch(/^Kenya.*\(\d{4}\)Smart Africa member$/);
		expect(errors).toEqual([]);
		await close();
	});

	it('keeps the view when switching language', async () => {
		const { page, close } = await openPage(browser);
		await page.goto(`${site}/compare?chart=slope&countries=TGO,NGA&from=2010&to=2020`);
		await ready(page, 'slope');
		await page.getByRole('link', { name: 'Lire cette page en français' }).click();
		await page.waitForURL(/\/fr\/compare\?chart=slope&countries=TGO,NGA&from=2010&to=2020$/);
		await ready(page, 'slope');
		await expect(page.locator('#compare-title').textContent().then((t) => plain(t!))).resolves.toBe('Personnes utilisant Internet : 2010 et 2020');
		const rows = await tableRows(page, 'Tous les pays, 2010 et 2020');
		const togo = rows.find((r) => r[0] === 'Togo')!;
		expect(togo[2]).toBe(await expected('internet-users', 'TGO', 2020, 'fr'));
		await close();
	});

	it('loads the map’s shapes under a base path too', async () => {
		const { page, errors, close } = await openPage(browser);
		await page.goto(`${subpathSite}/compare?chart=map`);
		await ready(page, 'map');
		await expect(page.locator('.map [data-iso3]').count()).resolves.toBe(55);
		expect(errors).toEqual([]);
		await close();
	});
});

describe('URLs with every parameter', () => {
	const valid = [
		{
			url: '?countries=NGA,GHA&indicator=mobile-subscriptions&from=2005&to=2020&chart=line&refs=median,mean&tab=table',
			chart: 'line',
			title: 'Mobile cellular subscriptions, 2005–2020',
			check: async (page: Page) => {
				const rows = await tableRows(page, 'Values by year');
				expect(rows.map((r) => Number(r[0]))).toEqual(Array.from({ length: 16 }, (_, i) => 2020 - i));
				expect(rows[0][1]).toBe(await expected('mobile-subscriptions', 'NGA', 2020));
				expect(await tableHeaders(page, 'Medians and means by year')).toEqual([
					'Year',
					'Members: Median',
					'Members: Pop.-weighted mean',
					'Members: Countries',
					'Non-members: Median',
					'Non-members: Pop.-weighted mean',
					'Non-members: Countries'
				]);
			}
		},
		{
			url: '?chart=bar&indicator=egdi&year=2018&countries=RWA',
			chart: 'bar',
			title: 'E-Government Development Index (EGDI): ranking, 2018',
			check: async (page: Page) => {
				const rows = await tableRows(page, 'All countries, 2018');
				expect(rows.find((r) => r[0] === 'Rwanda')![2]).toBe(await expected('egdi', 'RWA', 2018));
			}
		},
		{
			url: '?chart=slope&from=2000&to=2020&refs=none',
			chart: 'slope',
			title: 'Individuals using the Internet: 2000 and 2020',
			check: async (page: Page) => {
				await expect(page.locator('.slope-chart g.references line').count()).resolves.toBe(0);
			}
		},
		{
			url: '?chart=scatter&x=mobile-subscriptions&y=gdp-per-capita&year=2015&log=y',
			chart: 'scatter',
			title: 'GDP per capita and Mobile cellular subscriptions, 2015',
			check: async (page: Page) => {
				await expect(page.getByRole('img', { name: /GDP per capita and Mobile/ }).textContent()).resolves.toContain('GDP per capita (current US$ per person), log scale');
				const rows = await tableRows(page, 'All countries, 2015');
				const togo = rows.find((r) => r[0] === 'Togo')!;
				expect([togo[1], togo[2]]).toEqual([await expected('gdp-per-capita', 'TGO', 2015), await expected('mobile-subscriptions', 'TGO', 2015)]);
			}
		},
		{
			url: '?chart=map&year=2010&indicator=electricity-access',
			chart: 'map',
			title: 'Access to electricity, 2010',
			check: async (page: Page) => {
				const rows = await tableRows(page, 'All countries, 2010');
				expect(rows.find((r) => r[0] === 'Ghana')![1]).toBe(await expected('electricity-access', 'GHA', 2010));
			}
		}
	];

	it.each(valid)('shows $chart for $url', async ({ url, chart, title, check }) => {
		const { page, errors, close } = await openPage(browser);
		await page.goto(`${site}/compare${url}`);
		await ready(page, chart);
		await page.locator('#compare-title', { hasText: title }).waitFor();
		await expect(page.getByRole('status').filter({ hasText: 'not understood' }).count()).resolves.toBe(0);
		await check(page);
		expect(errors).toEqual([]);
		await close();
	});

	it('drops every invalid value with a notice, and shows the defaults', async () => {
		const { page, errors, close } = await openPage(browser);
		await page.goto(`${site}/compare?countries=XYZ,TGO&indicator=nope&chart=pie&from=1800&to=abc&year=2099&x=gdpx&align=sideways&log=z&refs=mode&tab=grid&colour=red`);
		const notice = page.getByRole('status').filter({ hasText: 'not understood' });
		await notice.waitFor();
		const items = await notice.locator('li').allTextContents();
		expect(items).toEqual([
			'“colour” is not a setting of this page; it was ignored.',
			'“pie” is not a valid chart (expected line, bar, slope, scatter, map); it was ignored.',
			'“nope” is not an indicator of this site; showing Individuals using the Internet.',
			'“gdpx” is not an indicator of this site; showing GDP per capita.',
			'“XYZ” is not the code of an African Union member state; it was ignored.',
			expect.stringContaining('“sideways” is not a valid align'),
			expect.stringContaining('“z” is not a valid log'),
			expect.stringContaining('“mode” is not a valid refs'),
			expect.stringContaining('“grid” is not a valid tab'),
			'“1800” is not a year between 1960 and 2023; showing 1990.',
			'“abc” is not a year between 1960 and 2023; showing 2023.',
			'“2099” is not a year between 1960 and 2023; showing 2022.'
		]);
		// TGO is kept; everything else is the default view (no query needed).
		await ready(page, 'line');
		await expect(page.locator('g.highlighted path').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-key')))).resolves.toEqual(['TGO']);
		await expect(page.locator('#compare-title').textContent()).resolves.toBe('Individuals using the Internet, 1990–2023');
		await screenshot(page, 'compare-bad-params-en-1280');
		expect(errors).toEqual([]);
		await close();
	});

	it('lists a selected country with no data for the indicator', async () => {
		const { page, close } = await openPage(browser);
		await page.goto(`${site}/compare?countries=TGO,ESH`);
		await ready(page, 'line');
		await expect(page.locator('.figure .notes').textContent()).resolves.toMatch(/No data from 1990 to 2023:\s*Western Sahara \(SADR\)/);
		await close();
	});
});

describe('the same URLs in French', () => {
	it('reads every parameter and formats numbers the French way', async () => {
		const { page, errors, close } = await openPage(browser);
		await page.goto(`${site}/fr/compare?countries=SEN&chart=bar&year=2020&refs=median,mean`);
		await ready(page, 'bar');
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
		await expect(page.locator('#compare-title').textContent().then((t) => plain(t!))).resolves.toBe('Personnes utilisant Internet : classement, 2020');
		const rows = await tableRows(page, 'Tous les pays, 2020');
		const senegal = rows.find((r) => r[0] === 'Sénégal')!;
		const value = (await valueOf('internet-users', 'SEN', 2020))!;
		expect(senegal[2]).toBe(`${value.toFixed(1).replace('.', ',')} %`);
		expect(senegal[3]).toBe('membre');
		expect(rows.some((r) => r[2] === 'pas de données')).toBe(true);
		await expect(page.locator('.source-line').first().textContent()).resolves.toMatch(/consulté le 29 nov\. 2024/);
		expect(errors).toEqual([]);
		await close();
	});

	it('drops invalid values with French notices', async () => {
		const { page, close } = await openPage(browser);
		await page.goto(`${site}/fr/compare?indicator=nope&chart=pie&from=2020&to=2010`);
		const notice = page.getByRole('status').filter({ hasText: 'pas été compris' });
		await notice.waitFor();
		const text = plain((await notice.textContent())!);
		expect(text).toContain('« nope » n’est pas un indicateur de ce site ; affichage de Personnes utilisant Internet.');
		expect(text).toContain('« pie » n’est pas une valeur valide pour « chart »');
		expect(text).toContain('Les années étaient dans l’ordre inverse ; affichage de 2010 à 2020.');
		await ready(page, 'line');
		await expect(page.locator('#compare-title').textContent().then((t) => plain(t!))).resolves.toBe('Personnes utilisant Internet, 2010–2020');
		await close();
	});
});

describe('screenshots of every chart type', () => {
	const charts = [
		['line', 'Line', 'Courbes'],
		['bar', 'Bar', 'Barres'],
		['slope', 'Slope', 'Pente'],
		['scatter', 'Scatter', 'Nuage'],
		['map', 'Map', 'Carte']
	] as const;
	it.each([
		['en', 1280],
		['en', 360],
		['fr', 1280],
		['fr', 360]
	] as const)('in %s at %i px', async (lang, width) => {
		const { page, errors, close } = await openPage(browser, { viewport: { width, height: 900 } });
		await page.goto(`${site}${lang === 'fr' ? '/fr' : ''}/compare`);
		await ready(page, 'line');
		// On a phone the controls are one tap away, behind the panel's summary.
		if (width < 768) await page.locator('.controls-panel > summary').click();
		for (const [chart, en, fr] of charts) {
			await page.getByRole('radio', { name: lang === 'fr' ? fr : en }).check();
			await ready(page, chart);
			await screenshot(page, `compare-${chart}-${lang}-${width}`);
		}
		await page.getByRole('radio', { name: lang === 'fr' ? 'Courbes' : 'Line' }).check();
		await page.getByRole('checkbox', { name: lang === 'fr' ? 'Années depuis l’adhésion à Smart Africa' : 'Years since joining Smart Africa' }).check();
		await page.locator('#compare-title', { hasText: lang === 'fr' ? 'adhésion' : 'joining' }).waitFor();
		await ready(page, 'line');
		await screenshot(page, `compare-aligned-${lang}-${width}`);
		expect(errors).toEqual([]);
		await close();
	}, 90_000);
});

describe('controls analysts expect: change since a year, log scale, year slider with Play (issue 17)', () => {
	it('steps the bar chart’s year with the arrow keys and plays to the last year, replacing the address, with no new data fetched', async () => {
		const { page, errors, close } = await openPage(browser);
		try {
			await page.goto(`${site}/compare?chart=bar&indicator=mobile-subscriptions&year=2015`);
			await ready(page, 'bar');
			const slider = page.getByRole('slider', { name: /^Year/ });
			const last = Number(await slider.getAttribute('max'));
			expect(last).toBeGreaterThan(2016);
			const historyLength: number = await page.evaluate(() => window.history.length);
			await slider.focus();
			await page.keyboard.press('ArrowRight');
			await page.locator('#compare-title', { hasText: 'ranking, 2016' }).waitFor();
			expect(page.url()).toContain('year=2016');
			await ready(page, 'bar');
			const rows = await tableRows(page, 'All countries, 2016');
			expect(rows.find((r) => r[0] === 'Nigeria')![2]).toBe(await expected('mobile-subscriptions', 'NGA', 2016));
			// Two years before the last, then Play: one year a second, stopping at the last.
			await page.keyboard.press('End');
			await page.keyboard.press('ArrowLeft');
			await page.keyboard.press('ArrowLeft');
			await page.locator('#compare-title', { hasText: `, ${last - 2}` }).waitFor();
			await ready(page, 'bar');
			const requests: string[] = [];
			page.context().on('request', (r) => requests.push(r.url()));
			const play = page.getByRole('button', { name: 'Play' });
			await expect(play.getAttribute('aria-pressed')).resolves.toBe('false');
			const started = Date.now();
			await play.click();
			await expect(play.getAttribute('aria-pressed')).resolves.toBe('true');
			await page.locator('#compare-title', { hasText: `, ${last - 1}` }).waitFor();
			await page.locator('#compare-title', { hasText: `, ${last}` }).waitFor();
			await page.waitForFunction(() => document.querySelector('.year-slider button')?.getAttribute('aria-pressed') === 'false');
			expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
			// The last year is the bar chart's default year, which the address leaves out.
			expect(new URL(page.url()).searchParams.get('year') ?? String(last)).toBe(String(last));
			expect(await slider.inputValue()).toBe(String(last));
			// Each step replaced the address: Back leaves the page's history as it was.
			expect(await page.evaluate(() => window.history.length)).toBe(historyLength);
			// The years came from the data the query tier already had: no file was fetched for them.
			expect(requests.filter((u) => /\/data\/|\.parquet|\.arrow/.test(u))).toEqual([]);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	}, 90_000);

	it('shows the change since a base year in French, in the chart’s subtitle and its table, countries without a base value named', async () => {
		const { page, errors, close } = await openPage(browser);
		try {
			await page.goto(`${site}/fr/compare?countries=TGO,SEN&indicator=gdp-per-capita&from=2010&to=2020&change=2015&tab=table`);
			await ready(page, 'line');
			await page.locator('.subtitle', { hasText: 'Variation en % depuis 2015' }).waitFor();
			const rows = await tableRows(page, 'Variation depuis 2015, par année');
			const at = (year: number) => rows.find((r) => r[0] === String(year))!;
			expect(at(2015)[1]).toBe('0,0 %');
			for (const [i, iso3] of [[1, 'TGO'] as const, [2, 'SEN'] as const]) {
				const change = ((await valueOf('gdp-per-capita', iso3, 2020))! / (await valueOf('gdp-per-capita', iso3, 2015))! - 1) * 100;
				const text = `${change > 0 ? '+' : '−'}${new Intl.NumberFormat('fr', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(change))} %`;
				expect(at(2020)[i]).toBe(plain(text));
			}
			// The base-year select says it too, and the log box is off over changes.
			await expect(page.getByRole('combobox', { name: /^Variation depuis/ }).inputValue()).resolves.toBe('2015');
			await expect(page.getByRole('checkbox', { name: 'Échelle logarithmique' }).isDisabled()).resolves.toBe(true);
			// Internet users since 1990: a share, so percentage points, and many countries lack a 1990 value.
			await page.goto(`${site}/compare?countries=TGO,KEN&indicator=internet-users&from=1990&to=2020&change=1990`);
			await ready(page, 'line');
			await page.locator('.subtitle', { hasText: 'Change since 1990, in percentage points' }).waitFor();
			const missing = await parquet.query<{ iso3: string }>(
				"SELECT iso3 FROM countries WHERE iso3 IN ('TGO', 'KEN') AND iso3 NOT IN (SELECT iso3 FROM observations WHERE indicator = 'internet-users' AND year = 1990)"
			);
			if (missing.length) await page.locator('.notes', { hasText: 'No value in 1990 to measure a change from' }).waitFor();
			await page.locator('.notes', { hasText: /other countr(y has|ies have) no value in 1990/ }).waitFor();
			// A base year outside the years shown: a notice, and the values themselves.
			await page.goto(`${site}/compare?change=1800`);
			await ready(page, 'line');
			await page.getByText('“1800” is not a base year between').waitFor();
			await expect(page.locator('.subtitle').first().textContent()).resolves.toBe('% of population');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	}, 90_000);

	it('draws a skewed indicator on a log scale: the line chart by default, the bar chart on request, with a box to change it', async () => {
		const { page, errors, close } = await openPage(browser);
		try {
			await page.goto(`${site}/compare?indicator=international-bandwidth&chart=bar&log=y`);
			await ready(page, 'bar');
			await page.locator('.subtitle', { hasText: 'log scale' }).waitFor();
			const box = page.getByRole('checkbox', { name: 'Log scale' });
			await expect(box.isChecked()).resolves.toBe(true);
			await box.uncheck();
			await page.waitForURL((u) => !u.search.includes('log='));
			await expect(page.locator('.subtitle').first().textContent()).resolves.not.toContain('log scale');
			await page.getByRole('radio', { name: 'Line' }).check();
			await ready(page, 'line');
			await page.locator('.subtitle', { hasText: 'log scale' }).waitFor();
			await expect(box.isChecked()).resolves.toBe(true);
			// A share is not skewed: no box, and log=y is dropped with a notice.
			await page.goto(`${site}/compare?chart=bar&log=y`);
			await ready(page, 'bar');
			await page.getByText('A log scale is offered for indicators whose values span orders of magnitude').waitFor();
			await expect(page.getByRole('checkbox', { name: 'Log scale' }).count()).resolves.toBe(0);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	}, 90_000);

	it('keeps change, log and year in the embed, whose slider steps the year and whose link keeps them', async () => {
		const { page, errors, close } = await openPage(browser, { viewport: { width: 360, height: 800 } });
		try {
			await page.goto(`${site}/embed/compare?chart=map&indicator=internet-users&year=2012&theme=dark`);
			await page.locator('#embed-figure[data-chart="map"]').waitFor();
			await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
			await page.locator('#compare-title', { hasText: '2012' }).waitFor();
			const slider = page.getByRole('slider', { name: /^Year/ });
			await slider.focus();
			await page.keyboard.press('ArrowRight');
			await page.locator('#compare-title', { hasText: '2013' }).waitFor();
			expect(page.url()).toContain('year=2013');
			expect(page.url()).toContain('theme=dark');
			await page.goto(`${site}/fr/embed/compare?indicator=gdp-per-capita&countries=TGO&change=2015`);
			await page.locator('.subtitle', { hasText: 'Variation en % depuis 2015' }).waitFor();
			await expect(page.locator('a[href*="change=2015"]').count()).resolves.toBeGreaterThan(0);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	}, 90_000);
});
