/**
 * Brotli (high quality, widest window) and gzip with a cache keyed by content hash, shared by the precompress step
 * and the DuckDB wasm splitter: the 34 MB wasm costs its minute of brotli once per DuckDB version.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const CACHE = resolve('node_modules/.cache/precompress');
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export async function compressed(bytes: Buffer | Uint8Array, kind: 'br' | 'gz'): Promise<Buffer> {
	mkdirSync(CACHE, { recursive: true });
	const key = join(CACHE, `${createHash('sha256').update(bytes).digest('hex')}.${kind === 'br' ? 'q11w24.br' : kind}`);
	if (existsSync(key)) return readFileSync(key);
	const out =
		kind === 'br'
			? await brotli(bytes, {
					params: {
						// With the largest window browsers accept (16 MB) the DuckDB wasm parts are 5.17 MB
						// instead of 5.37 MB; small files are unaffected.
						[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
						[constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
						[constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
					}
				})
			: await gz(bytes, { level: 9 });
	if (bytes.length > 100_000) writeFileSync(key, out); // small files are quicker to redo than to cache
	return out;
}
