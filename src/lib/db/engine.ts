/**
 * One interface over two DuckDB engines: native DuckDB (prerendering, unit tests) and DuckDB-WASM
 * (the browser). Queries in src/lib/queries run unchanged on either.
 */
import type { FallbackEngine } from './fallback';
import type { QueryDef } from './query';
import type { TableName } from './tables';

export type SqlValue = string | number | boolean | null;
export type SqlRow = Record<string, SqlValue>;

export interface Engine {
	/**
	 * `tier`: Arquero in its worker over the query tier's files (src/lib/tier), for queries with a twin;
	 * `fallback`: where DuckDB-WASM cannot run, says advanced queries are unavailable (fallback.ts).
	 */
	readonly kind: 'native' | 'wasm' | 'tier' | 'fallback';
	/** Runs a defined query (query.ts): its SQL on DuckDB, its Arquero twin on the tier. */
	run<Params, Result>(query: QueryDef<Params, Result>, params: Params): Promise<Result>;
	/** Makes these tables queryable; the browser engine fetches each on first need, once. */
	load(tables: readonly TableName[]): Promise<void>;
	/** Runs one read-only statement with positional `?` parameters. */
	query<Row extends object = SqlRow>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
}

/**
 * Loads each table once: the first `load` of a table starts `start(table)`, later ones share its promise;
 * a load that fails is forgotten, so the next `load` tries again (e.g. once the network is back).
 */
export function loadOnce(loaded: Map<TableName, Promise<void>>, tables: readonly TableName[], start: (table: TableName) => Promise<void>): Promise<void> {
	return Promise.all(
		tables.map((table) => {
			let loading = loaded.get(table);
			if (!loading) {
				loading = start(table);
				loading.catch(() => loaded.delete(table));
				loaded.set(table, loading);
			}
			return loading;
		})
	).then(() => undefined);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Plain JS values for both engines: BIGINT → number, DATE → 'YYYY-MM-DD'. */
export function normaliseValue(value: unknown, isDate = false): SqlValue {
	if (value === null || value === undefined) return null;
	if (typeof value === 'bigint') return Number(value);
	if (value instanceof Date) {
		return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
	}
	if (isDate && typeof value === 'number') return normaliseValue(new Date(value));
	return value as SqlValue;
}

/** Placeholders for an IN list: `inList(3)` → `?, ?, ?` (an empty list matches nothing). */
export const inList = (n: number) => (n === 0 ? 'NULL' : Array.from({ length: n }, () => '?').join(', '));

/** Checked without importing fallback.ts. */
export const isFallback = (db: Engine): db is FallbackEngine => db.kind === 'fallback';
