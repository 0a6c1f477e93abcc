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
 *    URL, and caching it drops the older versions of that file;
 *  - pages and other files: network first, the cached copy when offline.
 * The page sends the URLs it loaded before this worker controlled it (`cache-urls`), so the very first
 * page works offline too; they come from the HTTP cache, not the network.
 */
import { base, build, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const APP = 'app'; // hashed, immutable: kept across deployments, pruned to the current build
const DATA = 'data';
const PAGES = `pages-${version}`;
const appFiles = new Set(build);

sw.addEventListener('install', () => sw.skipWaiting());

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key.startsWith('pages-') && key !== PAGES) await caches.delete(key);
			const app = await caches.open(APP);
			for (const request of await app.keys()) if (!appFiles.has(new URL(request.url).pathname)) await app.delete(request);
			await sw.clients.claim();
		})()
	);
});

type Strategy = 'app' | 'data' | 'page';

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

async function networkFirst(request: Request): Promise<Response> {
	const cache = await caches.open(PAGES);
	try {
		const response = await fetch(request);
		if (response.ok) await cache.put(request, response.clone());
		return response;
	} catch (error) {
		const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
		if (cached) return cached;
		throw error;
	}
}

/** Stores a response; for a data file, in place of the same file's other dataset versions. */
async function keep(cacheName: string, request: Request, response: Response) {
	const cache = await caches.open(cacheName);
	if (cacheName === DATA) {
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
	else if (strategy === 'data') event.respondWith(cacheFirst(DATA, request));
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
					if (response.ok) await keep(cacheName, new Request(url.href), response);
				} catch {
					// Offline already, or gone: the next visit fetches it.
				}
			}
			event.source?.postMessage({ type: 'cached', count: message.urls!.length });
		})()
	);
});
