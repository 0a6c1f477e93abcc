/**
 * The browser's one query engine, created lazily on the first query that needs it and shared by every
 * view. DuckDB-WASM where it can run; where it cannot (no WebAssembly, little memory, a failed
 * download) or the user declined its download on a data-saving connection, the fallback (the views'
 * controls are answered by the query tier before this engine is asked; see live-query.svelte.ts).
 * Reported through `engineStatus`.
 */
import { asset } from '$app/paths';
import { parts } from 'virtual:duckdb-wasm';
import { fetchDataFile } from './data-file';
import type { Engine } from './engine';
import type { FallbackReason } from './fallback';
import { engineStatus } from './status.svelte';
import type { TableName } from './tables';

let engine: Promise<Engine> | undefined;
/** Set by "Load the engine" after a fallback: ask no more questions, try DuckDB again. */
let userWantsEngine = false;

/** Brotli bytes of the engine's download (its parts; the worker adds ~0.15 MB). */
export const ENGINE_BYTES = parts.reduce((sum, p) => sum + p.brotliBytes, 0);
/** Devices reporting less memory than this (GB, `navigator.deviceMemory`) get the fallback. */
const MIN_DEVICE_MEMORY = 1;

/** `version` (the dataset version from manifest.json) makes a new dataset bypass cached table files. */
export function browserEngine(version: string): Promise<Engine> {
	engine ??= start(version).catch((error: unknown) => {
		engine = undefined; // the next query (or the notice's retry) tries again
		engineStatus.set('failed', error instanceof Error ? error.message : String(error));
		throw error;
	});
	return engine;
}

/** Drops the current engine and runs every live query again (the notice's retry button). */
export function retryEngine() {
	userWantsEngine = true;
	engine = undefined;
	engineStatus.set('idle');
	engineStatus.generation++;
}

async function start(version: string): Promise<Engine> {
	const tableUrl = (table: TableName) => `${asset(`/data/${table}.arrow`)}?v=${encodeURIComponent(version)}`;
	const unsupported = unsupportedReason();
	if (unsupported) return fallback(unsupported);
	if (!userWantsEngine && savingData() && !(await engineCached()) && !(await engineStatus.ask())) return fallback('declined');

	engineStatus.set('starting');
	// User Timing marks: the benchmark (and DevTools) read how long the engine takes to start.
	performance.mark('duckdb:start');
	try {
		const { createBrowserEngine } = await import('./wasm-browser');
		const ready = await createBrowserEngine(tableUrl);
		performance.mark('duckdb:ready');
		engineStatus.set('ready');
		// For the benchmark's scale mode and DevTools: the same read-only-by-convention engine the views use.
		Object.assign(globalThis, { __queryEngine: ready });
		return ready;
	} catch (error) {
		console.warn('DuckDB-WASM could not start; using the fallback:', error);
		return fallback('failed', error instanceof Error ? error.message : String(error));
	}
}

async function fallback(reason: FallbackReason, error: string | null = null): Promise<Engine> {
	const { FallbackEngine } = await import('./fallback');
	engineStatus.fallbackReason = reason;
	engineStatus.set('fallback', error);
	return new FallbackEngine(reason);
}

function unsupportedReason(): FallbackReason | null {
	if (typeof WebAssembly !== 'object' || typeof Worker !== 'function') return 'no-webassembly';
	const memory = (navigator as Navigator & { deviceMemory?: number }).deviceMemory;
	if (memory !== undefined && memory < MIN_DEVICE_MEMORY) return 'low-memory';
	return null;
}

/** The browser asks to save data (Save-Data), or reports a 2G-class connection. */
export function savingData(): boolean {
	const connection = (navigator as Navigator & { connection?: { saveData?: boolean; effectiveType?: string } }).connection;
	return Boolean(connection?.saveData) || ['slow-2g', '2g'].includes(connection?.effectiveType ?? '');
}

/** The engine has started on this page, or its files are already kept: nothing to fetch ahead. */
export async function enginePresent(): Promise<boolean> {
	return engine !== undefined || (await engineCached());
}

/** Already downloaded once and kept by the service worker: no need to ask again. */
async function engineCached(): Promise<boolean> {
	if (typeof caches === 'undefined' || parts.length === 0) return false;
	return (await Promise.all(parts.map((p) => caches.match(p.url)))).every(Boolean);
}
