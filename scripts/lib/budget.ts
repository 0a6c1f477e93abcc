/**
 * The size budget of the built site, read from the files (sizes are deterministic; timings belong to
 * the benchmark), brotli-compressed as served:
 *  - each page's first view: what the first chart needs to be visible. Charts are SVG in the
 *    prerendered HTML, so that is the HTML and its stylesheets (render-blocking); the page's JavaScript
 *    is deferred module scripts that make the chart interactive, reported beside it, not needed to see it;
 *  - the largest file a static host must accept.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** At most this many brotli bytes before a page's first chart (issue 10). */
export const FIRST_VIEW_BUDGET = 100_000;
/** Some static hosts (Cloudflare Pages) refuse larger files. */
export const LARGEST_FILE_BUDGET = 25 * 1024 * 1024;

export interface PageWeight {
	page: string;
	/** Brotli bytes of the HTML and its stylesheets: what the first chart needs. */
	firstView: number;
	/** With the JavaScript that hydrates the page (its modulepreloaded scripts). */
	withScripts: number;
}

function* walk(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(path);
		else yield path;
	}
}

const brotliSizes = new Map<string, number>();
/** Brotli size as served: the precompressed .br beside the file, or compressed now. */
function servedBytes(path: string): number {
	let size = brotliSizes.get(path);
	if (size === undefined) {
		const raw = readFileSync(path);
		size = existsSync(`${path}.br`)
			? statSync(`${path}.br`).size
			: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
		size = Math.min(size, raw.length);
		brotliSizes.set(path, size);
	}
	return size;
}

/** Files a page links with this `rel` (stylesheet, modulepreload) and the browser fetches. */
export function linkedFiles(dir: string, htmlPath: string, rel: 'stylesheet' | 'modulepreload'): string[] {
	const html = readFileSync(htmlPath, 'utf8');
	// A disabled link is not fetched: SvelteKit keeps one per stylesheet it inlined (inlineStyleThreshold).
	const links = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).filter((tag) => tag.includes(`rel="${rel}"`) && !/\sdisabled\b/.test(tag));
	return links.map((tag) => {
		const href = tag.match(/href="([^"]+)"/)![1];
		// Hrefs are relative to the page (paths.relative) or absolute under the site's base.
		return href.startsWith('/') ? join(dir, href.replace(/^\/[^/]*(?=\/_app\/)/, '')) : resolve(dirname(htmlPath), href);
	});
}

export function pageWeights(dir: string): PageWeight[] {
	const pages = [...walk(dir)].filter((path) => path.endsWith('.html'));
	const total = (files: string[]) => files.reduce((sum, file) => sum + servedBytes(file), 0);
	return pages.map((path) => {
		const firstView = servedBytes(path) + total(linkedFiles(dir, path, 'stylesheet'));
		return { page: relative(dir, path), firstView, withScripts: firstView + total(linkedFiles(dir, path, 'modulepreload')) };
	});
}

export function largestFile(dir: string): { file: string; bytes: number } {
	let largest = { file: '', bytes: 0 };
	for (const path of walk(dir)) {
		const bytes = statSync(path).size;
		if (bytes > largest.bytes) largest = { file: relative(dir, path), bytes };
	}
	return largest;
}
