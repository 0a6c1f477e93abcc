/**
 * Serves the built site on 127.0.0.1 as a static host would: under BASE_PATH if set, precompressed
 * brotli/gzip when the browser accepts it, long-lived caching for hashed assets.
 *   tsx scripts/serve.ts [--dir build] [--port 4173] [--base /atlas]
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

/**
 * Pages other sites may frame: the embeds (EN and FR). Every other page may be framed by the site itself
 * only (clickjacking). frame-ancestors cannot be set in the pages' <meta> policy, so it is a header.
 */
export const EMBED_PATH = /^\/(fr\/)?embed(\/|\.html$|$)/;

/**
 * The query tier's worker (src/lib/tier/worker.ts) and only it may compile code: Arquero builds its
 * expressions with `Function`. A worker loaded from a URL takes this policy from its own response; the
 * pages keep theirs, with no 'unsafe-eval'.
 */
export const WORKER_PATH = /^\/_app\/immutable\/workers\//;
export const WORKER_POLICY = "default-src 'none'; script-src 'self' 'unsafe-eval'; connect-src 'self'";

/** Headers every response carries (`path` without the base path). */
export function securityHeaders(path: string): Record<string, string> {
	return {
		'Content-Security-Policy': WORKER_PATH.test(path) ? WORKER_POLICY : `frame-ancestors ${EMBED_PATH.test(path) ? '*' : "'self'"}`,
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'strict-origin-when-cross-origin'
	};
}

/**
 * Content-Type by file extension, for every type the site serves (sirv's own table lacks .arrow and
 * .parquet, and gives text no charset); any other file is application/octet-stream, never guessed
 * (nosniff). A page's path without `.html` gets sirv's text/html.
 */
export const CONTENT_TYPES: Record<string, string> = {
	html: 'text/html; charset=utf-8',
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	webp: 'image/webp',
	gif: 'image/gif',
	woff: 'font/woff',
	woff2: 'font/woff2',
	pdf: 'application/pdf',
	map: 'application/json; charset=utf-8',
	arrow: 'application/vnd.apache.arrow.stream',
	parquet: 'application/vnd.apache.parquet',
	wasm: 'application/wasm',
	webmanifest: 'application/manifest+json',
	csv: 'text/csv; charset=utf-8',
	txt: 'text/plain; charset=utf-8',
	md: 'text/markdown; charset=utf-8',
	json: 'application/json; charset=utf-8',
	geojson: 'application/geo+json',
	topojson: 'application/json; charset=utf-8',
	js: 'text/javascript; charset=utf-8',
	mjs: 'text/javascript; charset=utf-8',
	css: 'text/css; charset=utf-8',
	svg: 'image/svg+xml',
	xml: 'application/xml',
	ico: 'image/x-icon',
	zip: 'application/zip'
};

/**
 * Where `/path/` redirects: the same path without its trailing slashes, on this site. Leading slashes
 * and backslashes collapse to one slash, so `//evil.example/` (a protocol-relative URL to another
 * host, as is `/\evil.example/` to a browser) stays a path here; characters a header cannot carry are
 * percent-encoded.
 */
export function trailingSlashRedirect(prefix: string, path: string, query: string | undefined): string {
	const clean = `/${path.replace(/^[/\\]+/, '').replace(/\/+$/, '')}`;
	const location = `${prefix}${clean}${query === undefined ? '' : `?${query}`}`;
	return location.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c));
}

export interface ServeOptions {
	dir: string;
	base?: string;
	/** Called with the body bytes sent for each request (as compressed on the wire): used by the benchmark. */
	onSent?: (path: string, bytes: number) => void;
}

/** Counts what a response writes, then reports it once the response ends. */
function countBytes(res: import('node:http').ServerResponse, report: (bytes: number) => void) {
	let bytes = 0;
	const write = res.write.bind(res) as (...args: unknown[]) => boolean;
	const end = res.end.bind(res) as (...args: unknown[]) => unknown;
	const size = (chunk: unknown) => (typeof chunk === 'string' ? Buffer.byteLength(chunk) : (chunk as Uint8Array | undefined)?.length ?? 0);
	res.write = ((chunk: unknown, ...rest: unknown[]) => ((bytes += size(chunk)), write(chunk, ...rest))) as typeof res.write;
	res.end = ((chunk?: unknown, ...rest: unknown[]) => {
		if (chunk && typeof chunk !== 'function') bytes += size(chunk);
		res.once('finish', () => report(bytes));
		return end(chunk, ...rest);
	}) as typeof res.end;
}

export function serveSite({ dir, base = '', onSent }: ServeOptions): Server {
	const assets = sirv(resolve(dir), {
		brotli: true,
		gzip: true,
		extensions: ['html'],
		etag: true,
		setHeaders(res, pathname) {
			const extension = /\.([a-z0-9]+)$/i.exec(pathname)?.[1]?.toLowerCase();
			const type = extension ? CONTENT_TYPES[extension] : undefined;
			if (type) res.setHeader('Content-Type', type);
			// A page reached without its .html (sirv's `extensions`) has text/html from sirv; anything else is bytes.
			else if (extension) res.setHeader('Content-Type', 'application/octet-stream');
			if (pathname.includes('/_app/immutable/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
			else res.setHeader('Cache-Control', 'no-cache');
		}
	});
	const prefix = base.replace(/\/+$/, '');
	return createServer((req, res) => {
		const url = req.url ?? '/';
		if (onSent) countBytes(res, (bytes) => onSent(url.split('?')[0], bytes));
		const notFound = (): void => {
			res.statusCode = 404;
			// The site's own not-found page, in the language of the address asked for (as static hosts do).
			const page = join(dir, /^\/fr(\/|\?|$)/.test(req.url ?? '') ? 'fr/404.html' : '404.html');
			if (existsSync(page)) {
				res.setHeader('Content-Type', 'text/html; charset=utf-8');
				res.end(readFileSync(page));
				return;
			}
			res.setHeader('Content-Type', 'text/plain; charset=utf-8');
			res.end('Not found');
		};
		if (prefix) {
			if (url !== prefix && !url.startsWith(`${prefix}/`) && !url.startsWith(`${prefix}?`)) return notFound();
			req.url = url.slice(prefix.length) || '/';
		}
		// Pages live at /fr, /compare…: send /fr/ there, or its relative asset paths would break.
		const [path, query] = req.url!.split('?');
		for (const [name, value] of Object.entries(securityHeaders(path))) res.setHeader(name, value);
		// Host configuration, not content (static hosts do not serve it either).
		if (/^\/_(headers|redirects)$/.test(path)) return notFound();
		if (path.length > 1 && path.endsWith('/')) {
			res.statusCode = 308;
			res.setHeader('Location', trailingSlashRedirect(prefix, path, query));
			return res.end();
		}
		assets(req, res, notFound);
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values } = parseArgs({
		options: {
			dir: { type: 'string', default: 'build' },
			port: { type: 'string', default: process.env.PORT ?? '4173' },
			base: { type: 'string', default: process.env.BASE_PATH ?? '' }
		}
	});
	const server = serveSite({ dir: values.dir, base: values.base });
	server.listen(Number(values.port), '127.0.0.1', () => {
		console.log(`Serving ${values.dir}/ at http://127.0.0.1:${values.port}${values.base}/ (Ctrl+C to stop)`);
	});
}
