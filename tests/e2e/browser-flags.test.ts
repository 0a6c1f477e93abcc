/**
 * The shared browser runs with the flags tests/e2e/browser.ts means it to: Chromium reads only the last
 * --disable-features switch on its command line, so the one we add must keep every feature Playwright's
 * own switch disables (paint holding, HTTPS upgrades of loopback addresses, …) and add the omnibox popup's.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sharedBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => (browser = await sharedBrowser()));
afterAll(async () => browser?.close());

it('keeps Playwright’s disabled features and disables the omnibox popup', async () => {
	const { page, close } = await openPage(browser);
	try {
		await page.goto('chrome://version');
		const commandLine = (await page.locator('#command_line').textContent()) ?? '';
		const switches = [...commandLine.matchAll(/--disable-features=(\S+)/g)].map((m) => m[1].split(','));
		// Playwright's switch and ours: without ours this test fails on the popup, with ours alone on Playwright's.
		expect(switches.length).toBeGreaterThanOrEqual(2);
		const effective = new Set(switches.at(-1));
		for (const feature of switches.slice(0, -1).flat()) expect(effective, feature).toContain(feature);
		expect(effective).toContain('PaintHolding');
		expect(effective).toContain('WebUIOmniboxPopup');
	} finally {
		await close();
	}
});
