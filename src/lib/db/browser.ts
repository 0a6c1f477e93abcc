/**
 * The browser's one DuckDB-WASM engine: created lazily on the first query that needs it, shared by every
 * view, and reported through `engineStatus` so views can show a loading state.
 */
import { asset } from '$app/paths';
import type { Engine } from './engine';
import { engineStatus } from './status.svelte';

let engine: Promise<Engine> | undefined;

/** `version` (the dataset version from manifest.json) makes a new dataset bypass cached table files. */
export function browserEngine(version: string): Promise<Engine> {
	if (!engine) {
		engineStatus.set('starting');
		// User Timing marks: the benchmark (and DevTools) read how long the engine takes to start.
		performance.mark('duckdb:start');
		engine = import('./wasm-browser')
			.then(({ createBrowserEngine }) =>
				createBrowserEngine((table) => `${asset(`/data/${table}.arrow`)}?v=${encodeURIComponent(version)}`)
			)
			.then(
				(ready) => {
					performance.mark('duckdb:ready');
					engineStatus.set('ready');
					return ready;
				},
				(error: unknown) => {
					engine = undefined; // let the next query retry
					engineStatus.set('failed', error instanceof Error ? error.message : String(error));
					throw error;
				}
			);
	}
	return engine;
}
