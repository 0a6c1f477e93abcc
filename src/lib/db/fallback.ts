/**
 * The engine for devices where DuckDB-WASM cannot start (no WebAssembly, little memory, a failed
 * download) or that declined its download on a data-saving connection: the same Arrow files, decoded
 * into rows by flechette. It answers the common views' queries through their JavaScript twins
 * (src/lib/queries/fallback.ts); any other query says advanced queries are unavailable.
 *
 * Not Arquero: it compiles its expressions (even `objects()`) with `Function`, which the site's content
 * security policy forbids (no 'unsafe-eval'). flechette is Arquero's own Arrow decoder, without that.
 */
import { tableFromIPC } from '@uwdata/flechette';
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

type Row = Record<string, unknown>;

export class FallbackEngine implements Engine {
	readonly kind = 'fallback';
	#tables = new Map<TableName, Promise<Row[]>>();

	constructor(
		private readonly fetchTable: (table: TableName) => Promise<Uint8Array>,
		readonly reason: FallbackReason
	) {}

	/** A table's rows as plain objects (dictionary-encoded strings decoded). */
	rows<T extends object = Row>(name: TableName): Promise<T[]> {
		let loading = this.#tables.get(name);
		if (!loading) {
			loading = this.fetchTable(name).then((bytes) => tableFromIPC(bytes).toArray() as Row[]);
			loading.catch(() => this.#tables.delete(name)); // a later view may retry
			this.#tables.set(name, loading);
		}
		return loading as Promise<T[]>;
	}

	async load(tables: readonly TableName[]): Promise<void> {
		await Promise.all(tables.map((t) => this.rows(t)));
	}

	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the Engine signature, nothing to run it on
	async query<Row extends object>(sql: string): Promise<Row[]> {
		throw new AdvancedQueryUnavailable();
	}
}
