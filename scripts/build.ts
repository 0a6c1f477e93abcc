/**
 * `npm run build`: the data, the site (Vite: server and client code, then every page prerendered with
 * native DuckDB, preview images included), and the precompressed copies, with the time of each stage.
 *
 *   tsx scripts/build.ts [--no-data] [--no-precompress]
 *
 * While Vite works, the DuckDB wasm parts and each page already prerendered are brotli-compressed in the
 * background (scripts/lib/warm-compress.ts): the prerender keeps one core busy, compression the other.
 * SITE_DIR, SVELTEKIT_OUT_DIR and BASE_PATH are read as by svelte.config.js (the sub-path build).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCacheDir, pruneCacheDir } from '../src/lib/server/build-cache.ts';
import { precompress } from './precompress.ts';
import { warmCompression } from './lib/warm-compress.ts';
import { wasmParts } from './vite-duckdb-wasm.ts';

const args = new Set(process.argv.slice(2));
const siteDir = resolve(process.env.SITE_DIR ?? 'build');
const outDir = resolve(process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit');
const stages: { name: string; ms: number }[] = [];
const started = performance.now();

async function stage<T>(name: string, work: () => Promise<T>): Promise<T> {
	const t0 = performance.now();
	const result = await work();
	stages.push({ name, ms: performance.now() - t0 });
	console.log(`\n[build] ${name}: ${seconds(performance.now() - t0)}\n`);
	return result;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function run(command: string, commandArgs: string[], env: Record<string, string> = {}): Promise<void> {
	return new Promise((done, fail) => {
		const child = spawn(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
		child.on('error', fail);
		child.on('exit', (code, signal) => (code === 0 ? done() : fail(new Error(`${command} ${commandArgs.join(' ')} exited with ${signal ?? code}`))));
	});
}

const bin = (name: string) => join('node_modules', '.bin', name);

if (!args.has('--no-data')) await stage('data (validate data/, write static/data/)', () => run(bin('tsx'), ['scripts/build-data.ts']));

const warm = args.has('--no-precompress')
	? null
	: warmCompression({ dirs: [join(outDir, 'output', 'prerendered'), join(outDir, 'output', 'client')], first: wasmParts });
// src/hooks.server.ts appends each prerendered response's time here: summed by route below.
const timingsDir = mkdtempSync(join(tmpdir(), 'build-timings-'));
const pageTimings = join(timingsDir, 'pages.tsv');
try {
	await stage('site (vite: server and client code, prerendered pages and preview images)', () => run(bin('vite'), ['build'], { PAGE_TIMINGS: pageTimings }));
	printSlowestRoutes();
	// Preview images unused for two weeks, or beyond the size limit (src/lib/server/build-cache.ts).
	pruneCacheDir(buildCacheDir('previews'));
} finally {
	rmSync(timingsDir, { recursive: true, force: true });
	warm?.stop();
}

/** Prerender time summed by route, the five largest: where a slower build comes from. */
function printSlowestRoutes() {
	if (!existsSync(pageTimings)) return;
	const byRoute = new Map<string, { ms: number; count: number }>();
	for (const line of readFileSync(pageTimings, 'utf8').trim().split('\n')) {
		const [ms, route] = line.split('\t');
		const entry = byRoute.get(route) ?? { ms: 0, count: 0 };
		entry.ms += Number(ms);
		entry.count++;
		byRoute.set(route, entry);
	}
	console.log('[build] prerender time by route (summed; pages render several at a time):');
	for (const [route, { ms, count }] of [...byRoute].sort((a, b) => b[1].ms - a[1].ms).slice(0, 5)) {
		console.log(`  ${seconds(ms).padStart(8)}  ${String(count).padStart(4)} × ${route}`);
	}
}

if (warm) {
	await stage('precompress (brotli and gzip beside every file)', async () => {
		const r = await precompress(siteDir);
		console.log(`Precompressed ${r.written} of ${r.files} files in ${siteDir} (${r.fromCache} already in the cache)`);
		console.log(`[build] of which compressed in the background while the site was built: ${await warm.finished()} files`);
	});
}

console.log('[build] stages:');
for (const { name, ms } of stages) console.log(`  ${seconds(ms).padStart(8)}  ${name}`);
console.log(`  ${seconds(performance.now() - started).padStart(8)}  total`);
