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

/** A second build (e.g. the sub-path test build) goes to its own folders so it never clobbers the main one. */
const siteDir = process.env.SITE_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Compression is done by scripts/precompress.ts, which caches the slow brotli of the DuckDB wasm.
		adapter: adapter({ pages: siteDir, assets: siteDir, fallback: undefined, precompress: false, strict: true }),
		outDir: process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit',
		paths: { base: /** @type {'' | `/${string}`} */ (basePath) },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', handleUnseenRoutes: 'fail' }
	}
};

export default config;
