/**
 * Writes .br and .gz beside every compressible file of the built site, so a static server (sirv, nginx
 * gzip_static/brotli_static) sends the smallest bytes to users on metered data. Brotli runs at maximum
 * quality; large results are cached by content hash (scripts/lib/brotli-cache.ts).
 *   tsx scripts/precompress.ts [dir]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compressed } from './lib/brotli-cache.ts';

const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|wasm|arrow|txt|xml|csv|map)$/;

function* files(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* files(path);
		else if (COMPRESSIBLE.test(entry.name)) yield path;
	}
}

const dir = resolve(process.argv[2] ?? 'build');
const started = performance.now();
let count = 0;
await Promise.all(
	[...files(dir)].map(async (path) => {
		const bytes = readFileSync(path);
		if (bytes.length < 256) return;
		const [br, gzBytes] = await Promise.all([compressed(bytes, 'br'), compressed(bytes, 'gz')]);
		if (br.length < bytes.length) writeFileSync(`${path}.br`, br);
		if (gzBytes.length < bytes.length) writeFileSync(`${path}.gz`, gzBytes);
		count++;
	})
);
const total = [...files(dir)].length;
console.log(`Precompressed ${count} of ${total} files in ${dir} (${Math.round(performance.now() - started)} ms)`);
