/**
 * Lighthouse (mobile, its default emulation and throttling) on the key pages of the built site, served
 * by scripts/serve.ts as a static host would: prints performance, accessibility, best-practices and SEO
 * scores and writes them, with every failing audit, to bench/results/lighthouse.json.
 *   npm run audit:site [-- --dir build --out bench/results/lighthouse.json]
 * Uses Debian's Chromium (CHROMIUM_PATH), started by chrome-launcher.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveSite } from './serve.ts';

const PAGES = ['/', '/fr', '/compare', '/indicator/internet-users', '/country/TGO', '/data', '/projects', '/sources'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: process.env.SITE_DIR ?? 'build' },
		out: { type: 'string', default: 'bench/results/lighthouse.json' }
	}
});

const server = serveSite({ dir: values.dir });
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking']
});

interface PageResult {
	path: string;
	scores: Record<(typeof CATEGORIES)[number], number>;
	/** Audits that lost points, by category: id, title and score. */
	failing: Record<string, { id: string; title: string; score: number | null; displayValue?: string }[]>;
	metrics: Record<string, string | undefined>;
}

const results: PageResult[] = [];
try {
	for (const path of PAGES) {
		const run = await lighthouse(`${site}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
		if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
		const { lhr } = run;
		const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as PageResult['scores'];
		const failing = Object.fromEntries(
			CATEGORIES.map((c) => [
				c,
				(lhr.categories[c]?.auditRefs ?? [])
					.filter((ref) => ref.weight > 0)
					.map((ref) => lhr.audits[ref.id])
					.filter((a) => a.score !== null && a.score < 0.9)
					.map((a) => ({ id: a.id, title: a.title, score: a.score, displayValue: a.displayValue }))
			])
		);
		const metric = (id: string) => lhr.audits[id]?.displayValue;
		results.push({
			path,
			scores,
			failing,
			metrics: { fcp: metric('first-contentful-paint'), lcp: metric('largest-contentful-paint'), tbt: metric('total-blocking-time'), cls: metric('cumulative-layout-shift') }
		});
		console.error(`${path}: done`);
	}
} finally {
	chrome.kill();
	server.close();
}

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`${pad('page', 28)}${CATEGORIES.map((c) => pad(c, 16)).join('')}LCP`);
for (const r of results) console.log(`${pad(r.path, 28)}${CATEGORIES.map((c) => pad(String(r.scores[c]), 16)).join('')}${r.metrics.lcp ?? ''}`);
for (const r of results) {
	for (const c of CATEGORIES) {
		if (r.scores[c] < 95) console.log(`\n${r.path} ${c} ${r.scores[c]}:\n${r.failing[c].map((a) => `  - ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`).join('\n')}`);
	}
}
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, `${JSON.stringify({ site: values.dir, lighthouse: '12.8.2', formFactor: 'mobile', at: new Date().toISOString(), results }, null, '\t')}\n`);
console.log(`\nWrote ${values.out}`);
