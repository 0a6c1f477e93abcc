/**
 * Downloads a publisher's raw publications from its API into a folder laid out like the offline
 * snapshot (../shared/data/sources), so the curation reads either the same way:
 *   npm run data:fetch -- --source world-bank --out raw/
 *   npm run data:curate -- --raw raw/
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PUBLISHERS } from './catalog/index.ts';

const { values } = parseArgs({ options: { source: { type: 'string' }, out: { type: 'string' } } });
const fetchable = PUBLISHERS.filter((p) => p.fetch);
const chosen = values.source === 'all' ? fetchable : fetchable.filter((p) => p.id === values.source);
if (!values.out || chosen.length === 0) {
	console.error(`Usage: npm run data:fetch -- --source <${[...fetchable.map((p) => p.id), 'all'].join('|')}> --out <dir>`);
	process.exit(2);
}
const out = resolve(values.out);
mkdirSync(out, { recursive: true });
for (const publisher of chosen) {
	const files = await publisher.fetch!(out, { fetch: globalThis.fetch, log: (m) => console.log(`[${publisher.id}] ${m}`) });
	console.log(`[${publisher.id}] wrote ${files.length} file(s) under ${out}`);
}
