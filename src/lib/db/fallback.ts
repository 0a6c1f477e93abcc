/**
 * The engine for devices where DuckDB-WASM cannot start (no WebAssembly, little memory, a failed
 * download) or that declined its download on a data-saving connection: the same Arrow files, read into
 * Arquero tables. It answers the common views' queries through their Arquero twins
 * (src/lib/queries/fallback.ts); any other query says advanced queries are unavailable.
 */
import { fromArrow, type ColumnTable } from 'arquero';
import type { Engine } from './engine';
import type { TableName } from './tables';

/** Why the fallback serves this device. */
export type FallbackReason = 'no-webassembly' | 'low-memory' | 'declined' | 'failed';

export class AdvancedQueryUnavailable extends Error {
	constructor() {
		super('Advanced queries are unavailable on this device');
		this.name = 'AdvancedQueryUnavailable';
	}
}

export class FallbackEngine implements Engine {
	readonly kind = 'fallback';
	#tables = new Map<TableName, Promise<ColumnTable>>();

	constructor(
		private readonly fetchTable: (table: TableName) => Promise<Uint8Array>,
		readonly reason: FallbackReason
	) {}

	table(name: TableName): Promise<ColumnTable> {
		let loading = this.#tables.get(name);
		if (!loading) {
			loading = this.fetchTable(name).then((bytes) => fromArrow(bytes));
			loading.catch(() => this.#tables.delete(name)); // a later view may retry
			this.#tables.set(name, loading);
		}
		return loading;
	}

	async load(tables: readonly TableName[]): Promise<void> {
		await Promise.all(tables.map((t) => this.table(t)));
	}

	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the Engine signature, nothing to run it on
	async query<Row extends object>(sql: string): Promise<Row[]> {
		throw new AdvancedQueryUnavailable();
	}
}
