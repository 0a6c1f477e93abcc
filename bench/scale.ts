/**
 * Scale mode: DuckDB-WASM in headless Chromium (the site's own engine, on /compare) over 1 M and 5 M
 * synthetic observation rows shaped like the real table (55 countries × 60 years × N indicators), with
 * the queries the views run: one indicator's series, member/non-member medians per year, the ranking of
 * latest values in a window, and a scan of the whole table. Also the time from bytes to table for the
 * real data files. Figures, not pass/fail: prints a table, writes bench/results/scale.json.
 *   npm run build && tsx bench/scale.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { kb, medianP95, ms, serveBuild, stats } from './lib.ts';

const RUNS = 10;
const SIZES = [1_000_000, 5_000_000];

const QUERIES: Record<string, string> = {
	'one indicator’s series (line chart)': `SELECT iso3, year, value FROM synth_obs WHERE indicator = 'I0042' AND year BETWEEN 1990 AND 2024 ORDER BY iso3, year`,
	'medians by year and membership': `SELECT year, iso3 IN (SELECT iso3 FROM synth_members) AS member, median(value), count(*) FROM synth_obs WHERE indicator = 'I0042' GROUP BY ALL ORDER BY ALL`,
	'ranking, latest value in 5 years': `WITH latest AS (SELECT iso3, arg_max(value, year) AS value, max(year) AS year FROM synth_obs WHERE indicator = 'I0042' AND year BETWEEN 2015 AND 2020 GROUP BY iso3) SELECT iso3, value, rank() OVER (ORDER BY value DESC) FROM latest`,
	'scan: mean per indicator': `SELECT indicator, avg(value), count(*) FROM synth_obs GROUP BY indicator`
};

const { site, close } = await serveBuild();
const browser = await launchBrowser();
const page = await (await browser.newContext({ serviceWorkers: 'block', bypassCSP: true })).newPage();
await page.goto(`${site}/compare`);
await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
await page.getByRole('radio', { name: 'Bar' }).check();
await page.waitForFunction(() => '__queryEngine' in globalThis && performance.getEntriesByName('table:observations').length > 0, null, { timeout: 120_000 });

const tables = await page.evaluate(() =>
	performance.getEntriesByType('measure').filter((m) => m.name.startsWith('table:')).map((m) => ({ table: m.name.slice(6), ms: m.duration, bytes: (m as PerformanceMeasure).detail?.bytes as number }))
);

type Engine = { query(sql: string): Promise<unknown[]> };
const results: { rows: number; generateMs: number; queries: Record<string, ReturnType<typeof stats>> }[] = [];
for (const rows of SIZES) {
	const generateMs = await page.evaluate(async (rows) => {
		const db = (globalThis as unknown as { __queryEngine: Engine }).__queryEngine;
		const t0 = performance.now();
		await db.query(`CREATE OR REPLACE TABLE synth_obs AS
			SELECT printf('C%02d', i % 55) AS iso3, printf('I%04d', i // 3300) AS indicator,
			       1965 + (i // 55) % 60 AS year, ((i * 7919) % 10007) / 100.0 AS value
			FROM range(${rows}) t(i)`);
		await db.query(`CREATE OR REPLACE TABLE synth_members AS SELECT printf('C%02d', i) AS iso3 FROM range(40) t(i)`);
		return performance.now() - t0;
	}, rows);
	const queries: Record<string, ReturnType<typeof stats>> = {};
	for (const [name, sql] of Object.entries(QUERIES)) {
		const times = await page.evaluate(
			async ({ sql, runs }) => {
				const db = (globalThis as unknown as { __queryEngine: Engine }).__queryEngine;
				const out: number[] = [];
				for (let i = 0; i <= runs; i++) {
					const t0 = performance.now();
					await db.query(sql);
					if (i > 0) out.push(performance.now() - t0); // the first run prepares the statement
				}
				return out;
			},
			{ sql, runs: RUNS }
		);
		queries[name] = stats(times);
	}
	results.push({ rows, generateMs, queries });
}

console.log('\nDuckDB-WASM in Chromium (local, unthrottled): from bytes to table, the real data files\n');
console.table(Object.fromEntries(tables.map((t) => [t.table, { bytes: kb(t.bytes), 'bytes → table': ms(t.ms) }])));
console.log(`\nScale mode: synthetic observations (${RUNS} runs per query after one warm-up)\n`);
console.table(
	Object.fromEntries(
		results.map((r) => [
			`${r.rows / 1e6} M rows`,
			{ generate: ms(r.generateMs), ...Object.fromEntries(Object.entries(r.queries).map(([name, s]) => [name, medianP95(s)])) }
		])
	)
);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/scale.json', `${JSON.stringify({ date: new Date().toISOString(), tables, scale: results }, null, '\t')}\n`);
await browser.close();
close();
