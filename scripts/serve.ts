/**
 * Serves the built site on 127.0.0.1 as a static host would: under BASE_PATH if set, precompressed
 * brotli/gzip when the browser accepts it, long-lived caching for hashed assets.
 *   tsx scripts/serve.ts [--dir build] [--port 4173] [--base /atlas]
 */
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

export function serveSite({ dir, base = '' }: { dir: string; base?: string }): Server {
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
		const notFound = () => {
			res.statusCode = 404;
			res.setHeader('Content-Type', 'text/plain; charset=utf-8');
			res.end('Not found');
		};
		if (prefix) {
			if (url !== prefix && !url.startsWith(`${prefix}/`) && !url.startsWith(`${prefix}?`)) return notFound();
			req.url = url.slice(prefix.length) || '/';
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
