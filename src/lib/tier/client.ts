/**
 * The page's side of the query tier: one worker (worker.ts) per page, started on the first query that
 * leaves the prerendered state, and a TierEngine that sends it each query's name and parameters.
 */
import { asset } from '$app/paths';
import { NoTwin } from '$lib/db/query';
import { TierEngine } from './engine';
import type { TierRequest, TierResponse, TierTableName } from './protocol';
import { tierTransfers } from './transfers.svelte';

/** The tier cannot run here (no module workers, or its worker failed): DuckDB answers instead. */
export class TierUnavailable extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'TierUnavailable';
	}
}

let engine: TierEngine | undefined;
let worker: Worker | undefined;
let broken: string | null = null;
const pending = new Map<number, { resolve: (rows: unknown) => void; reject: (error: Error) => void }>();
let nextId = 1;

function fail(message: string) {
	broken = message;
	for (const { reject } of pending.values()) reject(new TierUnavailable(message));
	pending.clear();
}

function start(version: string): Worker {
	const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'query-tier' });
	worker.onmessage = ({ data }: MessageEvent<TierResponse>) => {
		if (data.type === 'ready') return;
		if (data.type === 'transfer') {
			if (data.bytes === null) tierTransfers.end(data.file);
			else tierTransfers.start(data.file, data.bytes);
			return;
		}
		const waiting = pending.get(data.id);
		pending.delete(data.id);
		if (data.type === 'result') waiting?.resolve(data.rows);
		else waiting?.reject(data.noTwin ? new NoTwin(data.message) : new Error(data.message));
	};
	worker.onerror = (event) => {
		event.preventDefault();
		fail(event.message || 'The query tier could not start');
	};
	const init: TierRequest = { type: 'init', dataUrl: new URL(`${asset('/data')}/`, location.href).href, version };
	worker.postMessage(init);
	return worker;
}

function startWorker(version: string): boolean {
	try {
		worker ??= start(version);
		return true;
	} catch (error) {
		fail(error instanceof Error ? error.message : String(error));
		return false;
	}
}

/**
 * The reader reached for a view's controls (opened them on a phone, pointed at or focused them): start
 * the worker and fetch the files the first change will read — these indicators' slices, the countries
 * and memberships, and any whole `tables` named — so that change is answered from memory instead of
 * waiting for them.
 */
export function warmTier(version: string, indicators: string[] = [], tables: TierTableName[] = []) {
	if (broken !== null || typeof Worker !== 'function' || !startWorker(version)) return;
	const message: TierRequest = { type: 'warm', indicators: [...indicators], tables: [...tables] };
	worker!.postMessage(message);
}

/**
 * The tier's engine for this page (one worker, kept). Rejects with TierUnavailable where it cannot run.
 * Asking for it starts the worker at once: a query that first loads its own code (a chart view, the
 * queries' module) then finds the worker started, not waiting behind those downloads.
 */
export function tierEngine(version: string): TierEngine {
	if (broken === null && typeof Worker === 'function') startWorker(version);
	if (engine) return engine;
	engine = new TierEngine((name, params) => {
		if (broken !== null) return Promise.reject(new TierUnavailable(broken));
		if (!startWorker(version)) return Promise.reject(new TierUnavailable(broken!));
		const id = nextId++;
		// Values only (a view's parameters may be reactive proxies, which cannot be posted).
		// A query without parameters (the download's indicators and sources) posts null.
		const message: TierRequest = { type: 'run', id, name, params: params === undefined ? null : JSON.parse(JSON.stringify(params)) };
		return new Promise((resolve, reject) => {
			pending.set(id, { resolve, reject });
			worker!.postMessage(message);
		});
	});
	return engine;
}
