/**
 * The content security policy in a real browser beyond each page's first view (every page type, in either
 * language, is checked in every-page.test): no violation once the query tier has answered a view (compare;
 * Arquero in its worker) or DuckDB-WASM has run a query in the SQL console (data).
 * A control proves the listener sees violations: an injected inline script is blocked and reported.
 * frame-ancestors (a header): other sites may frame the embeds only.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sharedBrowser, openPage } from './browser.ts';
import { pageTypes, recordViolations, settled } from './pages.ts';

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => (browser = await sharedBrowser()));
afterAll(async () => browser?.close());

/** Opens a page that records every CSP violation (from before the first script runs). */
async function openRecording() {
	const test = await openPage(browser);
	return { ...test, violations: await recordViolations(test.page) };
}

describe.concurrent('content security policy', () => {
	it('blocks and reports an injected inline script (the control: the listener does see violations)', async () => {
		const { page, violations, close } = await openRecording();
		await page.goto(`${site}/sources`);
		await settled(page);
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.__injected = true';
			document.body.append(script);
			const img = document.createElement('img');
			img.setAttribute('onerror', 'window.__injected = true');
			img.src = 'data:,not-an-image';
			document.body.append(img);
		});
		// Both refusals are reported before anything is checked (no fixed wait).
		await expect.poll(async () => (await violations()).filter((v) => v.startsWith('script-src')).length).toBeGreaterThanOrEqual(2);
		await expect(page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).resolves.toBeUndefined();
		await close();
	});

	it('holds once the query tier has answered on the compare page', async () => {
		const { page, errors, violations, close } = await openRecording();
		// A bar chart of another indicator and year is not prerendered: it is queried on the tier.
		await page.goto(`${site}/compare?chart=bar&indicator=egdi&year=2018`);
		await page.waitForFunction(() => performance.getEntriesByName('query:compare').length > 0, undefined, { timeout: 60_000 });
		await page.locator('.figure[data-chart="bar"]').waitFor();
		await settled(page);
		await expect(violations()).resolves.toEqual([]);
		expect(errors).toEqual([]);
		await close();
	});

	it('holds after a query in the data page’s SQL console', async () => {
		const { page, errors, violations, close } = await openRecording();
		await page.goto(`${site}/data`);
		await page.locator('.console button.primary:not([disabled])').waitFor();
		await page.getByRole('textbox', { name: 'Query' }).fill("SELECT count(*)::INTEGER AS n FROM observations WHERE iso3 = 'TGO'");
		await page.getByRole('button', { name: /^Run/ }).click();
		await page.getByRole('region', { name: 'Query result' }).locator('td').first().waitFor({ timeout: 60_000 });
		await expect(violations()).resolves.toEqual([]);
		expect(errors).toEqual([]);
		await close();
	});
});

describe('frame-ancestors', () => {
	/** Another site: a bare page on its own server (a page of this site would apply its own frame-src). */
	let otherSite: string;
	let other: Server;
	beforeAll(async () => {
		other = createServer((_, res) => res.setHeader('Content-Type', 'text/html').end('<!doctype html><title>Another site</title>'));
		await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
		otherSite = `http://localhost:${(other.address() as AddressInfo).port}/`;
	});
	afterAll(() => other?.close());

	/** Frames `path` from a page at `host` and says whether the framed page loaded. */
	async function framed(host: string, path: string) {
		const { page, close } = await openPage(browser);
		await page.goto(host);
		// setContent waits for the host page's load event, which waits for the frame (or its error page).
		await page.setContent(`<iframe src="${site}${path}" width="600" height="400"></iframe>`, { waitUntil: 'load' });
		const frame = await (await page.waitForSelector('iframe')).contentFrame();
		const loaded = !!frame && !frame.url().startsWith('chrome-error:') && (await frame.locator('h1, svg').count()) > 0;
		await close();
		return loaded;
	}

	it('lets the site frame its own pages but no other site', async () => {
		const response = await fetch(`${site}/compare`);
		expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
		await expect(framed(`${site}/sources`, '/compare')).resolves.toBe(true);
		await expect(framed(otherSite, '/compare')).resolves.toBe(false);
		await expect(framed(otherSite, '/fr/indicator/internet-users')).resolves.toBe(false);
	});

	it('lets any site frame the embeds', async () => {
		const embeds = pageTypes().filter((p) => p.path.includes('/embed/'));
		for (const { path } of embeds) {
			expect((await fetch(`${site}${path}`)).headers.get('content-security-policy')).toBe('frame-ancestors *');
			await expect(framed(otherSite, path), path).resolves.toBe(true);
		}
		// The header is decided by path alone (scripts/serve.ts), so it holds before the embeds are built too.
		expect((await fetch(`${site}/embed/compare`)).headers.get('content-security-policy')).toBe('frame-ancestors *');
	});
});
