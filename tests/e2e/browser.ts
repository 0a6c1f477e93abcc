/**
 * Headless Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core (no
 * browser download). A test that cannot find Chromium fails; it is never skipped. The global setup starts
 * one browser process; each test file connects to it, and each test opens its own context (own cookies,
 * cache, storage and service workers), so files may run side by side.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type BrowserServer, type Download, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = 'test-results/screenshots';
/**
 * Screenshots are for people to look at (`SCREENSHOTS=1 npm test`, then test-results/screenshots/); no
 * test reads them. Without the variable none is taken: a CI run keeps no file, and the 127 full-page
 * PNGs cost about 50 s of CPU (0.2–0.8 s each, measured on four pages).
 */
export const TAKE_SCREENSHOTS = process.env.SCREENSHOTS === '1';

/**
 * Features Playwright disables itself (playwright-core's chromiumSwitches): Chromium reads only the last
 * --disable-features switch, so ours must repeat them (browser-flags.test checks the running browser's
 * command line keeps every one).
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
	'AvoidUnnecessaryBeforeUnloadCheckSync',
	'DestroyProfileOnBrowserClose',
	'HttpsUpgrades',
	'HttpsFirstBalancedModeAutoEnable',
	'LensOverlay',
	'MediaRouter',
	'PaintHolding',
	'ThirdPartyStoragePartitioning',
	'AvoidCorsURLLoaderRestartOnRedirect',
	'TcpPortRandomizationWin',
	'OptimizationHints',
	'NetworkTimeServiceQuerying',
	'AimEnabled',
	'PreconnectToSearch',
	'msForceBrowserSignIn',
	'msEdgeUpdateLaunchServicesPreferredVersion'
];

/**
 * Chromium 15x preloads the omnibox's WebUI popup (chrome://omnibox-popup.top-chrome) for every window: a
 * renderer of its own that keeps about a fifth of a core busy while the window is open. A new context with
 * one blank tab cost 1.4 s of CPU, 0.5 s without it (measured with /proc/stat on this 2-core machine; the
 * whole suite went from 670 s to 571 s). A headless test never opens an omnibox.
 */
const OMNIBOX_POPUP_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

/** Flags for a sandboxed CI machine with no network but loopback (see STACK.md). */
const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
	`--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OMNIBOX_POPUP_FEATURES].join(',')}`
];

/** The shared browser process (global setup). */
export function launchBrowserServer(): Promise<BrowserServer> {
	return chromium.launchServer({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
}

/** A browser of its own, for scripts outside the test runner (the benchmarks). */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
}

/** A test file's connection to the shared browser; `close()` disconnects this file only. */
export async function sharedBrowser(): Promise<Browser> {
	const { inject } = await import('vitest');
	return chromium.connect(inject('browserEndpoint'));
}

export interface TestPage {
	page: Page;
	/** Uncaught exceptions and console errors seen so far. */
	errors: string[];
	close(): Promise<void>;
}

/** A page in a browser context of its own (own cookies, cache, storage and service worker). */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<TestPage> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
	const { page, errors } = await openTab(context);
	return { page, errors, close: () => context.close() };
}

/** A new tab in an existing context (its service worker and caches shared with the context's other tabs). */
export async function openTab(context: BrowserContext): Promise<TestPage> {
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
	return { page, errors, close: () => page.close() };
}

/** A full-page PNG named `name`, when screenshots are asked for (TAKE_SCREENSHOTS). */
export async function screenshot(page: Page, name: string) {
	if (!TAKE_SCREENSHOTS) return;
	mkdirSync(SCREENSHOT_DIR, { recursive: true });
	await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

/** A download's bytes. Read as a stream: `download.path()` is not available over a browser connection. */
export async function downloadBytes(download: Download): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

/**
 * Reads many pages in a few tabs of one context, side by side (one tab waits on the server while another
 * parses): for the checks that walk hundreds of prerendered pages. `read` runs once per item.
 */
export async function inTabs<T>(context: BrowserContext, items: T[], read: (page: Page, item: T) => Promise<void>, tabs = 3): Promise<void> {
	const queue = [...items];
	await Promise.all(
		Array.from({ length: tabs }, async () => {
			const page = await context.newPage();
			for (let next = queue.shift(); next !== undefined; next = queue.shift()) await read(page, next);
		})
	);
}
