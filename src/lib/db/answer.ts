/**
 * Who answers a query in the browser: the query tier first (Arquero in its worker over small files,
 * src/lib/tier), DuckDB-WASM — started on this first need — only for what the tier cannot answer (no
 * twin, or a tier that cannot run here). The reader's request is counted while in flight, so the
 * engine's idle prefetch never competes with it (prefetch.ts).
 */
import { tierEngine } from '$lib/tier/client';
import { browserEngine } from './browser';
import { damagedTable } from './data-file';
import type { Engine } from './engine';
import { NoTwin } from './query';
import { readerRequests } from './reader-requests';

export function answer<Result>(datasetVersion: string, run: (db: Engine) => Promise<Result>): Promise<Result> {
	return readerRequests.track(
		run(tierEngine(datasetVersion)).catch(async (e: unknown) => {
			// A data file that arrived altered is said so (and retried by "Try again"), not papered over
			// by downloading the 5 MB engine.
			if (e instanceof Error && damagedTable(e.message)) throw e;
			if (!(e instanceof NoTwin)) console.warn('The query tier could not answer; asking DuckDB:', e);
			return run(await browserEngine(datasetVersion));
		})
	);
}
