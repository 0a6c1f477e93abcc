/**
 * The projects pages in a real browser: the index's timeline, map and table from the prerendered HTML
 * (JavaScript off), its filters from the URL (JavaScript on), keyboard tooltips; every project page in
 * English and French, with its facts, countries, amounts and sources (read from the prerendered HTML in
 * Node, tests/support/built-html.ts) and its related indicators; every internal link resolving. Expected
 * figures are read from the built Parquet files with native DuckDB.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NodeEngine } from '../../src/lib/db/node.ts';
import { formatUsdFull, formatUsdShort } from '../../src/lib/i18n/messages/projects.ts';
import { KIND_GROUP_OF, RELATED_SETS, STATUS_CLASS_OF } from '../../src/lib/queries/projects.ts';
import { attr, builtPage, elements, first, hasClass, textContent, type Element } from '../support/built-html.ts';
import { sharedBrowser, openPage, screenshot } from './browser.ts';
import { hydrated } from './pages.ts';

const site = inject('siteUrl');
const siteDir = process.env.SITE_DIR ?? 'build';
let browser: Browser;
let parquet: NodeEngine;

interface ProjectRow {
	id: string;
	parent: string | null;
	name_en: string;
	name_fr: string | null;
	kind: string;
	status: string | null;
	amount_usd: number | null;
	wb_project_id: string | null;
	uncertain: boolean;
	source_urls: string;
}
interface CountryRow {
	project_id: string;
	iso3: string;
	role: string;
	phase: string | null;
	amount_usd: number | null;
}
let projects: ProjectRow[];
let projectCountries: CountryRow[];
let names: Map<string, { en: string; fr: string }>;

beforeAll(async () => {
	browser = await sharedBrowser();
	parquet = new NodeEngine();
	await parquet.load(['projects', 'project_countries', 'countries', 'observations']);
	projects = await parquet.query<ProjectRow>(
		'SELECT id, parent, name_en, name_fr, kind, status, amount_usd, wb_project_id, uncertain, source_urls FROM projects ORDER BY id'
	);
	projectCountries = await parquet.query<CountryRow>('SELECT project_id, iso3, role, phase, amount_usd FROM project_countries');
	const countries = await parquet.query<{ iso3: string; name_en: string; name_fr: string }>('SELECT iso3, name_en, name_fr FROM countries');
	names = new Map(countries.map((c) => [c.iso3, { en: c.name_en, fr: c.name_fr }]));
});
afterAll(async () => {
	await browser?.close();
	await parquet?.close();
});

const plain = (s: string | null) => (s ?? '').replace(/[\u202f\u00a0]/g, ' ').replace(/\s+/g, ' ').trim();
const nameIn = (lang: string, p: ProjectRow) => (lang === 'fr' && p.name_fr ? p.name_fr : p.name_en);
const rowIds = (page: Page) => page.locator('#projects-timeline-title').locator('xpath=ancestor::figure').locator('li.row').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));

describe.each([
	['en', '', 'Flagship digital projects'],
	['fr', '/fr', 'Projets numériques phares']
])('/projects (%s)', (lang, prefix, title) => {
	it('shows every project on the timeline, in the table and counted on the map, without JavaScript', async () => {
		const { page, errors, close } = await openPage(browser, { javaScriptEnabled: false });
		await page.goto(`${site}${prefix}/projects`);
		await expect(page.locator('h1').textContent()).resolves.toBe(title);

		// The timeline: one row per project, each phase straight after its programme.
		const ids = await rowIds(page);
		expect([...ids].sort()).toEqual(projects.map((p) => p.id));
		for (const p of projects.filter((q) => q.parent)) {
			const at = ids.indexOf(p.id);
			expect(ids.slice(ids.indexOf(p.parent!), at).every((id) => id === p.parent || projects.find((q) => q.id === id)?.parent === p.parent)).toBe(true);
		}
		// Links are relative in the prerendered HTML (any base path works): compare where they lead.
		const hrefs = await page.locator('li.row .label a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(hrefs).toEqual(ids.map((id) => `${prefix}/projects/${id}`));
		// A project without dates has no bar and says so; one without an end fades out.
		const undated = projects.find((p) => p.id === 'sa-cybersecurity')!;
		await expect(page.locator(`li.row[data-id="${undated.id}"] rect`).count()).resolves.toBe(0);
		await expect(page.locator(`li.row[data-id="${undated.id}"] text.undated`).count()).resolves.toBe(1);
		await expect(page.locator('li.row[data-id="tgo-ent"] rect.fade-out').count()).resolves.toBe(1);
		await expect(page.locator('li.row[data-id="warcip-apl1a"] rect.imprecise').count()).resolves.toBe(2);

		// The table: every project with its stated amount, never a total.
		const table = page.locator('table.projects-table tbody tr');
		await expect(table.count()).resolves.toBe(projects.length);
		for (const p of projects.filter((q) => q.amount_usd !== null)) {
			const amount = plain(await page.locator(`table.projects-table tr[data-id="${p.id}"] td.amount`).textContent());
			expect(amount).toBe(plain(formatUsdShort(lang as 'en' | 'fr', p.amount_usd!)));
		}
		expect(plain(await page.locator('table.projects-table tr[data-id="warcip-apl1a"] td.amount').textContent())).toBe(
			lang === 'en' ? 'US$56.6m' : '56,6 M $US'
		);

		// The map: each country labelled with its number of projects (a programme's phases count once).
		const counts = await parquet.query<{ iso3: string; n: number }>(
			`SELECT pc.iso3, count(DISTINCT coalesce(p.parent, p.id))::INTEGER AS n
			 FROM project_countries pc JOIN projects p ON p.id = pc.project_id GROUP BY pc.iso3`
		);
		const labels = await page.locator('#projects-map-title').locator('xpath=..').locator('.country').evaluateAll((els) =>
			els.map((e) => [e.getAttribute('data-iso3')!, e.getAttribute('aria-label')!] as const)
		);
		expect(labels).toHaveLength(55);
		for (const [iso3, label] of labels) {
			const n = counts.find((c) => c.iso3 === iso3)?.n ?? 0;
			const name = names.get(iso3)![lang as 'en' | 'fr'];
			const expected =
				lang === 'en' ? (n === 0 ? 'No project listed' : n === 1 ? '1 project' : `${n} projects`) : n === 0 ? 'Aucun projet recensé' : n === 1 ? '1 projet' : `${n} projets`;
			expect(plain(label)).toBe(`${name}${lang === 'en' ? ':' : ' :'} ${expected}`);
		}
		// Filters need JavaScript: disabled, and the page says so.
		await expect(page.locator('fieldset.filters select').first().isDisabled()).resolves.toBe(true);
		await expect(page.getByText(lang === 'en' ? 'Filtering needs JavaScript' : 'Le filtrage nécessite JavaScript').count()).resolves.toBe(1);
		await screenshot(page, `projects-${lang}-nojs-1280`);
		expect(errors).toEqual([]);
		await close();
	});

	it('narrows the timeline, the map and the table to ?country=TGO&kind=connectivity', async () => {
		const { page, errors, close } = await openPage(browser);
		await page.goto(`${site}${prefix}/projects?country=TGO&kind=connectivity`);
		await page.locator('.filtered').waitFor();
		const inKind = (p: ProjectRow) => KIND_GROUP_OF[p.kind]?.includes('connectivity');
		const inTogo = (p: ProjectRow) =>
			projectCountries.some((c) => c.iso3 === 'TGO' && (c.project_id === p.id || projects.find((q) => q.id === c.project_id)?.parent === p.id));
		const matching = projects.filter((p) => inKind(p) && inTogo(p)).map((p) => p.id);
		expect(matching).toContain('warcip-apl2');
		await expect(page.locator('table.projects-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')))).resolves.toEqual(
			expect.arrayContaining(matching)
		);
		await expect(page.locator('table.projects-table tbody tr').count()).resolves.toBe(matching.length);
		const ids = await rowIds(page);
		expect(ids.filter((id) => !matching.includes(id))).toEqual([]);
		await expect(page.locator('.filtered').textContent()).resolves.toContain(String(matching.length));
		// Togo is outlined on the map; the selects show the view.
		await expect(page.locator('.country.emphasised').evaluateAll((els) => els.map((e) => e.getAttribute('data-iso3')))).resolves.toEqual(['TGO']);
		await expect(page.locator('fieldset.filters select').nth(1).inputValue()).resolves.toBe('TGO');
		await expect(page.locator('fieldset.filters select').first().inputValue()).resolves.toBe('connectivity');
		await screenshot(page, `projects-${lang}-togo-1280`);

		// Changing a select updates the URL and the rows.
		await page.locator('fieldset.filters select').nth(2).selectOption('closed');
		await page.waitForURL(/status=closed/);
		const closed = projects.filter((p) => matching.includes(p.id) && STATUS_CLASS_OF[p.status ?? ''] === 'closed').map((p) => p.id);
		await expect(page.locator('table.projects-table tbody tr').count()).resolves.toBe(closed.length);
		expect(errors).toEqual([]);
		await close();
	});

	it('shows a row’s tooltip on keyboard focus and moves between rows with the arrow keys', async () => {
		const { page, errors, close } = await openPage(browser);
		await page.goto(`${site}${prefix}/projects`);
		await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
		const first = page.locator('li.row .label a').first();
		await first.focus();
		const tooltip = page.locator('.project-timeline .tooltip');
		await tooltip.waitFor();
		const ids = await rowIds(page);
		const p0 = projects.find((p) => p.id === ids[0])!;
		await expect(tooltip.textContent()).resolves.toContain(nameIn(lang, p0));
		await page.keyboard.press('ArrowDown');
		const p1 = projects.find((p) => p.id === ids[1])!;
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(nameIn(lang, p1));
		await expect(tooltip.textContent()).resolves.toContain(nameIn(lang, p1));
		await page.keyboard.press('Escape');
		await expect(tooltip.count()).resolves.toBe(0);
		expect(errors).toEqual([]);
		await close();
	});

	it.each([360, 1280])('reads well at %i px', async (width) => {
		const { page, errors, close } = await openPage(browser, { viewport: { width, height: 900 } });
		await page.goto(`${site}${prefix}/projects`);
		await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await screenshot(page, `projects-${lang}-${width}`);
		expect(errors).toEqual([]);
		await close();
	});
});

it('drops bad filters with a notice and shows every project', async () => {
	const { page, errors, close } = await openPage(browser);
	await page.goto(`${site}/projects?kind=roads&country=XYZ&year=2020`);
	const notices = page.getByRole('status').filter({ hasText: '“roads” is not a valid kind' });
	await notices.waitFor();
	await expect(notices.textContent()).resolves.toContain('“XYZ” is not the code of an African Union member state');
	await expect(notices.textContent()).resolves.toContain('“year” is not a setting of this page');
	await expect(page.locator('table.projects-table tbody tr').count()).resolves.toBe(projects.length);
	expect(errors).toEqual([]);
	await close();
});

describe('every project page', () => {
	it.each([
		['en', ''],
		['fr', '/fr']
	])('shows the facts, countries with amounts, and sources, and every link resolves (%s, JavaScript off)', async (lang, prefix) => {
		// The pages' markup is what is read, as the server sends it (built-html.ts): 164 pages without a
		// browser load each. The page type's scripts, styles and layout are checked in the browser above and
		// in every-page.test.
		const internal = new Set<string>();
		for (const p of projects) {
			const url = `${site}${prefix}/projects/${p.id}`;
			const doc = builtPage(siteDir, `${prefix}/projects/${p.id}.html`.slice(1));
			const all = elements(doc);
			const headings = all.filter((el) => el.tagName === 'h1');
			expect(headings, p.id).toHaveLength(1);
			expect(textContent(headings[0])).toBe(nameIn(lang, p));
			if (lang === 'fr' && !p.name_fr) expect(attr(headings[0], 'lang')).toBe('en');

			// Countries of the project and of its phases, each with the amount stated for it.
			const rows = projectCountries.filter((c) => c.project_id === p.id || projects.find((q) => q.id === c.project_id)?.parent === p.id);
			if (rows.length) {
				const caption = lang === 'en' ? /^Countries taking part in/ : /^Pays participant à/;
				const table = all.find((el) => el.tagName === 'table' && elements(el).some((c) => c.tagName === 'caption' && caption.test(plain(textContent(c)))));
				const cells = elements(first(table!, (el) => el.tagName === 'tbody')!)
					.filter((el) => el.tagName === 'tr')
					.map((tr) => tr.childNodes.filter((c) => 'tagName' in c).map((c) => plain(textContent(c))));
				expect(cells, p.id).toHaveLength(rows.length);
				for (const r of rows) {
					const amount = r.amount_usd === null ? '–' : plain(formatUsdFull(lang as 'en' | 'fr', r.amount_usd));
					expect(cells.some((c) => c[0] === names.get(r.iso3)![lang as 'en' | 'fr'] && c[3] === amount), `${p.id} ${r.iso3} ${amount}`).toBe(true);
				}
				const map = all.find((el) => attr(el, 'id') === 'project-map-title')!.parentNode as Element;
				expect(elements(map).filter((el) => hasClass(el, 'country') && hasClass(el, 'emphasised'))).toHaveLength(new Set(rows.map((r) => r.iso3)).size);
			} else {
				const section = all.filter((el) => el.tagName === 'section' && attr(el, 'aria-labelledby') === 'countries');
				expect(section.flatMap((el) => elements(el).filter((e) => hasClass(e, 'empty')))).toHaveLength(1);
			}

			// The amount as stated, the World Bank link, the uncertainty flag and every source.
			const facts = all.filter((el) => el.tagName === 'dl' && hasClass(el, 'facts'));
			expect(facts, p.id).toHaveLength(1);
			if (p.amount_usd !== null) expect(plain(textContent(facts[0]))).toContain(plain(formatUsdFull(lang as 'en' | 'fr', p.amount_usd)));
			if (p.wb_project_id) {
				const href = `https://projects.worldbank.org/en/projects-operations/project-detail/${p.wb_project_id}`;
				expect(all.filter((el) => el.tagName === 'a' && attr(el, 'href') === href)).toHaveLength(1);
			}
			expect(all.filter((el) => hasClass(el, 'uncertain-box'))).toHaveLength(p.uncertain ? 1 : 0);
			const sources = all.filter((el) => el.tagName === 'ol' && hasClass(el, 'sources')).flatMap((ol) => elements(ol).filter((el) => el.tagName === 'li'));
			expect(sources, p.id).toHaveLength(p.source_urls.split(' ; ').length);
			// HTML and SVG links (the map's countries) alike, resolved against the page.
			const main = all.find((el) => el.tagName === 'main')!;
			for (const a of elements(main).filter((el) => el.tagName === 'a' && attr(el, 'href') !== null)) {
				const href = new URL(attr(a, 'href')!, url).href;
				if (href.startsWith(site)) internal.add(new URL(href).pathname);
			}
		}
		// Links to profiles, indicators, phases and programmes all resolve on the built site.
		for (const href of internal) {
			const response = await fetch(`${site}${href}`);
			expect(response.status, href).toBe(200);
		}
		expect([...internal].some((h) => h.startsWith(`${prefix}/country/`))).toBe(true);
		expect([...internal].some((h) => h.startsWith(`${prefix}/indicator/`))).toBe(true);
	});
});

describe.each([
	['en', '', 'Co-movement is not attribution'],
	['fr', '/fr', 'Évoluer ensemble n’est pas être la cause']
])('Togo’s school intranet (%s)', (lang, prefix, attribution) => {
	it.each([360, 1280])('shows the related indicators with the project period shaded, and their data (%i px)', async (width) => {
		const { page, errors, close } = await openPage(browser, { viewport: { width, height: 900 } });
		await page.goto(`${site}${prefix}/projects/tgo-ent`);
		await expect(page.locator('.attribution').textContent()).resolves.toContain(attribution);
		const panels = await page.locator('.panel h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/').pop()));
		expect(panels).toEqual([...RELATED_SETS.schoolIntranet]);
		// Each chart shades the project's period and is described for screen readers.
		await expect(page.locator('.panel .band rect').count()).resolves.toBe(panels.length);
		const chart = page.locator('.panel').filter({ has: page.locator('a[href$="/indicator/internet-users"]') });
		await expect(chart.getByRole('img').getAttribute('aria-labelledby')).resolves.toContain('related-internet-users-desc');

		// The data table behind a chart: Togo's values, from the Parquet data.
		const [start] = await parquet.query<{ start: string }>("SELECT start FROM projects WHERE id = 'tgo-ent'");
		const values = await parquet.query<{ year: number; value: number }>(
			"SELECT year, value FROM observations WHERE indicator = 'internet-users' AND iso3 = 'TGO' AND year >= ? ORDER BY year DESC",
			[Number(start.start.slice(0, 4)) - 5]
		);
		await chart.locator('summary').click();
		const rows = (await chart.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')))).map((r) =>
			r.map(plain)
		);
		expect(rows.map((r) => Number(r[0]))).toEqual(values.map((v) => v.year));
		const latest = values[0].value.toFixed(1);
		expect(rows[0][1]).toBe(lang === 'en' ? `${latest}%` : `${latest.replace('.', ',')} %`);

		// A chart reads its years from the keyboard, once the page has hydrated (before, a key does nothing:
		// this once failed on a slow run, End pressed on the prerendered chart).
		await hydrated(page);
		await chart.locator('.period-lines').focus();
		await page.keyboard.press('End');
		await expect(chart.locator('.tooltip').textContent()).resolves.toMatch(/^\d{4}/);

		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await screenshot(page, `projects-tgo-ent-${lang}-${width}`);
		expect(errors).toEqual([]);
		await close();
	});
});

it.each([
	['en', ''],
	['fr', '/fr']
])('a programme page lists its phases and colours its countries by phase (%s)', async (lang, prefix) => {
	const { page, errors, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
	await page.goto(`${site}${prefix}/projects/warcip`);
	const phases = projects.filter((p) => p.parent === 'warcip');
	await expect(page.locator('table.projects-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')).sort())).resolves.toEqual(
		phases.map((p) => p.id).sort()
	);
	// The programme's timeline marks this page's row; the legend names each phase.
	await expect(page.locator('li.row.current').getAttribute('data-id')).resolves.toBe('warcip');
	const legend = await page.locator('.countries-grid .legend li').allTextContents();
	for (const p of phases.filter((q) => projectCountries.some((c) => c.project_id === q.id))) expect(legend.map(plain)).toContain(nameIn(lang, p));
	await screenshot(page, `projects-warcip-${lang}-1280`);
	expect(errors).toEqual([]);
	await close();
});
