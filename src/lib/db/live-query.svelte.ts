/**
 * A view's query as a function of its state (the Mosaic pattern): for the default state the prerendered
 * result is used as is; any other state runs the query on the browser's DuckDB-WASM engine, started on
 * this first need. Results of a state the user has already left are dropped.
 */
import type { ChartStatus } from '$lib/charts/types';
import { browserEngine } from './browser';
import type { Engine } from './engine';
import { engineStatus } from './status.svelte';

export interface LiveQuery<Params, Result> {
	readonly result: Result;
	/** The state `result` belongs to: titles and captions describe this, not a state still loading. */
	readonly resultParams: Params;
	readonly status: ChartStatus;
	readonly error: string | null;
	retry(): void;
}

/** Below this, a query on a ready engine shows no "updating" overlay (it would only flash). */
const QUIET_MS = 150;

export function liveQuery<Params, Result>(options: {
	params: () => Params;
	/** The prerendered state and its result. */
	initial: () => { params: Params; result: Result };
	run: (db: Engine, params: Params) => Promise<Result>;
	datasetVersion: () => string;
}): LiveQuery<Params, Result> {
	let result = $state(options.initial().result);
	let resultParams = $state(options.initial().params);
	let status = $state<ChartStatus>('ready');
	let error = $state<string | null>(null);
	let attempt = $state(0);

	$effect(() => {
		const params = options.params();
		const initial = options.initial();
		void attempt; // re-run on retry
		if (JSON.stringify(params) === JSON.stringify(initial.params)) {
			result = initial.result;
			resultParams = initial.params;
			status = 'ready';
			error = null;
			return;
		}
		let stale = false;
		const timer = setTimeout(() => !stale && (status = 'loading'), engineStatus.state === 'ready' ? QUIET_MS : 0);
		browserEngine(options.datasetVersion())
			.then((db) => options.run(db, params))
			.then(
				(rows) => {
					if (stale) return;
					result = rows;
					resultParams = params;
					status = 'ready';
					error = null;
				},
				(e: unknown) => {
					if (stale) return;
					status = 'error';
					error = e instanceof Error ? e.message : String(e);
				}
			)
			.finally(() => clearTimeout(timer));
		return () => {
			stale = true;
			clearTimeout(timer);
		};
	});

	return {
		get result() {
			return result;
		},
		get resultParams() {
			return resultParams;
		},
		get status() {
			return status;
		},
		get error() {
			return error;
		},
		retry: () => attempt++
	};
}
