/** What the benchmarks share: the served build, figures, and in-page timing of an interaction. */
import type { AddressInfo } from 'node:net';
import { quantile } from 'd3-array';
import type { Page } from 'playwright-core';
import { serveSite } from '../scripts/serve.ts';

/** Serves the built site on loopback, recording what each response transferred. */
export async function serveBuild(dir = process.env.SITE_DIR ?? 'build') {
	const transfers: { path: string; bytes: number }[] = [];
	const server = serveSite({ dir, onSent: (path, bytes) => transfers.push({ path, bytes }) });
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	return { site: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, transfers, close: () => server.close() };
}

export const sum = (xs: { bytes: number }[]) => xs.reduce((s, x) => s + x.bytes, 0);
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (t: number) => `${t.toFixed(1)} ms`;

export interface Stats {
	runs: number;
	median: number;
	p95: number;
}
export const stats = (xs: number[]): Stats => {
	const sorted = [...xs].sort((a, b) => a - b);
	return { runs: xs.length, median: quantile(sorted, 0.5)!, p95: quantile(sorted, 0.95)! };
};
export const medianP95 = (s: Stats) => `median ${ms(s.median)}, p95 ${ms(s.p95)}`;

/**
 * Runs `action` in the page and resolves with the milliseconds until `done` holds, counted to the next
 * animation frame (when the browser paints the change). Both are function bodies evaluated in the page.
 */
export function timed(page: Page, action: string, done: string): Promise<number> {
	// A string, not a function: the TypeScript runner's helpers do not exist in the page.
	return page.evaluate(`new Promise((resolve, reject) => {
		const isDone = () => (${done});
		const t0 = performance.now();
		const timeout = setTimeout(() => reject(new Error('not done after 60 s: ' + ${JSON.stringify(done)})), 60000);
		let finished = false;
		const observer = new MutationObserver(() => check());
		function check() {
			if (finished || !isDone()) return;
			finished = true;
			observer.disconnect();
			clearTimeout(timeout);
			requestAnimationFrame(() => resolve(performance.now() - t0));
		}
		observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
		${action};
		check();
	})`);
}

/** First contentful paint, and the bytes the page had received by then (Resource Timing). */
export function firstPaint(page: Page) {
	return page.evaluate(() => {
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
		const before = resources.filter((r) => r.responseEnd <= fcp);
		return { fcp, bytesBeforePaint: nav.transferSize + before.reduce((s, r) => s + r.transferSize, 0), filesBeforePaint: 1 + before.length };
	});
}

/** Largest contentful paint so far (buffered entries). */
export function largestPaint(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				new PerformanceObserver((list) => {
					const entries = list.getEntries();
					resolve(entries[entries.length - 1]?.startTime ?? NaN);
				}).observe({ type: 'largest-contentful-paint', buffered: true });
				setTimeout(() => resolve(NaN), 1000);
			})
	);
}
