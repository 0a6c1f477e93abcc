/**
 * A data file that arrives altered never sticks. A captive portal or a proxy answers the data file
 * with 200 and the wrong body (here: another table's valid Arrow file, which only the SHA-256 tells
 * apart); the service worker checks it against the manifest, fetches it once more past the HTTP cache,
 * keeps nothing, and the page says so in its language. Once the network is healthy, "Try again"
 * recovers, and a reload works from the kept, checked copy. A kept copy altered on the device is
 * checked before use too, and replaced.
 *
 * The site is served here by scripts/serve.ts behind a switch that plays the bad network, because the
 * service worker's own requests are beyond the page's request routing.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite } from '../../scripts/serve.ts';
import { NodeEngine } from '../../src/lib/db/node.ts';
import { formatValue } from '../../src/lib/i18n/format.ts';
import { sharedBrowser, openPage, screenshot } from './browser.ts';

const siteDir = process.env.INTEGRITY_SITE_DIR ?? process.env.SITE_DIR ?? 'build';
const manifest = JSON.parse(readFileSync(`${siteDir}/data/manifest.json`, 'utf8')) as { tier: { name: string; bytes: number; sha256: string }[] };
/** The compare page's bar chart is answered by the query tier from this indicator's slice. */
const SLICE = 'tier/indicators/internet-users.arrow';
const observations = manifest.tier.find((f) => f.name === SLICE)!;
/** A valid Arrow stream, but not the indicator's slice: only the SHA-256 tells them apart. */
const WRONG_BODY = readFileSync(`${siteDir}/data/countries.arrow`);

let browser: Browser;
let server: Server;
let site: string;
let parquet: NodeEngine;
/** While true, the "network" answers the indicator's slice with WRONG_BODY and a 200. */
let altered = false;
let alteredAnswers = 0;

beforeAll(async () => {
	const real = serveSite({ dir: siteDir });
	const handle = real.listeners('request')[0] as (req: IncomingMessage, res: ServerResponse) => void;
	server = createServer((req, res) => {
		if (altered && req.url?.startsWith(`/data/${SLICE}`)) {
			alteredAnswers++;
			res.writeHead(200, { 'Content-Type': 'application/vnd.apache.arrow.stream', 'Cache-Control': 'no-cache' });
			return res.end(WRONG_BODY);
		}
		handle(req, res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	browser = await sharedBrowser();
	parquet = new NodeEngine();
	await parquet.load(['observations', 'countries']);
});
afterAll(async () => {
	await browser?.close();
	await parquet?.close();
	server?.close();
});

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ').trim();

/** Waits until the service worker controls the page and has kept the page itself. */
async function controlled(page: Page) {
	await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active !== null && navigator.serviceWorker.controller !== null);
	await page.waitForFunction(async () => Boolean(await caches.match(location.href)));
}

/** The data cache's entries for the indicator's slice. */
const keptObservations = (page: Page) =>
	page.evaluate(async (slice) => {
		if (!(await caches.has('data'))) return [];
		const cache = await caches.open('data');
		const out: number[] = [];
		for (const request of await cache.keys()) {
			if (new URL(request.url).pathname !== `/data/${slice}`) continue;
			out.push((await (await cache.match(request))!.arrayBuffer()).byteLength);
		}
		return out;
	}, SLICE);

async function barChartReady(page: Page) {
	await page.locator('.figure[data-chart="bar"]').waitFor();
	await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]') && !document.querySelector('.chart-status'), null, { timeout: 60_000 });
}

/** The bar chart's table against the Parquet data, for the year in the title. */
async function expectParquetBars(page: Page) {
	const year = Number((await page.locator('#compare-title').textContent())!.match(/(\d{4})$/)![1]);
	const table = page.locator('table', { has: page.locator('caption', { hasText: `All countries, ${year}` }) });
	const shown = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
	const rows = await parquet.query<{ name_en: string; value: number | null }>(
		`SELECT c.name_en, o.value FROM countries c LEFT JOIN observations o ON o.iso3 = c.iso3 AND o.indicator = 'internet-users' AND o.year = ?`,
		[year]
	);
	expect(new Map(shown.map(([name, , value]) => [plain(name), plain(value)]))).toEqual(new Map(rows.map((r) => [r.name_en, plain(formatValue('en', r.value, 'percent', 1))])));
}

describe('a data file altered on the way', () => {
	it('is never kept, is fetched again, is explained, and "Try again" recovers once the network is healthy', async () => {
		const { page, errors, close } = await openPage(browser);
		await page.goto(`${site}/compare`);
		await controlled(page);

		altered = true;
		alteredAnswers = 0;
		await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
		await page.getByRole('radio', { name: 'Bar' }).check();
		const status = page.locator('.chart-status');
		await status.getByText('arrived altered').waitFor({ timeout: 60_000 });
		expect(plain((await status.textContent())!)).toBe(
			'The data file “internet-users” arrived altered on the way (by the network or a proxy), so it was not used or kept. Try again to download a fresh copy. The charts show the default view.'
		);
		// Fetched twice (the second time past the HTTP cache), kept never.
		expect(alteredAnswers).toBe(2);
		expect(await keptObservations(page)).toEqual([]);
		await screenshot(page, 'integrity-altered-en-1280');

		altered = false;
		await page.getByRole('button', { name: 'Try again' }).first().click();
		await barChartReady(page);
		await expectParquetBars(page);
		expect(await keptObservations(page)).toEqual([observations.bytes]);

		// A reload is served from the kept copy, checked again before use.
		await page.reload();
		await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
		await page.getByRole('radio', { name: 'Bar' }).check();
		await barChartReady(page);
		await expectParquetBars(page);
		// The browser reports the service worker's 502 for the altered file; nothing else may fail.
		expect(errors.filter((e) => !/502|Failed to load resource/.test(e))).toEqual([]);
		await close();
	});

	it('says so in French on a French page', async () => {
		const { page, close } = await openPage(browser, { viewport: { width: 360, height: 800 } });
		await page.goto(`${site}/fr/compare`);
		await controlled(page);
		altered = true;
		await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
		await page.locator('.controls-panel > summary').click(); // on a phone the controls are one tap away
		await page.getByRole('radio', { name: 'Barres' }).check();
		const status = page.locator('.chart-status');
		await status.getByText('est arrivé modifié').waitFor({ timeout: 60_000 });
		expect(plain((await status.textContent())!)).toContain(
			'Le fichier de données « internet-users » est arrivé modifié en route (par le réseau ou un proxy) : il n’a été ni utilisé ni conservé. Réessayez'
		);
		await screenshot(page, 'integrity-altered-fr-360');
		altered = false;
		await page.getByRole('button', { name: 'Réessayer' }).first().click();
		await page.locator('.figure[data-chart="bar"]').waitFor();
		await page.waitForFunction(() => !document.querySelector('.chart-status'), null, { timeout: 60_000 });
		await close();
	});

	it('replaces a kept copy that no longer matches, before using it', async () => {
		const { page, errors, close } = await openPage(browser);
		await page.goto(`${site}/compare`);
		await controlled(page);
		await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
		await page.getByRole('radio', { name: 'Bar' }).check();
		await barChartReady(page);
		expect(await keptObservations(page)).toEqual([observations.bytes]);
		// The kept copy is damaged on the device (storage fault, an older worker's unchecked entry).
		await page.evaluate(async (slice) => {
			const cache = await caches.open('data');
			const request = (await cache.keys()).find((r) => new URL(r.url).pathname === `/data/${slice}`)!;
			const body = new Uint8Array(await (await cache.match(request))!.arrayBuffer());
			body[100] ^= 0xff;
			await cache.put(request, new Response(body, { headers: { 'Content-Type': 'application/vnd.apache.arrow.stream' } }));
		}, SLICE);
		await page.reload();
		await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
		await page.getByRole('radio', { name: 'Bar' }).check();
		await barChartReady(page);
		await expectParquetBars(page);
		const sha = await page.evaluate(async (slice) => {
			const cache = await caches.open('data');
			const request = (await cache.keys()).find((r) => new URL(r.url).pathname === `/data/${slice}`)!;
			const digest = await crypto.subtle.digest('SHA-256', await (await cache.match(request))!.arrayBuffer());
			return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
		}, SLICE);
		expect(sha).toBe(observations.sha256);
		expect(errors).toEqual([]);
		await close();
	});
});
