/**
 * Touch targets of at least 24×24 CSS px, or spaced as if they were (WCAG 2.2 target size, axe-core's
 * `target-size` rule, which Lighthouse's accessibility score counts and the general axe scan leaves out),
 * on phones and desktops, in English and French.
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

/** Targets axe finds too small and too close, one line each. */
async function smallTargets(page: Page): Promise<string[]> {
	await page.evaluate(axeSource);
	const nodes = await page.evaluate(async () => {
		type Result = { violations: { nodes: { target: string[]; failureSummary: string }[] }[] };
		const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<Result> } }).axe;
		const result = await axe.run(document, { runOnly: { type: 'rule', values: ['target-size'] }, resultTypes: ['violations'] });
		return result.violations.flatMap((v) => v.nodes);
	});
	return nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)}`);
}

describe('touch targets', () => {
	for (const { path } of pageTypes()) {
		for (const width of [360, 1280]) {
			it(`are large enough on ${path} at ${width} px`, async () => {
				const { page, close } = await openPage(browser, { viewport: { width, height: 800 } });
				await page.goto(`${site}${path}`);
				await settled(page);
				expect(await smallTargets(page)).toEqual([]);
				await close();
			});
		}
	}
});
