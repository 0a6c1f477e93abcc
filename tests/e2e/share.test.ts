/**
 * The share dialog on the compare page (keyboard: focus inside, Escape closes, focus returns), its PNG
 * (1×, 2×) and SVG downloads checked as files, its iframe snippet pasted into a blank page on another
 * origin, and the link-preview images of the key pages in both languages.
 */
import { HIGHLIGHT_COLOURS } from '../../src/lib/charts/palette.ts';
import { createCanvas, Image } from '@napi-rs/canvas';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { downloadBytes, sharedBrowser, openPage, screenshot } from './browser.ts';
import { hostServer, pngSize, type HostServer } from './host-page.ts';

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

describe('share dialog', () => {
	it('opens from the keyboard, traps focus, closes on Escape and gives focus back', async () => {
		const { page, errors, close } = await openPage(browser);
		try {
			await page.goto(`${site}/compare`, { waitUntil: 'networkidle' });
			const button = page.locator('button[data-share="compare-figure"]');
			await button.focus();
			await page.keyboard.press('Enter');
			const dialog = page.locator('dialog.share-dialog');
			await dialog.waitFor({ state: 'visible' });
			expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open && d.matches(':modal'))).toBe(true);
			expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
			for (let i = 0; i < 12; i++) {
				await page.keyboard.press('Tab');
				// Modal: the page behind is inert, so focus stays in the dialog (or on the browser's own UI).
				expect(await page.evaluate(() => document.activeElement === document.body || !!document.activeElement?.closest('dialog'))).toBe(true);
			}
			await page.keyboard.press('Escape');
			await dialog.waitFor({ state: 'detached' });
			expect(await page.evaluate(() => document.activeElement?.getAttribute('data-share'))).toBe('compare-figure');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('downloads PNG at 1× and 2× of the stated size and an SVG with the source, named after the view', async () => {
		const { page, errors, close } = await openPage(browser);
		try {
			await page.goto(`${site}/compare?countries=TGO,SEN&from=2010&to=2023`, { waitUntil: 'networkidle' });
			await page.waitForFunction((first) => document.querySelectorAll(`svg[aria-labelledby] path[stroke="${first}"]`).length > 0, HIGHLIGHT_COLOURS[0]);
			const keyLabels = await page.locator('#compare-figure [data-key-kind]').allTextContents();
			const sourceLine = (await page.locator('#compare-figure .source-line').textContent())!.replace(/\s+/g, ' ').trim();
			await page.locator('button[data-share="compare-figure"]').click();
			await page.locator('dialog.share-dialog').waitFor({ state: 'visible' });
			await screenshot(page, 'share-dialog');
			for (const [kind, scale] of [
				['png1', 1],
				['png2', 2]
			] as const) {
				const button = page.locator(`button[data-download="${kind}"]`);
				const [, w, h] = /\((\d+) × (\d+) px\)/.exec((await button.textContent())!)!.map(Number);
				const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
				expect(download.suggestedFilename()).toBe(`internet-users_TGO-SEN_2010-2023${scale === 2 ? '@2x' : ''}.png`);
				const bytes = await downloadBytes(download);
				expect(pngSize(bytes)).toEqual({ width: w, height: h });
				if (scale === 1) {
					// The image shows the chart: the two countries' colours are in it.
					const image = new Image();
					image.src = bytes;
					const canvas = createCanvas(w, h);
					const ctx = canvas.getContext('2d');
					ctx.drawImage(image, 0, 0);
					const data = ctx.getImageData(0, 0, w, h).data;
					// The first country's colour (the palette's blue, 0 114 178), give or take antialiasing.
					let blue = 0;
					for (let i = 0; i < data.length; i += 4) if (data[i] < 40 && Math.abs(data[i + 1] - 114) < 30 && Math.abs(data[i + 2] - 178) < 30) blue++;
					expect(blue).toBeGreaterThan(50);
				}
			}
			const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-download="svg"]').click()]);
			expect(svgDownload.suggestedFilename()).toBe('internet-users_TGO-SEN_2010-2023.svg');
			const svg = (await downloadBytes(svgDownload)).toString('utf8');
			expect(svg.startsWith('<svg')).toBe(true);
			expect(svg).toContain('World Development Indicators');
			expect(svg).toContain('CC BY 4.0');
			expect(svg.replace(/&amp;/g, '&')).toContain(sourceLine.slice(0, 40));
			// The chart's key travels with it.
			expect(keyLabels.length).toBeGreaterThan(0);
			for (const label of keyLabels) expect(svg.replace(/&amp;/g, '&')).toContain(label.trim());
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('its snippet, pasted into a blank page on another origin, shows the same view, sized', async () => {
		const { page, errors, close } = await openPage(browser);
		let snippet = '';
		try {
			await page.goto(`${site}/fr/compare?countries=TGO,SEN`, { waitUntil: 'networkidle' });
			await page.locator('button[data-share="compare-figure"]').click();
			snippet = await page.locator('#share-snippet').inputValue();
			expect(await page.locator('#share-permalink').inputValue()).toBe(`${site}/fr/compare?countries=TGO%2CSEN`.replace('%2C', ','));
		} finally {
			await close();
		}
		expect(snippet).toContain(`${site}/fr/embed/compare?countries=TGO,SEN`);
		expect(snippet).toContain(`${site}/embed.js`);
		host.set('/blank.html', `<!doctype html><html><head><meta charset="utf-8"><title>Blank</title></head><body>${snippet}</body></html>`);
		const article = await openPage(browser, { viewport: { width: 700, height: 900 } });
		try {
			await article.page.goto(`${host.url}/blank.html`, { waitUntil: 'load' });
			const frame = article.page.locator('iframe');
			await article.page.waitForFunction(() => {
				const f = document.querySelector('iframe')!;
				return f.style.height !== '' && f.style.height !== '640px';
			});
			const inner = (await (await frame.elementHandle())!.contentFrame())!;
			// The selected countries are drawn (DuckDB-WASM answers the non-default view in the embed too).
			await inner.waitForFunction(() => document.querySelectorAll('svg[aria-labelledby] path[data-key="TGO"][stroke]').length > 0, undefined, { timeout: 30_000 });
			expect(await inner.evaluate(() => document.documentElement.lang)).toBe('fr');
			await screenshot(article.page, 'share-snippet-pasted');
			expect(article.errors).toEqual([]);
			expect(errors).toEqual([]);
		} finally {
			await article.close();
		}
	});
});

describe('share before the page has started', () => {
	it('is disabled in the prerendered page, so a press before the script runs is not silently lost', async () => {
		const { page, close } = await openPage(browser, { javaScriptEnabled: false });
		try {
			await page.goto(`${site}/fr/indicator/internet-users`);
			const buttons = page.locator('button[data-share]');
			expect(await buttons.count()).toBeGreaterThan(0);
			expect(await buttons.evaluateAll((all) => all.every((b) => (b as HTMLButtonElement).disabled))).toBe(true);
		} finally {
			await close();
		}
	});
});

describe('share while the chart catches up with the address', () => {
	it('keeps a press made while the chart catches up, and opens the dialog on exactly the address\'s view once it shows it', async () => {
		// The query tier answers in a blink on loopback: its data file is held back until the waiting state
		// has been checked, as a slow phone connection would hold it. (No service worker, so the hold is ours.)
		const { page, errors, close } = await openPage(browser, { serviceWorkers: 'block' });
		let release = () => {};
		const held = new Promise<void>((r) => (release = r));
		await page.context().route('**/data/**', async (route) => {
			await held;
			await route.continue();
		});
		try {
			await page.goto(`${site}/indicator/internet-users?countries=TGO,SEN`, { waitUntil: 'commit' });
			const button = page.locator('button[data-share="over-time-figure"]');
			// Hydrated with the address's view asked for, the chart still shows the prerendered defaults
			// (the query engine is loading): the button waits, says why, and a press opens nothing yet.
			await page.locator('button[data-share="over-time-figure"][aria-disabled="true"]').waitFor({ timeout: 30_000 });
			expect(await page.locator('#over-time-figure svg[aria-labelledby] g.highlighted [data-key="RWA"]').count()).toBeGreaterThan(0);
			expect(await page.locator(`#${await button.getAttribute('aria-describedby')}`).textContent()).toContain('updating');
			await button.click({ force: true });
			expect(await page.locator('dialog.share-dialog').count()).toBe(0);
			release();
			// The press was kept: the dialog opens by itself once the chart shows Togo and Senegal only.
			await page.locator('dialog.share-dialog').waitFor({ state: 'visible' });
			expect(await page.locator('#over-time-figure svg[aria-labelledby] g.highlighted [data-key="RWA"]').count()).toBe(0);
			expect(await page.locator('#share-permalink').inputValue()).toBe(`${site}/indicator/internet-users?countries=TGO,SEN`);
			const [png] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-download="png1"]').click()]);
			expect(png.suggestedFilename()).toMatch(/^internet-users_TGO-SEN_\d{4}-\d{4}\.png$/);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe.concurrent('share dialog on every chart', () => {
	const charts = [
		{ path: '/', figure: 'map-figure', file: /^smart-africa-membership-map_\d{4}$/, source: 'Natural Earth' },
		{ path: '/fr', figure: 'timeline-figure', file: /^smart-africa-accessions_2013-\d{4}$/, source: 'Natural Earth' },
		{ path: '/indicator/internet-users?countries=TGO,SEN', figure: 'over-time-figure', file: /^internet-users_TGO-SEN_\d{4}-\d{4}$/, source: 'IT.NET.USER.ZS' },
		{ path: '/fr/indicator/internet-users', figure: 'ranking-figure', file: /^internet-users_ranking_\d{4}$/, source: 'CC BY 4.0' },
		{ path: '/country/TGO', figure: 'scorecard-figure', file: /^key-indicators_TGO_\d{4}$/, source: 'International Telecommunication Union' },
		{ path: '/fr/education', figure: 'schools', file: /^education-schools_primary_dots$/, source: 'SE_ACS_INTNT' },
		{ path: '/education', figure: 'skills', file: /^education-skills_copy-paste$/, source: 'Licence' },
		{ path: '/education', figure: 'connectivity', file: /^education-connectivity_.+-vs-internet-users$/, source: 'IT.NET.USER.ZS' }
	];
	it.each(charts)('$path #$figure: the dialog names the chart; PNG of the stated size and SVG with the source, named after it', async ({ path, figure, file, source }) => {
		const { page, errors, close } = await openPage(browser);
		try {
			await page.goto(`${site}${path}`, { waitUntil: 'networkidle' });
			const heading = (await page.locator(`#${figure} :is(h2, h3)`).first().textContent())!.replace(/\s+/g, ' ').trim();
			await page.locator(`button[data-share="${figure}"]`).click();
			const dialog = page.locator('dialog.share-dialog');
			await dialog.waitFor({ state: 'visible' });
			// The dialog says which chart it shares (its accessible description).
			expect(await page.locator('#share-chart-name').textContent()).toContain(path.startsWith('/country') ? 'Togo' : heading);
			const snippet = await page.locator('#share-snippet').inputValue();
			expect(snippet).toContain(`${site}${path.startsWith('/fr') ? '/fr' : ''}/embed/`);
			const button = page.locator('button[data-download="png1"]');
			await button.waitFor();
			const [, w, h] = /\((\d+) × (\d+) px\)/.exec((await button.textContent())!)!.map(Number);
			const [png] = await Promise.all([page.waitForEvent('download'), button.click()]);
			expect(png.suggestedFilename()).toMatch(new RegExp(file.source.replace('$', '\\.png$')));
			expect(pngSize(await downloadBytes(png))).toEqual({ width: w, height: h });
			const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-download="svg"]').click()]);
			expect(svgDownload.suggestedFilename()).toMatch(new RegExp(file.source.replace('$', '\\.svg$')));
			const svg = (await downloadBytes(svgDownload)).toString('utf8');
			expect(svg.startsWith('<svg')).toBe(true);
			expect(svg.replace(/&amp;/g, '&')).toContain(source);
			expect(svg).toMatch(/Licen[cs]e/);
			await screenshot(page, `share-dialog-${figure}${path.startsWith('/fr') ? '-fr' : ''}`);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe.concurrent('link previews', () => {
	const pages = [
		'/',
		'/fr',
		'/compare',
		'/fr/compare',
		'/embed/compare',
		'/fr/embed/map',
		'/sources',
		'/fr/indicators',
		'/indicator/internet-users',
		'/fr/indicator/internet-users',
		'/fr/indicator/schools-internet-primary',
		'/country/TGO',
		'/fr/country/SEN',
		'/education',
		'/fr/education',
		'/embed/indicator/internet-users',
		'/fr/embed/timeline',
		'/embed/country/KEN',
		'/fr/embed/education/skills'
	];
	/** Page types with an image of their own: the image's address names the page. */
	const own = (path: string) => path.replace(/^\/fr/, '').replace(/^\/embed/, '').split('/')[1] ?? '';
	it.each(pages)('%s has an og:image: a 1200 × 630 PNG showing a chart', async (path) => {
		const { page, close } = await openPage(browser);
		try {
			await page.goto(`${site}${path}`, { waitUntil: 'domcontentloaded' });
			const meta = await page.evaluate(() =>
				Object.fromEntries([...document.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')].map((m) => [m.getAttribute('property') ?? m.getAttribute('name'), m.getAttribute('content')]))
			);
			expect(meta['og:image:width']).toBe('1200');
			expect(meta['og:image:height']).toBe('630');
			expect(meta['twitter:card']).toBe('summary_large_image');
			expect(meta['og:locale']).toBe(path.startsWith('/fr') ? 'fr_FR' : 'en_GB');
			const kind = own(path);
			if (['indicator', 'country', 'education', 'timeline'].includes(kind)) expect(meta['og:image']).toContain(`/embed/${kind}`);
			if (path.startsWith('/fr')) expect(meta['og:image']).toContain('/fr/embed/');
			else expect(meta['og:image']).not.toContain('/fr/');
			const response = await fetch(new URL(meta['og:image']!, `${site}${path}`));
			expect(response.headers.get('content-type')).toContain('image/png');
			const bytes = new Uint8Array(await response.arrayBuffer());
			expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
			// A chart, not a blank card: many pixels are neither white nor text grey.
			const image = new Image();
			image.src = Buffer.from(bytes);
			const canvas = createCanvas(1200, 630);
			const ctx = canvas.getContext('2d');
			ctx.drawImage(image, 0, 0);
			const data = ctx.getImageData(0, 0, 1200, 630).data;
			// Marks in the chart's band (between the title and the source): coloured ones, and drawn ones at all.
			let coloured = 0;
			let drawn = 0;
			for (let y = 160; y < 470; y++)
				for (let x = 0; x < 1200; x++) {
					const i = (y * 1200 + x) * 4;
					const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
					if (Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured++;
					if (Math.min(r, g, b) < 235) drawn++;
				}
			expect(coloured).toBeGreaterThan(500);
			expect(drawn).toBeGreaterThan(4000);
		} finally {
			await close();
		}
	});
});
