/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline and repeat visits on metered data. Nothing is precached (a first visit downloads only what
 * its page needs); what pages fetch is kept:
 *  - hashed app files (JS, CSS, the DuckDB-WASM parts after first use): cache first, kept across
 *    deployments while the build still lists them;
 *  - data files (`/data/<table>.arrow?v=<dataset version>`): cache first; a new dataset version is a new
 *    URL, and caching it drops the older versions of that file. Every data file is checked against the
 *    manifest's size and SHA-256 before it is kept and again before a kept copy is used: a captive
 *    portal's page or a proxy's truncated copy is never kept, is fetched once more bypassing the HTTP
 *    cache, and if still wrong is answered as a 502 marked `x-data-integrity: mismatch`, which the page
 *    explains (src/lib/db/data-file.ts);
 *  - pages and other files: network first, the cached copy when offline; a page never opened, offline,
 *    gets a small page in its language listing the pages that do work offline.
 * The page sends the URLs it loaded before this worker controlled it (`cache-urls`), so the very first
 * page works offline too; they come from the HTTP cache, not the network.
 */
import { base, build, version } from '$service-worker';
import { DAMAGED_HEADER } from '$lib/db/data-file';
import { offlinePage } from '$lib/i18n/messages/offline';

const sw = self as unknown as ServiceWorkerGlobalScope;
const APP = 'app'; // hashed, immutable: kept across deployments, pruned to the current build
const DATA = 'data';
const MANIFESTS = 'manifests'; // the manifest of each kept dataset version: what data files are checked against
const PAGES = `pages-${version}`;
const appFiles = new Set(build);

sw.addEventListener('install', () => sw.skipWaiting());

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key.startsWith('pages-') && key !== PAGES) await caches.delete(key);
			// Data kept by an older worker was never checked: without a kept manifest, start afresh.
			if ((await (await caches.open(MANIFESTS)).keys()).length === 0) await caches.delete(DATA);
			const app = await caches.open(APP);
			for (const request of await app.keys()) if (!appFiles.has(new URL(request.url).pathname)) await app.delete(request);
			await sw.clients.claim();
		})()
	);
});

type Strategy = 'app' | 'data' | 'page';
const MANIFEST = `${base}/data/manifest.json`;

function strategyFor(url: URL): Strategy | null {
	if (url.origin !== sw.location.origin) return null;
	if (appFiles.has(url.pathname)) return 'app';
	if (url.pathname.startsWith(`${base}/data/`) && url.pathname.endsWith('.arrow') && url.searchParams.has('v')) return 'data';
	return 'page';
}

async function cacheFirst(cacheName: string, request: Request): Promise<Response> {
	const cache = await caches.open(cacheName);
	const cached = await cache.match(request);
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok) await keep(cacheName, request, response.clone());
	return response;
}

interface ManifestFile {
	name: string;
	bytes: number;
	sha256: string;
}

/**
 * The manifest of dataset `version`: the kept copy, else the network's (kept under its own version once
 * it parses). Null when neither is to be had.
 */
async function manifestFor(version: string): Promise<ManifestFile[] | null> {
	const cache = await caches.open(MANIFESTS);
	const read = async (response: Response | undefined) => {
		try {
			const json = (await response?.json()) as { version?: string; files?: ManifestFile[]; tier?: ManifestFile[] } | undefined;
			if (!json || typeof json.version !== 'string' || !Array.isArray(json.files)) return null;
			// The query tier's slices are listed apart from the public files, and checked the same way.
			return { version: json.version, files: [...json.files, ...(Array.isArray(json.tier) ? json.tier : [])] };
		} catch {
			return null;
		}
	};
	const kept = await read(await cache.match(`${MANIFEST}?v=${encodeURIComponent(version)}`));
	if (kept) return kept.files;
	try {
		const response = await fetch(MANIFEST, { cache: 'no-cache' });
		const fresh = response.ok ? await read(response.clone()) : null;
		if (!fresh) return null;
		await keep(MANIFESTS, new Request(`${MANIFEST}?v=${encodeURIComponent(fresh.version)}`), response);
		return fresh.files;
	} catch {
		return null;
	}
}

const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** The body of a data file if it has the manifest's size and SHA-256 for that file; else null. */
async function verified(request: Request, response: Response): Promise<ArrayBuffer | null> {
	const url = new URL(request.url);
	const name = url.pathname.slice(`${base}/data/`.length);
	const files = await manifestFor(url.searchParams.get('v') ?? '');
	const expected = files?.find((f) => f.name === name);
	if (!expected) return null;
	const body = await response.arrayBuffer();
	if (body.byteLength !== expected.bytes) return null;
	return hex(await crypto.subtle.digest('SHA-256', body)) === expected.sha256 ? body : null;
}

/** A response for checked bytes (already decoded: no content-encoding or length of the wire's copy). */
function dataResponse(body: ArrayBuffer, from: Response): Response {
	const headers = new Headers(from.headers);
	headers.delete('content-encoding');
	headers.delete('content-length');
	return new Response(body, { status: 200, headers });
}

/**
 * A data file, checked before it is kept and before it is used: the kept copy if it still matches the
 * manifest, else the network's (fetched a second time past the HTTP cache if the first copy is wrong).
 */
async function verifiedData(request: Request): Promise<Response> {
	const cache = await caches.open(DATA);
	const cached = await cache.match(request);
	if (cached) {
		const body = await verified(request, cached.clone());
		if (body) return dataResponse(body, cached);
		await cache.delete(request);
	}
	let response: Response | undefined;
	for (const mode of ['default', 'reload'] as const) {
		response = await fetch(request, { cache: mode });
		if (!response.ok) return response;
		const body = await verified(request, response.clone());
		if (body) {
			await keep(DATA, request, dataResponse(body, response));
			return dataResponse(body, response);
		}
	}
	return new Response(null, { status: 502, statusText: 'Data file altered in transit', headers: { [DAMAGED_HEADER]: 'mismatch' } });
}

async function networkFirst(request: Request): Promise<Response> {
	const cache = await caches.open(PAGES);
	try {
		const response = await fetch(request);
		if (response.ok) await cache.put(request, response.clone());
		return response;
	} catch (error) {
		const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
		if (cached) return cached;
		if (request.mode === 'navigate') return offline(request);
		throw error;
	}
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A page never opened on this device, offline: say so in its language and list the pages kept. */
async function offline(request: Request): Promise<Response> {
	const path = new URL(request.url).pathname.slice(base.length);
	const locale = /^\/fr(\/|$)/.test(path) ? 'fr' : 'en';
	const t = offlinePage[locale];
	const pages: { href: string; title: string }[] = [];
	const cache = await caches.open(PAGES);
	for (const kept of await cache.keys()) {
		const url = new URL(kept.url);
		if (url.search || !/^\/fr(\/|$)/.test(url.pathname.slice(base.length)) === (locale === 'fr')) continue;
		const response = await cache.match(kept);
		if (!response?.headers.get('content-type')?.includes('text/html')) continue;
		const title = /<title>([^<]*)<\/title>/.exec(await response.text())?.[1];
		if (title) pages.push({ href: url.pathname, title });
	}
	const list = pages.length
		? `<p>${escapeHtml(t.saved)}</p><ul>${pages.map((p) => `<li><a href="${escapeHtml(p.href)}">${p.title.replaceAll('<', '&lt;')}</a></li>`).join('')}</ul>`
		: `<p>${escapeHtml(t.none)}</p>`;
	const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t.title)}</title><style>body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;color:#1f2937}a{color:#1d4ed8}a.button{display:inline-block;padding:.6rem 1rem;border:1px solid #1d4ed8;border-radius:4px;text-decoration:none;min-height:2.75rem;box-sizing:border-box}li{margin:.6rem 0}</style></head><body><main><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.body)}</p><p><a class="button" href="${escapeHtml(request.url)}">${escapeHtml(t.retry)}</a></p>${list}</main></body></html>`;
	return new Response(html, {
		status: 503,
		headers: {
			'Content-Type': 'text/html; charset=utf-8',
			'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
			'Cache-Control': 'no-store'
		}
	});
}

/** Stores a response; for a data file or manifest, in place of the same file's other dataset versions. */
async function keep(cacheName: string, request: Request, response: Response) {
	const cache = await caches.open(cacheName);
	if (cacheName === DATA || cacheName === MANIFESTS) {
		const path = new URL(request.url).pathname;
		for (const old of await cache.keys()) if (new URL(old.url).pathname === path && old.url !== request.url) await cache.delete(old);
	}
	await cache.put(request, response);
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || request.headers.has('range')) return;
	const strategy = strategyFor(new URL(request.url));
	if (strategy === 'app') event.respondWith(cacheFirst(APP, request));
	else if (strategy === 'data') event.respondWith(verifiedData(request));
	else if (strategy === 'page') event.respondWith(networkFirst(request));
});

sw.addEventListener('message', (event) => {
	const message = event.data as { type?: string; urls?: string[] };
	if (message?.type !== 'cache-urls' || !Array.isArray(message.urls)) return;
	event.waitUntil(
		(async () => {
			for (const href of message.urls!) {
				const url = new URL(href, sw.location.href);
				const strategy = strategyFor(url);
				if (!strategy) continue;
				const cacheName = strategy === 'app' ? APP : strategy === 'data' ? DATA : PAGES;
				if (await (await caches.open(cacheName)).match(url.href)) continue;
				try {
					// The HTTP cache has them already: this costs no download.
					const response = await fetch(url.href, { cache: 'force-cache' });
					if (!response.ok) continue;
					if (strategy !== 'data') await keep(cacheName, new Request(url.href), response);
					else {
						// Checked like any data file: a damaged copy in the HTTP cache is not kept.
						const body = await verified(new Request(url.href), response.clone());
						if (body) await keep(DATA, new Request(url.href), dataResponse(body, response));
					}
				} catch {
					// Offline already, or gone: the next visit fetches it.
				}
			}
			event.source?.postMessage({ type: 'cached', count: message.urls!.length });
		})()
	);
});
