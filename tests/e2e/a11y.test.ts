/**
 * axe-core in a real browser on every page type, in English and French, and on the compare page's other
 * chart types and its table tab: no serious or critical violation, touch targets included (WCAG 2.2
 * target size, axe's `target-size` rule, which Lighthouse's accessibility score counts and axe's default
 * rules leave out). One scan per page: the French page at a phone's width (most readers), the English one
 * at a desktop's, so each page type is scanned in both layouts and both languages once. A scan is the
 * costliest step of the browser suite (1–3 s of CPU on a chart page); scanning every page at both widths
 * doubled it for the same rules on the same markup.
 * (axe-core is evaluated from node_modules: @axe-core/playwright needs Node 22.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { sharedBrowser, openPage } from './browser.ts';
import { pageTypes, settled } from './pages.ts';

const site = inject('siteUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;
beforeAll(async () => (browser = await sharedBrowser()));
afterAll(async () => browser?.close());

interface Violation {
	id: string;
	impact: string;
	help: string;
	nodes: { target: string[]; failureSummary: string }[];
}

/** Serious and critical violations, touch targets included, one line per element, readable in a failed assertion. */
export async function seriousViolations(page: Page): Promise<string[]> {
	// Evaluated through DevTools: a <script> tag with the source inline would be blocked by the site's CSP.
	await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
		const result = await axe.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } });
		return result.violations;
	});
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 300)}`));
}

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
	for (const { path, locale } of pageTypes()) {
		const width = locale === 'fr' ? 360 : 1280;
		it(`finds no serious or critical violation on ${path} at ${width} px`, async ({ expect }) => {
			expect(await scan(path, width)).toEqual([]);
		});
	}

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
