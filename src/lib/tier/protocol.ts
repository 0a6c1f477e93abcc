/** Messages between a page and the query tier's worker (worker.ts, client.ts). */
import type { TierTables } from '$lib/db/query';

/** A whole table the tier can read by name. */
export type TierTableName = Parameters<TierTables['table']>[0];

export interface TierInit {
	type: 'init';
	/** Absolute URL of the data folder, ending in '/'. */
	dataUrl: string;
	/** The dataset version: a new one bypasses cached files (as the tables' `?v=`). */
	version: string;
}

/** Run one query's twin: its name (query.ts) and parameters — values only, never code. */
export interface TierRun {
	type: 'run';
	id: number;
	name: string;
	params: unknown;
}

/** Fetch these tables now, ahead of the reader's first change (no answer). */
export interface TierWarm {
	type: 'warm';
	indicators: string[];
	/** Whole tables by name (`countries`: the data explorer names every country). */
	tables?: TierTableName[];
}

export type TierRequest = TierInit | TierRun | TierWarm;

export type TierResponse =
	| { type: 'ready' }
	/** A file started arriving (`bytes` on the wire), or ended (`bytes` null). */
	| { type: 'transfer'; file: string; bytes: number | null }
	| { type: 'result'; id: number; rows: unknown }
	| { type: 'error'; id: number; message: string; noTwin: boolean };
