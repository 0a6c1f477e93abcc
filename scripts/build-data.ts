/**
 * The data build: validates data/*.csv and writes static/data/ (Parquet, Arrow IPC, manifest.json).
 * Stops with `file:line: reason` for every bad row and a non-zero exit code.
 *   npm run data:build [-- --data <dir> --out <dir>]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatError } from './lib/csv.ts';
import { validateData } from './lib/validate.ts';
import { writeData } from './lib/write-data.ts';

const { values } = parseArgs({
	options: {
		data: { type: 'string', default: 'data' },
		out: { type: 'string', default: 'static/data' }
	}
});

const started = performance.now();
const { tables, errors } = validateData(resolve(values.data));
if (errors.length > 0) {
	for (const e of errors) console.error(formatError(e));
	console.error(`\nData build failed: ${errors.length} problem${errors.length === 1 ? '' : 's'} in ${values.data}/.`);
	process.exit(1);
}
const manifest = await writeData(tables, resolve(values.out));
const summary = Object.entries(manifest.tables)
	.map(([name, t]) => `${name} ${t.rows}`)
	.join(', ');
console.log(`Data ${manifest.version} → ${values.out}/ (${summary}) in ${Math.round(performance.now() - started)} ms`);
