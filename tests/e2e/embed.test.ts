/**
 * Embeds on a journalist's page (another origin): iframes at 320 and 800 px sized to their content by
 * /embed.js with no inner scroll bar, a sensible height without the script, the dark theme, controls=0,
 * no DuckDB for the prerendered default, and screenshots of the host page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sharedBrowser, openPage, screenshot } from './browser.ts';
import { hostServer, type HostServer } from './host-page.ts';
import { DEFAULT_EMBED_HEIGHT } from '../../src/lib/share/embed-protocol.ts';

const site = inject('siteUrl');
let browser: Browser;
let host: HostServer;

beforeAll(async () => {
	browser = await sharedBrowser();
	host = await hostServer();
});
afterAll(async () => {
	await browser?.close();
	await host?.close();
});

const frameHtml = (frames: { src: string; width: number; id: string }[], script = true) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Article</title>
<style>body{font-family:Georgia,serif;margin:16px;max-width:900px} .col{display:inline-block;vertical-align:top;margin:0 12px 12px 0}</style></head>
<body><h1>An article about connectivity</h1><p>Some text before the chart.</p>
${frames.map((f) => `<div class="col" style="width:${f.width}px"><iframe id="${f.id}" src="${f.src}" title="Chart" data-sa-ict-embed width="100%" height="${DEFAULT_EMBED_HEIGHT}" style="width:100%;border:0"></iframe></div>`).join('\n')}
<p>Some text after the chart.</p>
${script ? `<script src="${site}/embed.js" async></script>` : ''}
</body></html>`;

/** Waits until the iframe's height matches its content (the sizing script has run) and returns both. */
async function settledHeights(page: Page, id: string) {
	let last = { frame: 0, content: -1 };
	for (let i = 0; i < 60; i++) {
		const handle = await page.$(`#${id}`);
		const inner = await handle!.contentFrame();
		const content = await inner!.evaluate(() => Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height));
		const box = await handle!.evaluate((el) => (el as HTMLIFrameElement).clientHeight);
		if (box === content && content === last.content) return { frame: box, content, inner: inner! };
		last = { frame: box, content };
		await page.waitForTimeout(250);
	}
	throw new Error(`iframe #${id} never matched its content: ${JSON.stringify(last)}`);
}

describe('self-sizing embeds on a host page', () => {
	it('sizes the compare and map embeds at 320 and 800 px, with no inner scroll bar, and loads no DuckDB', async () => {
		host.set(
			'/article.html',
			frameHtml([
				{ id: 'compare-320', src: `${site}/embed/compare`, width: 320 },
				{ id: 'compare-800', src: `${site}/embed/compare`, width: 800 },
				{ id: 'map-320', src: `${site}/fr/embed/map`, width: 320 },
				{ id: 'map-800', src: `${site}/embed/map`, width: 800 }
			])
		);
		const { page, errors, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		try {
			await page.goto(`${host.url}/article.html`, { waitUntil: 'load' });
			for (const id of ['compare-320', 'compare-800', 'map-320', 'map-800']) {
				const { frame, content, inner } = await settledHeights(page, id);
				expect(frame, id).toBe(content);
				expect(frame, id).not.toBe(DEFAULT_EMBED_HEIGHT);
				const scroll = await inner.evaluate(() => ({ scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight, sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
				expect(scroll.scroll, `${id} has no vertical scroll bar`).toBeLessThanOrEqual(scroll.client);
				expect(scroll.sw, `${id} has no horizontal scroll bar`).toBeLessThanOrEqual(scroll.cw);
				// The embed's chrome: title, chart, source with licence, dataset version, link back.
				const chrome = await inner.evaluate(() => ({
					title: document.querySelector('h2')?.textContent ?? '',
					chart: !!document.querySelector('svg[aria-labelledby] desc'),
					source: document.querySelector('.source-line')?.textContent ?? '',
					footer: document.querySelector('.embed-footer')?.textContent ?? '',
					back: document.querySelector<HTMLAnchorElement>('.embed-footer a')?.href ?? '',
					nav: !!document.querySelector('.site-header')
				}));
				expect(chrome.title.length).toBeGreaterThan(10);
				expect(chrome.chart).toBe(true);
				expect(chrome.source.length).toBeGreaterThan(20);
				expect(chrome.footer).toMatch(/\d{4}-\d{2}-\d{2}/);
				expect(chrome.nav).toBe(false);
				expect(chrome.back.startsWith(site)).toBe(true);
			}
			const compare = (await (await page.$('#compare-800'))!.contentFrame())!;
			expect(await compare.locator('.source-line').textContent()).toContain('Licence');
			expect(requests.filter((u) => /duckdb|\.wasm|\.parquet/.test(u)), 'no DuckDB for the default view').toEqual([]);
			await screenshot(page, 'embed-host-page');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	// Every other embed: indicator (over time and ranking), accession timeline, country scorecard, education panels.
	const others = [
		{ id: 'indicator', path: '/embed/indicator/internet-users', chart: true },
		{ id: 'ranking', path: '/fr/embed/indicator/mobile-broadband-subscriptions?chart=ranking', chart: true },
		{ id: 'timeline', path: '/fr/embed/timeline', chart: true },
		{ id: 'country', path: '/embed/country/TGO', chart: false },
		{ id: 'schools', path: '/embed/education/schools', chart: true },
		{ id: 'skills', path: '/fr/embed/education/skills', chart: true },
		{ id: 'connectivity', path: '/embed/education/connectivity', chart: true },
		{ id: 'context', path: '/fr/embed/education/context', chart: true }
	];
	it.each(others)('sizes the $id embed at 320 and 800 px with no inner scroll bar, with its chrome, and loads no DuckDB', async ({ id, path, chart }) => {
		host.set(`/${id}.html`, frameHtml([320, 800].map((width) => ({ id: `${id}-${width}`, src: `${site}${path}`, width }))));
		const { page, errors, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		try {
			await page.goto(`${host.url}/${id}.html`, { waitUntil: 'load' });
			for (const width of [320, 800]) {
				const frameId = `${id}-${width}`;
				const { frame, content, inner } = await settledHeights(page, frameId);
				expect(frame, frameId).toBe(content);
				const scroll = await inner.evaluate(() => ({ scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight, sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
				expect(scroll.scroll, `${frameId} has no vertical scroll bar`).toBeLessThanOrEqual(scroll.client);
				expect(scroll.sw, `${frameId} has no horizontal scroll bar`).toBeLessThanOrEqual(scroll.cw);
				const chrome = await inner.evaluate(() => ({
					lang: document.documentElement.lang,
					title: document.querySelector('#embed-figure h2')?.textContent ?? '',
					chart: !!document.querySelector('#embed-figure svg[aria-labelledby] desc'),
					table: document.querySelectorAll('#embed-figure table tbody tr').length,
					source: document.querySelector('#embed-figure .source-line')?.textContent ?? '',
					footer: document.querySelector('.embed-footer')?.textContent ?? '',
					back: document.querySelector<HTMLAnchorElement>('.embed-footer a')?.href ?? '',
					nav: !!document.querySelector('.site-header'),
					notices: document.querySelectorAll('.notices, [role="alert"]').length
				}));
				expect(chrome.lang).toBe(path.startsWith('/fr') ? 'fr' : 'en');
				expect(chrome.title.length, frameId).toBeGreaterThan(10);
				expect(chrome.chart, `${frameId} draws its chart`).toBe(chart);
				expect(chrome.table, `${frameId} has a data table for screen readers`).toBeGreaterThan(0);
				expect(chrome.source, frameId).toMatch(/Licen[cs]e|licence/i);
				expect(chrome.footer).toMatch(/\d{4}-\d{2}-\d{2}/);
				expect(chrome.nav).toBe(false);
				expect(chrome.notices, `${frameId} shows no notice for its own address`).toBe(0);
				expect(chrome.back.startsWith(site)).toBe(true);
			}
			expect(requests.filter((u) => /duckdb|\.wasm|\.parquet|\.arrow/.test(u)), 'no DuckDB for the default view').toEqual([]);
			await screenshot(page, `embed-host-page-${id}`);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('a control in the indicator embed runs the query on the query tier, with no DuckDB, and keeps the embed options', async () => {
		host.set('/control.html', frameHtml([{ id: 'control', src: `${site}/embed/indicator/internet-users?chart=ranking&theme=dark`, width: 800 }]));
		const { page, errors, close } = await openPage(browser);
		const requests: string[] = [];
		page.context().on('request', (r) => requests.push(r.url()));
		try {
			await page.goto(`${host.url}/control.html`, { waitUntil: 'load' });
			const { inner } = await settledHeights(page, 'control');
			const select = inner.locator('.embed-controls select');
			const options = await select.locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
			const year = options[3];
			await select.selectOption(year);
			await inner.waitForFunction((y) => document.querySelector('#embed-figure h2')?.textContent?.includes(y), year, { timeout: 30_000 });
			expect(inner.url()).toContain('chart=ranking');
			expect(inner.url()).toContain(`year=${year}`);
			expect(inner.url()).toContain('theme=dark');
			expect(await inner.evaluate(() => document.querySelector('.embed')!.getAttribute('data-theme'))).toBe('dark');
			expect(await inner.evaluate(() => document.querySelectorAll('#embed-figure svg[aria-labelledby] rect').length)).toBeGreaterThan(10);
			expect(requests.filter((u) => /duckdb/i.test(u))).toEqual([]);
			expect(requests.some((u) => u.includes('/_app/immutable/workers/'))).toBe(true);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('several embeds on one article page, dark and light, EN and FR', async () => {
		host.set(
			'/several.html',
			frameHtml([
				{ id: 's-indicator', src: `${site}/embed/indicator/internet-users?countries=TGO,SEN`, width: 420 },
				{ id: 's-timeline', src: `${site}/fr/embed/timeline?theme=dark`, width: 420 },
				{ id: 's-country', src: `${site}/fr/embed/country/SEN`, width: 420 },
				{ id: 's-connectivity', src: `${site}/embed/education/connectivity?theme=dark&controls=0`, width: 420 }
			])
		);
		const { page, errors, close } = await openPage(browser, { viewport: { width: 900, height: 1200 } });
		try {
			await page.goto(`${host.url}/several.html`, { waitUntil: 'load' });
			for (const id of ['s-indicator', 's-timeline', 's-country', 's-connectivity']) {
				const { frame, content } = await settledHeights(page, id);
				expect(frame, id).toBe(content);
			}
			await screenshot(page, 'embed-host-page-several');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('on a phone-width host page, the 320 px embed fits and reads', async () => {
		host.set('/phone.html', frameHtml([{ id: 'compare-phone', src: `${site}/fr/embed/compare`, width: 320 }]));
		const { page, errors, close } = await openPage(browser, { viewport: { width: 360, height: 800 }, deviceScaleFactor: 2 });
		try {
			await page.goto(`${host.url}/phone.html`, { waitUntil: 'load' });
			const { frame, content } = await settledHeights(page, 'compare-phone');
			expect(frame).toBe(content);
			await screenshot(page, 'embed-host-page-phone-fr');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('without the script, the iframe shows the chart at its default height', async () => {
		host.set('/no-script.html', frameHtml([{ id: 'bare', src: `${site}/embed/compare`, width: 800 }], false));
		const { page, close } = await openPage(browser);
		try {
			await page.goto(`${host.url}/no-script.html`, { waitUntil: 'load' });
			const handle = await page.$('#bare');
			const inner = (await handle!.contentFrame())!;
			await inner.waitForSelector('svg[aria-labelledby]');
			expect(await handle!.evaluate((el) => (el as HTMLIFrameElement).clientHeight)).toBe(DEFAULT_EMBED_HEIGHT);
			const chart = await inner.evaluate(() => document.querySelector('svg[aria-labelledby]')!.getBoundingClientRect());
			expect(chart.height).toBeGreaterThan(200);
			expect(chart.bottom).toBeLessThanOrEqual(DEFAULT_EMBED_HEIGHT);
		} finally {
			await close();
		}
	});

	it('applies the dark theme and controls=0 keeps the table for screen readers only', async () => {
		host.set('/dark.html', frameHtml([{ id: 'dark', src: `${site}/embed/compare?theme=dark&controls=0`, width: 800 }]));
		const { page, errors, close } = await openPage(browser);
		try {
			await page.goto(`${host.url}/dark.html`, { waitUntil: 'load' });
			const { inner } = await settledHeights(page, 'dark');
			const look = await inner.evaluate(() => {
				const embed = document.querySelector('.embed')!;
				const grid = document.querySelector('svg line[stroke="var(--grid)"]');
				const table = document.querySelector('[id$="-panel-table"] table');
				return {
					theme: embed.getAttribute('data-theme'),
					background: getComputedStyle(embed).backgroundColor,
					text: getComputedStyle(document.querySelector('h2')!).color,
					grid: grid ? getComputedStyle(grid).stroke : null,
					tabs: !!document.querySelector('[role="tablist"]'),
					controls: !!document.querySelector('.embed-controls'),
					tableRows: table?.querySelectorAll('tbody tr').length ?? 0,
					tableWidth: table?.closest('.panel')?.getBoundingClientRect().width ?? -1
				};
			});
			expect(look.theme).toBe('dark');
			expect(look.background).toBe('rgb(17, 24, 39)');
			expect(look.text).toBe('rgb(243, 244, 246)');
			expect(look.grid).toBe('rgb(55, 65, 81)');
			expect(look.tabs).toBe(false);
			expect(look.controls).toBe(false);
			expect(look.tableRows).toBeGreaterThan(5);
			expect(look.tableWidth).toBeLessThanOrEqual(1);
			// The members' median, drawn in ink on the light page, reads on the dark ground.
			const median = await inner.evaluate(() => {
				const line = document.querySelector('svg .references path[data-key^="median-members"]');
				return line ? getComputedStyle(line).stroke : null;
			});
			expect(median).toBe('rgb(243, 244, 246)');
			await screenshot(page, 'embed-host-page-dark');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});
