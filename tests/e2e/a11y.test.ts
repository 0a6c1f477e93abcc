/**
 * axe-core in a real browser on the compare page's other chart types and its table tab (every page type's
 * default view, in English and French, is scanned in every-page.test): no serious or critical violation,
 * touch targets included. A control proves the scan sees violations.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { sharedBrowser, openPage } from './browser.ts';
import { settled } from './pages.ts';

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => (browser = await sharedBrowser()));
afterAll(async () => browser?.close());

async function scan(path: string, width: number) {
	const { page, close } = await openPage(browser, { viewport: { width, height: 800 } });
	try {
		await page.goto(`${site}${path}`);
		await settled(page);
		const chart = path.includes('chart=') && new URLSearchParams(path.split('?')[1]).get('chart');
		if (chart) await page.locator(`.figure[data-chart="${chart}"]`).waitFor({ timeout: 60_000 });
		return await seriousViolations(page);
	} finally {
		await close();
	}
}

// Each scan has its own browser context: a few run at once (the project's maxConcurrency), which
// overlaps one page's network waits with another's scan.
describe.concurrent('accessibility (axe-core, touch targets included)', () => {
	const extra = ['/compare?chart=bar', '/compare?chart=slope', '/compare?chart=scatter', '/compare?chart=map', '/compare?tab=table', '/fr/compare?chart=map&tab=table'];
	for (const path of extra) {
		it(`finds no serious or critical violation on ${path}`, async ({ expect }) => {
			expect(await scan(path, 1280)).toEqual([]);
		});
	}

	it('sees a violation when there is one (the control): a missing alt, an empty button, a tiny target', async ({ expect }) => {
		const { page, close } = await openPage(browser);
		try {
			await page.goto(`${site}/sources`);
			await settled(page);
			await page.evaluate(() =>
				document
					.querySelector('h1')!
					.insertAdjacentHTML(
						'afterend',
						'<img src="/favicon.svg"><button></button><p><button style="width:8px;height:8px;padding:0;border:0" aria-label="a">a</button><button style="width:8px;height:8px;padding:0;border:0" aria-label="b">b</button></p>'
					)
			);
			const found = await seriousViolations(page);
			expect(found.some((v) => v.includes('image-alt'))).toBe(true);
			expect(found.some((v) => v.includes('button-name'))).toBe(true);
			expect(found.some((v) => v.includes('target-size'))).toBe(true);
		} finally {
			await close();
		}
	});
});
