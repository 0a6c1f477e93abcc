/**
 * DuckDB-WASM fetched ahead of need, in idle time, where it costs the reader nothing they would notice:
 * after the first chart, only on a connection that says it is fast (a downlink of 5 Mbps or more) and
 * does not ask to save data, never while one of the reader's own requests is in flight (it would share
 * their bandwidth), never in an embed (an article's readers did not come for the engine). The parts
 * land in the HTTP cache (hashed, immutable) and the service worker's, so the console and any query
 * the tier cannot answer start from there. Browsers that report no connection fetch nothing ahead.
 */
import { parts } from 'virtual:duckdb-wasm';
import { readerRequests } from './reader-requests';

/** Mbps: at this downlink the 5 MB engine takes under ten seconds and a slow 4G link reports less. */
export const PREFETCH_MIN_DOWNLINK = 5;

export interface PrefetchSituation {
	/** `navigator.connection`, where the browser has one. */
	connection?: { downlink?: number; saveData?: boolean; effectiveType?: string };
	/** The page is an embed (in another site's article). */
	embed: boolean;
	/** The engine's files are already here (service worker cache), or the engine has started. */
	present: boolean;
	/** The reader's own requests (queries, downloads) now in flight. */
	inFlight: number;
}

export type PrefetchDecision = { action: 'fetch' } | { action: 'wait'; reason: 'reader-request' } | { action: 'never'; reason: string };

/** Whether to fetch the engine now, wait for the reader's requests to finish, or not at all. */
export function prefetchDecision({ connection, embed, present, inFlight }: PrefetchSituation): PrefetchDecision {
	if (embed) return { action: 'never', reason: 'embed' };
	if (present) return { action: 'never', reason: 'present' };
	if (!connection || typeof connection.downlink !== 'number') return { action: 'never', reason: 'unknown-connection' };
	if (connection.saveData) return { action: 'never', reason: 'save-data' };
	if (['slow-2g', '2g', '3g'].includes(connection.effectiveType ?? '')) return { action: 'never', reason: 'slow' };
	if (connection.downlink < PREFETCH_MIN_DOWNLINK) return { action: 'never', reason: 'slow' };
	if (inFlight > 0) return { action: 'wait', reason: 'reader-request' };
	return { action: 'fetch' };
}

let scheduled = false;

/**
 * Called once a page's first chart is on screen: in the browser's next idle period, decides and, where
 * it says so, fetches the engine's parts at low priority. A reader's request in flight postpones it to
 * the next idle period after that request ends.
 */
export function prefetchEngineWhenIdle(options: { embed: boolean; present: () => Promise<boolean> }) {
	if (scheduled || options.embed || parts.length === 0) return;
	scheduled = true;
	const idle = (run: () => void) =>
		'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 10_000 }) : setTimeout(run, 2_000);
	const attempt = async () => {
		const connection = (navigator as Navigator & { connection?: PrefetchSituation['connection'] }).connection;
		const decision = prefetchDecision({ connection, embed: options.embed, present: await options.present(), inFlight: readerRequests.count });
		// For the browser tests: a decision not to fetch is observed here rather than by waiting for nothing.
		performance.mark('duckdb:prefetch-decision', { detail: decision });
		if (decision.action === 'wait') readerRequests.whenIdle(() => idle(attempt));
		if (decision.action !== 'fetch') return;
		performance.mark('duckdb:prefetch');
		// One part after another: the connection stays free for the reader's next request.
		for (const { url } of parts) {
			if (readerRequests.count > 0) {
				readerRequests.whenIdle(() => idle(attempt));
				return;
			}
			await fetch(url, { priority: 'low' } as RequestInit).then((r) => r.arrayBuffer()).catch(() => undefined);
		}
		performance.mark('duckdb:prefetched');
	};
	// After load, so the page's own files come first.
	const afterLoad = () => idle(attempt);
	if (document.readyState === 'complete') afterLoad();
	else addEventListener('load', afterLoad, { once: true });
}
