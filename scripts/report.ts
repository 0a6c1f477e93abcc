/**
 * Coverage of every indicator, from the built Parquet files: countries with a value (of 55), first and
 * latest year, and the share of Smart Africa members with a value in the last three years.
 *   npm run data:report
 */
import { NodeEngine } from '../src/lib/db/node.ts';
import { indicatorCoverage, recentSince } from '../src/lib/queries/coverage.ts';

const year = new Date().getUTCFullYear();
const db = new NodeEngine();
const rows = await indicatorCoverage(db, { since: recentSince(year) });
await db.close();

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const header = `${pad('indicator', 44)}${pad('source', 30)}${pad('countries', 11)}${pad('years', 11)}members with a value since ${recentSince(year)}`;
console.log(header);
console.log('-'.repeat(header.length));
let topic = '';
for (const r of rows) {
	if (r.topic !== topic) console.log(`[${(topic = r.topic)}]`);
	const years = r.first_year === null ? '–' : `${r.first_year}–${r.last_year}`;
	const share = `${r.recent_members}/${r.members} (${Math.round((100 * r.recent_members) / r.members)} %)`;
	console.log(`${pad(r.id, 44)}${pad(r.source_id, 30)}${pad(`${r.countries}/${r.total_countries}`, 11)}${pad(years, 11)}${share}`);
}
console.log(`\n${rows.length} indicators.`);
