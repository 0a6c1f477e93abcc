/**
 * Where the main thread's time goes after a tap (issue 15): one first visit per interaction, in the
 * reader's bench conditions (bench/interactions.ts: Slow 4G, 4× CPU, 360 px), with the V8 sampling
 * profiler and a Chromium trace running from the tap until the chart shows the new state. Prints
 *  - the main thread's time by trace event (script, style, layout, paint …), self time, and its long tasks;
 *  - the JavaScript functions by self time and by total time (a function counted once per sample however
 *    deep it recurs), named by function and file:line.
 * Function names are readable in an unminified build, which this writes beside the real one:
 *   SITE_DIR=build-profile SVELTEKIT_OUT_DIR=.svelte-kit-profile npx vite build -c bench/vite.profile.config.ts
 * (then run this with SITE_DIR=build-profile UNMINIFIED=1); in the minified build each function is shown
 * with the first characters of its code.
 *   tsx bench/profile.ts                 every interaction
 *   ONLY=bar TOP=40 tsx bench/profile.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { hydrated, INTERACTIONS, readerPage, readyInput } from './interactions.ts';
import { serveBuild } from './lib.ts';

const ONLY = process.env.ONLY;
const TOP = Number(process.env.TOP ?? 25);
/** How many of the long tasks to break down by function. */
const TASKS = Number(process.env.TASKS ?? 0);
const DIR = process.env.SITE_DIR ?? 'build';
const MINIFIED = process.env.UNMINIFIED !== '1';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
	children?: number[];
}
interface Profile {
	startTime: number;
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}
interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { name?: string };
}

const sources = new Map<string, string[]>();
/** In a minified build a name says little: the code where the function starts says which it is. */
function codeAt(url: string, line: number, column: number): string {
	const path = new URL(url).pathname;
	if (!path.startsWith('/_app/')) return '';
	if (!sources.has(path)) sources.set(path, existsSync(join(DIR, path)) ? readFileSync(join(DIR, path), 'utf8').split('\n') : []);
	return (sources.get(path)![line] ?? '').slice(column, column + 70).replace(/\s+/g, ' ');
}

const frameName = (f: ProfileNode['callFrame']) =>
	f.url
		? `${f.functionName || '(anonymous)'}  ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}  ${MINIFIED ? codeAt(f.url, f.lineNumber, f.columnNumber) : ''}`.trim()
		: f.functionName;

/** Self and total milliseconds by function; `within` keeps only samples taken between two times (µs). */
function summariseProfile(profile: Profile, within?: [number, number]) {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const self = new Map<string, number>();
	const total = new Map<string, number>();
	let at = profile.startTime;
	profile.samples.forEach((id, i) => {
		at += profile.timeDeltas[i];
		if (within && (at < within[0] || at > within[1])) return;
		const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		const leaf = byId.get(id)!;
		self.set(frameName(leaf.callFrame), (self.get(frameName(leaf.callFrame)) ?? 0) + dt);
		const seen = new Set<string>();
		for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
			const name = frameName(byId.get(n)!.callFrame);
			if (seen.has(name)) continue;
			seen.add(name);
			total.set(name, (total.get(name) ?? 0) + dt);
		}
	});
	return { self, total };
}

/** The renderer's main thread: self time by event name, and its tasks over 50 ms, between t0 and t1 (µs). */
function summariseTrace(events: TraceEvent[]) {
	const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
	if (!main) return { self: new Map<string, number>(), tasks: [] as { at: number; ms: number; ts: number; end: number }[], start: 0 };
	const slices = events
		.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
		.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
	const self = new Map<string, number>();
	const stack: TraceEvent[] = [];
	const childTime = new Map<TraceEvent, number>();
	const close = (e: TraceEvent) => self.set(e.name, (self.get(e.name) ?? 0) + (e.dur! - (childTime.get(e) ?? 0)) / 1000);
	for (const e of slices) {
		while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur! <= e.ts) close(stack.pop()!);
		const top = stack[stack.length - 1];
		if (top) childTime.set(top, (childTime.get(top) ?? 0) + e.dur!);
		stack.push(e);
	}
	while (stack.length) close(stack.pop()!);
	const start = slices[0]?.ts ?? 0;
	const tasks = slices.filter((e) => e.name === 'RunTask' && e.dur! > 50_000).map((e) => ({ at: (e.ts - start) / 1000, ms: e.dur! / 1000, ts: e.ts, end: e.ts + e.dur! }));
	return { self, tasks, start };
}

const top = (m: Map<string, number>, n: number) =>
	[...m]
		.sort((a, b) => b[1] - a[1])
		.slice(0, n)
		.map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${k}`)
		.join('\n');

const { site, close } = await serveBuild(DIR);
const browser = await launchBrowser();

for (const interaction of INTERACTIONS.filter((i) => !ONLY || i.name.includes(ONLY))) {
	const { page, cdp, close: closePage } = await readerPage(browser);
	await page.goto(site + interaction.path, { waitUntil: 'load', timeout: 120_000 });
	await page.waitForFunction(interaction.ready ?? hydrated, null, { timeout: 60_000 });
	await interaction.prepare?.(page);
	await page.waitForTimeout(200);
	// Let what reaching for the controls started (the worker, the views' code) finish, as the bench's
	// pause may not: this profiles the tap, not the warm-up.
	await page.waitForLoadState('networkidle');
	const fire = await readyInput(page, interaction);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] });
	await cdp.send('Profiler.start');
	const t0 = await page.evaluate(() => performance.now());
	await fire();
	const handle = await page.waitForFunction(`(${interaction.done}) ? performance.now() : false`, null, { timeout: 180_000, polling: 'raf' });
	const t1 = (await handle.jsonValue()) as number;
	const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
	const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
	const firstRequest = await page.evaluate(
		(t0) => Math.min(...performance.getEntriesByType('resource').filter((r) => r.startTime >= t0).map((r) => r.startTime - t0)),
		t0
	);
	const js = summariseProfile(profile);
	const main = summariseTrace(trace.traceEvents);
	console.log(`\n=== ${interaction.name}: ${Math.round(t1 - t0)} ms (first request ${Number.isFinite(firstRequest) ? Math.round(firstRequest) + ' ms' : 'none'} after the tap)`);
	console.log(`main thread, self time by event:\n${top(main.self, 12)}`);
	console.log(`tasks over 50 ms (from the trace's start): ${main.tasks.map((t) => `${t.ms.toFixed(0)} ms at ${t.at.toFixed(0)}`).join(', ')}`);
	console.log(`JavaScript, self time:\n${top(js.self, TOP)}`);
	console.log(`JavaScript, total time:\n${top(js.total, TOP)}`);
	for (const task of main.tasks.slice(0, TASKS)) {
		const inTask = summariseProfile(profile, [task.ts, task.end]);
		console.log(`task of ${task.ms.toFixed(0)} ms at ${task.at.toFixed(0)} ms, total time:\n${top(inTask.total, TOP)}`);
	}
	await closePage();
}

await browser.close();
close();
