import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * BASE_PATH lets the same build serve from a sub-path (e.g. a GitHub Pages project site at /atlas).
 * It must start with a slash and have none at the end, as SvelteKit requires.
 */
const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
if (basePath && !basePath.startsWith('/')) {
	throw new Error(`BASE_PATH must start with "/" (got "${process.env.BASE_PATH}")`);
}

/** What the built site is made from: a commit that changes none of these (tests, docs) builds the same site. */
const APP_INPUTS = ['src', 'static', 'data', 'scripts', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json', 'package-lock.json'];

/**
 * The app's version (SvelteKit names its start-up global, the service worker's page cache and
 * `_app/version.json` after it): a hash of what the site is built from, so that two builds of the same
 * sources are byte-identical and the build cache finds every compressed file, even from a commit that
 * changed only tests or docs. Uncommitted changes to those sources add a hash of the changes: a changed
 * site never shares another's version. The value must be the same wherever one build reads this file
 * (Vite, then its prerender worker), so it is never a clock reading, except without git, where the first
 * reading is kept in the environment that the build's workers inherit.
 */
export function appVersion(cwd = process.cwd()) {
	try {
		const git = (/** @type {string[]} */ ...args) => execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 30 });
		const sources = createHash('sha256').update(git('ls-tree', 'HEAD', '--', ...APP_INPUTS)).digest('hex').slice(0, 12);
		const changed = git('status', '--porcelain', '--untracked-files=all', '--', ...APP_INPUTS).toString();
		if (changed.trim() === '') return sources;
		const changes = createHash('sha256').update(changed).update(git('diff', 'HEAD', '--binary', '--', ...APP_INPUTS));
		for (const line of changed.split('\n')) if (line.startsWith('?? ')) changes.update(readFileSync(join(cwd, line.slice(3))));
		return `${sources}-${changes.digest('hex').slice(0, 8)}`;
	} catch {
		return (process.env.APP_BUILD_TIME ??= Date.now().toString());
	}
}

/** A second build (e.g. the sub-path test build) goes to its own folders so it never clobbers the main one. */
const siteDir = process.env.SITE_DIR ?? 'build';

/**
 * Content security policy, sent as a <meta> tag in every prerendered page with hashes of the inline
 * scripts SvelteKit emits (so no 'unsafe-inline' script). frame-ancestors cannot go in a <meta> policy:
 * scripts/serve.ts and static/_headers send it as a header (open for /embed/ pages only).
 * - 'wasm-unsafe-eval': DuckDB-WASM compiles WebAssembly (in a worker; a blob: worker inherits this policy).
 *   It allows compiling wasm only, not JavaScript eval.
 * - connect-src/worker-src blob:: the engine may assemble its wasm or worker into blob: URLs.
 * - style-src-attr 'unsafe-inline': Svelte renders style="…" attributes (chart colours, bar widths, the
 *   <div style="display: contents"> of app.html); attributes cannot run code. Style elements stay 'self'.
 * - img-src data: blob:: SVG/PNG exports preview and download through data:/blob: URLs.
 * @type {import('@sveltejs/kit').KitConfig['csp']}
 */
const csp = {
	mode: 'hash',
	directives: {
		'default-src': ['self'],
		'script-src': ['self', 'wasm-unsafe-eval'],
		'style-src': ['self'],
		'style-src-attr': ['unsafe-inline'],
		'img-src': ['self', 'data:', 'blob:'],
		'font-src': ['self'],
		'connect-src': ['self', 'blob:'],
		'worker-src': ['self', 'blob:'],
		'frame-src': ['self'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self'],
		'manifest-src': ['self']
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Compression is done by scripts/precompress.ts, which caches the slow brotli of the DuckDB wasm.
		adapter: adapter({ pages: siteDir, assets: siteDir, fallback: undefined, precompress: false, strict: true }),
		outDir: process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit',
		paths: { base: /** @type {'' | `/${string}`} */ (basePath) },
		version: { name: appVersion() },
		csp,
		// Every page's styles in its own HTML (SvelteKit hashes them into the CSP): on a slow link the
		// prerendered chart paints once the HTML is in, instead of after a dozen render-blocking stylesheets
		// on as many connections (issue 15: 2.6× the time of a plain page with the same SVG). A page's
		// styles are 20–30 KB raw, 5–7 KB brotli inside its HTML. A future stylesheet above this stays a file.
		inlineStyleThreshold: 10_000,
		// Registered by the site's own layout (not in embeds, where a cross-origin frame may not register one).
		serviceWorker: { register: false },
		// Several pages at once: while one waits for DuckDB or the PNG encoder (other threads), another renders.
		prerender: { concurrency: 4, handleHttpError: 'fail', handleMissingId: 'fail', handleUnseenRoutes: 'fail' }
	}
};

export default config;
