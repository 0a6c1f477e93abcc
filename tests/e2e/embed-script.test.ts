/**
 * /embed.js on a host page (another origin) says nothing in the host's console: it never posts to an
 * iframe that still holds about:blank (which the browser reports as a target-origin mismatch), and the
 * iframes are still sized once they load.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sharedBrowser, openPage } from './browser.ts';
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

describe('embed.js on a host page', () => {
	it.each([
		// A blocking script right after the iframes runs while they still hold about:blank.
		['blocking, before the iframes load', (src: string) => `<script src="${src}"></script>`],
		['async', (src: string) => `<script src="${src}" async></script>`]
	])('logs no postMessage warning and sizes the iframes (%s)', async (name, tag) => {
		const path = `/article-${name.split(',')[0]}.html`;
		host.set(
			path,
			`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body>
<iframe id="a" src="${site}/embed/compare" data-sa-ict-embed width="100%" height="${DEFAULT_EMBED_HEIGHT}" style="width:100%;border:0" title="Chart"></iframe>
<iframe id="b" src="${site}/fr/embed/map" data-sa-ict-embed width="100%" height="${DEFAULT_EMBED_HEIGHT}" style="width:100%;border:0" title="Carte"></iframe>
${tag(`${site}/embed.js`)}
</body></html>`
		);
		const { page, errors, close } = await openPage(browser, { viewport: { width: 360, height: 800 } });
		const messages: string[] = [];
		page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
		try {
			await page.goto(`${host.url}${path}`, { waitUntil: 'load' });
			await page.waitForFunction(
				() => ['a', 'b'].every((id) => (document.getElementById(id) as HTMLIFrameElement).style.height !== ''),
				undefined,
				{ timeout: 15_000 }
			);
			await page.waitForLoadState('networkidle'); // any late message has been posted by then
			expect(messages.filter((m) => /postMessage|target origin/i.test(m))).toEqual([]);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});
