/**
 * The query tier's worker: Arquero over the tier's small data files. A dedicated module worker loaded
 * from its own same-origin file, because Arquero compiles its expressions with `Function`: the pages'
 * content security policy (no 'unsafe-eval') does not reach a worker loaded from a URL, which takes
 * its policy from its own response (static/_headers, scripts/serve.ts give it one of its own).
 * It runs only the twins defined in code (twins.ts), by name, with the parameters as values.
 */
import * as aq from 'arquero';
import { fetchDataFile } from '$lib/db/data-file';
import { NoTwin, type TierTables } from '$lib/db/query';
import type { TierRequest, TierResponse } from './protocol';
import { tierTables } from './tables';
import { runTwin } from './twins';

let tables: TierTables | undefined;
const post = (message: TierResponse) => (self as unknown as Worker).postMessage(message);

self.onmessage = async ({ data }: MessageEvent<TierRequest>) => {
	if (data.type === 'init') {
		const { dataUrl, version } = data;
		tables = tierTables(aq, async (path) => {
			const url = new URL(`${path}?v=${encodeURIComponent(version)}`, dataUrl);
			// A file the service worker refused as altered becomes the same marked error as in the page.
			// Its size is reported while it arrives: the chart's progress shows it.
			try {
				return await fetchDataFile(url.href, path.replace(/^.*\//, '').replace(/\.arrow$/, ''), (bytes) => post({ type: 'transfer', file: path, bytes }));
			} finally {
				post({ type: 'transfer', file: path, bytes: null });
			}
		});
		post({ type: 'ready' });
		return;
	}
	if (data.type === 'warm') {
		// Kept by the tables' cache; a failure here is met again, and reported, by the query that needs it.
		if (tables)
			for (const table of [...data.indicators.map((id) => tables!.indicator(id)), ...(data.tables ?? []).map((name) => tables!.table(name)), tables.countries(), tables.memberships()])
				table.catch(() => undefined);
		return;
	}
	try {
		if (!tables) throw new Error('The query tier was not initialised');
		post({ type: 'result', id: data.id, rows: await runTwin(tables, data.name, data.params) });
	} catch (error) {
		post({ type: 'error', id: data.id, message: error instanceof Error ? error.message : String(error), noTwin: error instanceof NoTwin });
	}
};
