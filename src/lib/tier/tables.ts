/**
 * The tier's tables over any way of fetching its files: the worker's `fetch`, or the disk in tests. A
 * whole table is the same Arrow file DuckDB-WASM loads (one download serves both engines).
 */
import type { Aq, Table, TierTables } from '$lib/db/query';
import { tierPath } from './paths';

export function tierTables(aq: Aq, fetchBytes: (path: string) => Promise<Uint8Array>): TierTables {
	const cache = new Map<string, Promise<Table>>();
	const get = (path: string) => {
		let table = cache.get(path);
		if (!table) {
			table = fetchBytes(path).then((bytes) => aq.fromArrow(bytes));
			table.catch(() => cache.delete(path)); // a later query may retry
			cache.set(path, table);
		}
		return table;
	};
	return {
		aq,
		indicator: (id) => get(tierPath.indicator(id)),
		countries: () => get(tierPath.countries),
		memberships: () => get(tierPath.memberships),
		table: (name) => get(`${name}.arrow`)
	};
}
