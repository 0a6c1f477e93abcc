/**
 * axe-core in a real browser: the serious and critical violations of the page as it is, touch targets
 * included (WCAG 2.2 target size, axe's `target-size` rule, which Lighthouse's accessibility score counts
 * and axe's default rules leave out). axe-core is evaluated from node_modules (@axe-core/playwright needs
 * Node 22).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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
