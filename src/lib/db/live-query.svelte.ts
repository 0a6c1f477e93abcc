/**
 * A view's query as a function of its state (the Mosaic pattern): for the default state the prerendered
 * result is used as is; any other state is asked of the query tier first (Arquero in its worker over
 * small data files, src/lib/tier), and of the browser's DuckDB-WASM engine, started on this first need,
 * only for what the tier cannot answer (a query without a twin, or a tier that cannot run here).
 * Results of a state the user has already left are dropped.
 */
import { untrack } from 'svelte';
import type { ChartStatus } from '$lib/charts/types';
import { answer } from './answer';
import type { Engine } from './engine';
import { engineStatus } from './status.svelte';

export interface LiveQuery<Params, Result> {
	readonly result: Result;
	/** The state `result` belongs to: titles and captions describe this, not a state still loading. */
	readonly resultParams: Params;
	/** True while the result belongs to another state than the one asked for (the chart lags the URL). */
	readonly pending: boolean;
	readonly status: ChartStatus;
	readonly error: string | null;
	retry(): void;
}

/** Any wait longer than this shows its progress over the chart; a shorter one shows none (it would only flash). */
const QUIET_MS = 300;

export function liveQuery<Params, Result>(options: {
	/** Names the query in User Timing measures (`query:<name>`), read by the benchmark. */
	name: string;
	params: () => Params;
	/** The prerendered state and its result. */
	initial: () => { params: Params; result: Result };
	run: (db: Engine, params: Params) => Promise<Result>;
	datasetVersion: () => string;
}): LiveQuery<Params, Result> {
	// Raw: a result is replaced whole, never mutated, and a deep proxy over thousands of rows would make
	// every read of every field by the chart, its table and its summary go through a signal of its own.
	let result = $state.raw(options.initial().result);
	let resultParams = $state.raw(options.initial().params);
	let status = $state<ChartStatus>('ready');
	let error = $state<string | null>(null);
	let attempt = $state(0);
	// A string changes only when the parameters' content does, so a change elsewhere in the view (a new
	// but equal params object) does not re-run this query.
	const key = $derived(JSON.stringify(options.params()));
	const pending = $derived(key !== JSON.stringify(resultParams));

	$effect(() => {
		void key;
		void attempt; // re-run on retry
		void engineStatus.generation; // and on a new engine (retryEngine)
		const params = untrack(options.params);
		const initial = untrack(options.initial);
		if (key === JSON.stringify(initial.params)) {
			result = initial.result;
			resultParams = initial.params;
			status = 'ready';
			error = null;
			return;
		}
		let stale = false;
		const timer = setTimeout(() => !stale && (status = 'loading'), QUIET_MS);
		const version = options.datasetVersion();
		const start = performance.now();
		answer(version, (db) => options.run(db, params))
			.then((rows) => {
				performance.measure(`query:${options.name}`, { start, end: performance.now() });
				return rows;
			})
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
		get pending() {
			return pending;
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
