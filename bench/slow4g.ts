/**
 * The reader's bench (issue 15): a phone (360×740) on Slow 4G (150 ms RTT, 1.6 Mbps down, 0.75 Mbps up)
 * with 4× CPU slowdown, a first visit every run (fresh context, no cache, no service worker), against
 * the built, precompressed site served as a host would.
 *  - First paint of two chart pages against the floor: a plain HTML page holding the same inline SVG
 *    chart and nothing else (no stylesheet, no script), served the same way.
 *  - Click → updated chart for each control a reader uses first (bench/interactions.ts): from the tap (or
 *    pick, or key) to the frame after the chart shows the new state — the bench waits for the chart
 *    itself, never for an engine — and the bytes the server sent meanwhile (pages, workers and data
 *    alike, as compressed on the wire). The control is found before the clock starts (readyInput).
 * Figures, not pass/fail. Prints a table and writes bench/results/slow4g.json.
 *   npm run build && tsx bench/slow4g.ts            (RUNS=5 for more runs per click row, 3 by default; PAINT_RUNS, 15 by default)
 *   WATERFALL=1 …   also prints, for each interaction's first run, where its time went: every file
 *                   fetched after the click (start → end, ms from the click), the long tasks and the
 *                   query's own measure (query:<name>, from live-query.svelte.ts).
 *   ONLY=embed …    runs only the interactions whose name contains this text (and no first-paint rows);
 *                   ONLY=paint runs only the first-paint rows.
 */
import { brotliCompressSync } from 'node:zlib';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CPU_SLOWDOWN, hydrated, INTERACTIONS, readerPage, readyInput, SLOW_4G, VIEWPORT } from './interactions.ts';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { kb, ms, serveBuild, stats, sum } from './lib.ts';

const RUNS = Number(process.env.RUNS ?? 3);
/**
 * First paint is a ratio of two medians, each of a few hundred milliseconds that move by ±100 ms from one
 * load to the next on this machine: of three runs each it swung from 1.04× to 1.68× on the same build.
 * Paint runs are cheap (two page loads), so they take more samples than the interactions.
 */
const PAINT_RUNS = Number(process.env.PAINT_RUNS ?? Math.max(RUNS, 15));
const WATERFALL = process.env.WATERFALL === '1';
const ONLY = process.env.ONLY;
const DIR = process.env.SITE_DIR ?? 'build';

/** Plain pages holding each chart page's prerendered SVG and nothing else: the first-paint floor. */
function writeFloors(paths: string[]): Map<string, string> {
	const floors = new Map<string, string>();
	for (const path of paths) {
		const html = readFileSync(join(DIR, `${path.replace(/^\//, '')}.html`), 'utf8');
		const frame = html.indexOf('class="chart-frame');
		const start = html.indexOf('<svg', frame);
		const end = html.indexOf('</svg>', start) + '</svg>'.length;
		if (frame < 0 || start < 0) throw new Error(`no chart SVG in ${path}`);
		const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>floor</title></head><body><div style="height:clamp(280px,56vw,440px)">${html.slice(start, end)}</div></body></html>`;
		const name = `bench-floor-${path.replace(/\W+/g, '-').replace(/^-|-$/g, '')}`;
		writeFileSync(join(DIR, `${name}.html`), page);
		writeFileSync(join(DIR, `${name}.html.br`), brotliCompressSync(page));
		floors.set(path, `/${name}.html`);
	}
	return floors;
}

const PAINT_PAGES = ['/compare', '/indicator/internet-users'];
const floors = writeFloors(PAINT_PAGES);
const { site, transfers, close } = await serveBuild(DIR);
const browser = await launchBrowser();

const slowPage = () => readerPage(browser);

async function fcp(url: string): Promise<number> {
	const { page, close } = await slowPage();
	await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
	const t = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
	await close();
	return t;
}

const paint: { path: string; page: number; floor: number; ratio: number }[] = [];
for (const path of ONLY && ONLY !== 'paint' ? [] : PAINT_PAGES) {
	const pageTimes: number[] = [];
	const floorTimes: number[] = [];
	for (let i = 0; i < PAINT_RUNS; i++) {
		pageTimes.push(await fcp(site + path));
		floorTimes.push(await fcp(site + floors.get(path)!));
	}
	const [p, f] = [stats(pageTimes).median, stats(floorTimes).median];
	paint.push({ path, page: p, floor: f, ratio: p / f });
}

/** Where a click's time went, in the page's clock relative to the click: files, long tasks, measures. */
function waterfall(page: Page, t0: number): Promise<string> {
	// A string, not a function: the TypeScript runner's helpers do not exist in the page (as in lib.ts).
	return page.evaluate(`(() => {
		const t0 = ${t0};
		const at = (start, end) => String(Math.round(start - t0)).padStart(6) + ' → ' + String(Math.round(end - t0)).padStart(6) + ' ms  ';
		const files = performance.getEntriesByType('resource').filter((r) => r.startTime >= t0)
			.map((r) => [r.startTime, at(r.startTime, r.responseEnd) + (r.transferSize / 1024).toFixed(1).padStart(6) + ' KB  ' + r.name.replace(location.origin, '')]);
		const tasks = (window.__longTasks ?? []).filter((e) => e.startTime >= t0).map((e) => [e.startTime, at(e.startTime, e.startTime + e.duration) + 'long task']);
		const measures = performance.getEntriesByType('measure').filter((e) => e.startTime >= t0).map((e) => [e.startTime, at(e.startTime, e.startTime + e.duration) + e.name]);
		return [...files, ...tasks, ...measures].sort((a, b) => a[0] - b[0]).map((x) => x[1]).join('\\n');
	})()`);
}

const clicks: { name: string; median: number; max: number; bytes: number; duckdb: boolean; runs: number[] }[] = [];
for (const interaction of INTERACTIONS.filter((i) => !ONLY || (ONLY !== 'paint' && i.name.includes(ONLY)))) {
	const times: number[] = [];
	const bytes: number[] = [];
	let duckdb = false;
	for (let i = 0; i < RUNS; i++) {
		const { page, close: closePage } = await slowPage();
		if (WATERFALL && i === 0)
			await page.addInitScript(`window.__longTasks = []; new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });`);
		await page.goto(site + interaction.path, { waitUntil: 'load', timeout: 120_000 });
		await page.waitForFunction(interaction.ready ?? hydrated, null, { timeout: 60_000 });
		await interaction.prepare?.(page);
		await page.waitForTimeout(200);
		const fire = await readyInput(page, interaction);
		const mark = transfers.length;
		const t0 = await page.evaluate(() => performance.now());
		await fire();
		const handle = await page.waitForFunction(`(${interaction.done}) ? performance.now() : false`, null, { timeout: 180_000, polling: 'raf' });
		const t1 = (await handle.jsonValue()) as number;
		if (WATERFALL && i === 0) {
			// The worker's own fetches are not in the page's timeline: the server's log names them.
			const served = transfers.slice(mark).map((s) => `  ${(s.bytes / 1024).toFixed(1).padStart(6)} KB  ${s.path}`);
			console.log(`\n${interaction.name}: ${Math.round(t1 - t0)} ms\n${await waterfall(page, t0)}\n  served meanwhile:\n${served.join('\n')}`);
		}
		const sent = transfers.slice(mark);
		times.push(t1 - t0);
		bytes.push(sum(sent));
		duckdb ||= sent.some((s) => /duckdb/i.test(s.path));
		await closePage();
	}
	const s = stats(times);
	clicks.push({ name: interaction.name, median: s.median, max: Math.max(...times), bytes: stats(bytes.map((b) => b)).median, duckdb, runs: times });
}

console.log(`\nFirst visit on Slow 4G (1.6 Mbps, 150 ms RTT), ${CPU_SLOWDOWN}× CPU, ${VIEWPORT.width} px, median of ${PAINT_RUNS} (first paint) and ${RUNS} (clicks)\n`);
console.table(Object.fromEntries(paint.map((p) => [`first paint ${p.path}`, { page: ms(p.page), floor: ms(p.floor), ratio: `${p.ratio.toFixed(2)}×` }])));
console.table(Object.fromEntries(clicks.map((c) => [c.name, { 'click → chart': ms(c.median), max: ms(c.max), transferred: kb(c.bytes), DuckDB: c.duckdb ? 'yes' : 'no' }])));
mkdirSync('bench/results', { recursive: true });
writeFileSync(
	'bench/results/slow4g.json',
	`${JSON.stringify({ date: new Date().toISOString(), profile: { ...SLOW_4G, cpuSlowdown: CPU_SLOWDOWN, viewport: VIEWPORT, runs: RUNS, paintRuns: PAINT_RUNS }, paint, clicks }, null, '\t')}\n`
);
await browser.close();
close();
for (const file of floors.values()) for (const f of [file, `${file}.br`]) rmSync(join(DIR, f), { force: true });
