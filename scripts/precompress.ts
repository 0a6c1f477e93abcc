/**
 * Writes .br and .gz beside every compressible file of the built site, so a static server (sirv, nginx
 * gzip_static/brotli_static) sends the smallest bytes to users on metered data. Brotli runs at maximum
 * quality; results are cached by content hash, so the 34 MB DuckDB wasm costs its ~80 s only once.
 *   tsx scripts/precompress.ts [dir]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|wasm|arrow|txt|xml|csv|map)$/;
const CACHE = resolve('node_modules/.cache/precompress');
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

function* files(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* files(path);
		else if (COMPRESSIBLE.test(entry.name)) yield path;
	}
}

async function compressed(bytes: Buffer, kind: 'br' | 'gz'): Promise<Buffer> {
	const key = join(CACHE, `${createHash('sha256').update(bytes).digest('hex')}.${kind}`);
	if (existsSync(key)) return readFileSync(key);
	const out =
		kind === 'br'
			? await brotli(bytes, {
					params: {
						[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
						[constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
					}
				})
			: await gz(bytes, { level: 9 });
	if (bytes.length > 100_000) writeFileSync(key, out); // small files are quicker to redo than to cache
	return out;
}

const dir = resolve(process.argv[2] ?? 'build');
mkdirSync(CACHE, { recursive: true });
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
