/**
 * axe-core in a real browser on every page type, in English and French, and on the compare page's other
 * chart types and its table tab: no serious or critical violation. (axe-core is evaluated from
 * node_modules: @axe-core/playwright needs Node 22.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { pageTypes, settled } from './pages.ts';

const site = inject('siteUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(async () => browser?.close());

interface Violation {
	id: string;
	impact: string;
	help: string;
	nodes: { target: string[]; failureSummary: string }[];
}

/** Serious and critical violations, one line per element, readable in a failed assertion. */
export async function seriousViolations(page: Page): Promise<string[]> {
	// Evaluated through DevTools: a <script> tag with the source inline would be blocked by the site's CSP.
	await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
		const result = await axe.run(document, { resultTypes: ['violations'] });
		return result.violations;
	});
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`));
}

describe('accessibility (axe-core)', () => {
	const extra = ['/compare?chart=bar', '/compare?chart=slope', '/compare?chart=scatter', '/compare?chart=map', '/compare?tab=table', '/fr/compare?chart=map&tab=table'];
	for (const path of [...pageTypes().map((p) => p.path), ...extra]) {
		it(`finds no serious or critical violation on ${path}`, async () => {
			const { page, close } = await openPage(browser);
			await page.goto(`${site}${path}`);
			await settled(page);
			if (path.includes('chart=')) await page.locator(`.figure[data-chart="${new URLSearchParams(path.split('?')[1]).get('chart')}"]`).waitFor({ timeout: 60_000 });
			expect(await seriousViolations(page)).toEqual([]);
			await close();
		});
	}

	it('finds no serious or critical violation at 360 px (home, compare, data)', async () => {
		for (const path of ['/', '/compare', '/data']) {
			const { page, close } = await openPage(browser, { viewport: { width: 360, height: 800 } });
			await page.goto(`${site}${path}`);
			await settled(page);
			expect(await seriousViolations(page), path).toEqual([]);
			await close();
		}
	});

	it('sees a violation when there is one (the control)', async () => {
		const { page, close } = await openPage(browser);
		await page.goto(`${site}/sources`);
		await settled(page);
		await page.evaluate(() => document.querySelector('h1')!.insertAdjacentHTML('afterend', '<img src="/favicon.svg"><button></button>'));
		const found = await seriousViolations(page);
		expect(found.some((v) => v.includes('image-alt'))).toBe(true);
		expect(found.some((v) => v.includes('button-name'))).toBe(true);
		await close();
	});
});
