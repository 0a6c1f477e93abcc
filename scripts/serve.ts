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
export const EMBED_PATH = /^\/(fr\/)?embed(\/|$)/;

/** Headers every response carries (`path` without the base path). */
export function securityHeaders(path: string): Record<string, string> {
	return {
		'Content-Security-Policy': `frame-ancestors ${EMBED_PATH.test(path) ? '*' : "'self'"}`,
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'strict-origin-when-cross-origin'
	};
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
		if (path.length > 1 && path.endsWith('/')) {
			res.statusCode = 308;
			res.setHeader('Location', `${prefix}${path.replace(/\/+$/, '')}${query === undefined ? '' : `?${query}`}`);
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
