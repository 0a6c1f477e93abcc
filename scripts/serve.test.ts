/**
 * scripts/serve.ts (what `npm start` runs) on loopback: redirects stay on this site, every file the
 * site serves has its Content-Type, and nosniff stays.
 */
import { readdirSync, readFileSync, mkdtempSync, writeFileSync, cpSync, rmSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite } from './serve';

/** A raw GET (no URL normalisation by a client library: `//evil.example/` goes out as is). */
function get(port: number, path: string, headers: Record<string, string> = {}) {
	return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
		});
		req.on('error', reject);
		req.end();
	});
}

/** Every file under `dir`, as site paths. */
const filesOf = (dir: string, at = ''): string[] =>
	readdirSync(join(dir, at), { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesOf(dir, `${at}/${d.name}`) : [`${at}/${d.name}`]));

const dir = mkdtempSync(join(tmpdir(), 'serve-'));
const servers: { close(): void }[] = [];
let port: number;
let atlasPort: number;

async function listen(base = '') {
	const server = serveSite({ dir, base });
	servers.push(server);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
	// The site's real static files (the data files the build wrote, the icons…), and one file of each
	// other type a build holds.
	cpSync('static', dir, { recursive: true });
	mkdirSync(join(dir, 'fr'));
	writeFileSync(join(dir, 'compare.html'), '<!doctype html><title>Compare</title>');
	writeFileSync(join(dir, 'fr/compare.html'), '<!doctype html><title>Comparer</title>');
	writeFileSync(join(dir, 'evil.example.html'), '<!doctype html><title>a page of this site</title>');
	writeFileSync(join(dir, 'duckdb.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
	writeFileSync(join(dir, 'manifest.webmanifest'), '{}');
	writeFileSync(join(dir, 'data.csv'), 'a,b\n1,2\n');
	writeFileSync(join(dir, 'app.css'), 'body{}');
	writeFileSync(join(dir, 'README.txt'), 'text');
	writeFileSync(join(dir, 'mystery.bin'), '<script>alert(1)</script>');
	writeFileSync(join(dir, 'data/observations.arrow.br'), brotliCompressSync(readFileSync('static/data/observations.arrow'), { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } }));
	port = await listen();
	atlasPort = await listen('/atlas');
});
afterAll(() => {
	for (const s of servers) s.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('redirects', () => {
	it.each(['//evil.example/', '///evil.example//', '/\\evil.example/', '/\\/evil.example/', '//evil.example/path/?q=1'])(
		'%s stays on this site',
		async (path) => {
			const response = await get(port, path);
			expect(response.status).toBe(308);
			const location = String(response.headers.location);
			expect(location).toMatch(/^\/[^/\\]/);
			const origin = `http://127.0.0.1:${port}`;
			expect(new URL(location, `${origin}/`).origin).toBe(origin);
		}
	);

	it('still sends /fr/ and /compare/ to their pages, keeping the query, under a base path too', async () => {
		expect((await get(port, '/fr/compare/?countries=TGO')).headers.location).toBe('/fr/compare?countries=TGO');
		expect((await get(atlasPort, '/atlas//evil.example/')).headers.location).toBe('/atlas/evil.example');
		expect((await get(atlasPort, '/atlas/compare/')).headers.location).toBe('/atlas/compare');
	});
});

describe('content types', () => {
	const expected: Record<string, RegExp> = {
		'.arrow': /^application\/vnd\.apache\.arrow\.stream$/,
		'.parquet': /^application\/vnd\.apache\.parquet$/,
		'.json': /^application\/json; charset=utf-8$/,
		'.wasm': /^application\/wasm$/,
		'.webmanifest': /^application\/manifest\+json$/,
		'.csv': /^text\/csv; charset=utf-8$/,
		'.css': /^text\/css; charset=utf-8$/,
		'.js': /^text\/javascript; charset=utf-8$/,
		'.svg': /^image\/svg\+xml$/,
		'.html': /^text\/html; ?charset=utf-8$/,
		'.txt': /^text\/plain; charset=utf-8$/,
		'.bin': /^application\/octet-stream$/
	};

	it('gives every file its type, and nosniff', async () => {
		const paths = filesOf(dir).filter((p) => !p.endsWith('.br') && p !== '/_headers');
		expect(paths.length).toBeGreaterThan(20);
		for (const path of paths) {
			const response = await get(port, path);
			expect(response.status, path).toBe(200);
			const type = expected[extname(path)];
			expect(type, `a type expected for ${path}`).toBeDefined();
			expect(response.headers['content-type'], path).toMatch(type);
			expect(response.headers['x-content-type-options'], path).toBe('nosniff');
		}
	});

	it('does not serve the static hosts’ configuration', async () => {
		expect((await get(port, '/_headers')).status).toBe(404);
	});

	it('gives a precompressed data file its own type, and a page its type without .html', async () => {
		const arrow = await get(port, '/data/observations.arrow', { 'accept-encoding': 'br' });
		expect(arrow.headers['content-encoding']).toBe('br');
		expect(arrow.headers['content-type']).toBe('application/vnd.apache.arrow.stream');
		const page = await get(port, '/fr/compare');
		expect(page.headers['content-type']).toMatch(/^text\/html; ?charset=utf-8$/);
		expect(page.body.toString()).toContain('Comparer');
	});
});
