/** DuckDB-WASM (the browser's engine, run in Node) given a damaged data file. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createNodeWasmEngine } from './wasm-node';

it('fails the load of a truncated Arrow file, and loads it on a retry once the file is whole', async () => {
	let truncate = true;
	const engine = await createNodeWasmEngine(undefined, async (table) => {
		const bytes = readFileSync(`static/data/${table}.arrow`);
		return new Uint8Array(truncate ? bytes.subarray(0, bytes.length >> 1) : bytes);
	});
	await expect(engine.load(['observations'])).rejects.toThrow('observations: the data file could not be read');
	truncate = false;
	await engine.load(['observations']);
	const [{ n }] = await engine.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM observations');
	expect(n).toBe(JSON.parse(readFileSync('static/data/manifest.json', 'utf8')).files.find((f: { name: string }) => f.name === 'observations.parquet').rows);
});
