/**
 * DuckDB-WASM behind the Engine interface. It takes a connection (the browser's async one, or the
 * blocking one that runs under Vitest in Node) and a function that fetches a table's Arrow IPC bytes,
 * because DuckDB-WASM cannot read Parquet offline (its parquet extension comes from a CDN; STACK.md).
 */
import { loadOnce, normaliseValue, type Engine, type SqlRow, type SqlValue } from './engine';
import type { QueryDef } from './query';
import type { TableName } from './tables';

/** The subset of an Arrow table that results are read through (arrow's own types stay out of the bundle). */
interface ArrowResult {
	schema: { fields: { name: string; typeId: number }[] };
	toArray(): { toJSON(): Record<string, unknown> }[];
}

type MaybePromise<T> = T | Promise<T>;

/** What both duckdb-wasm connection flavours offer (the async one returns promises). */
export interface WasmConnection {
	query(sql: string): MaybePromise<ArrowResult>;
	prepare(sql: string): MaybePromise<{
		query(...params: unknown[]): MaybePromise<ArrowResult>;
		close(): MaybePromise<void>;
	}>;
	insertArrowFromIPCStream(buffer: Uint8Array, options: { name: string; create?: boolean }): MaybePromise<void>;
	/** Runs a query as a pending query that cancelSent() can interrupt (browser only). */
	send?(sql: string, allowStreamResult?: boolean): Promise<AsyncIterable<ArrowResult>>;
	cancelSent?(): Promise<boolean>;
}

/** Arrow's Type enum values that need converting (apache-arrow: Type.Date = 8, Type.Timestamp = 10). */
const ARROW_DATE = 8;

/** Settings every connection gets before any query: never reach for extensions over the network. */
export const OFFLINE_SETTINGS = ['SET autoload_known_extensions = false', 'SET autoinstall_known_extensions = false'];

/** An Arrow IPC stream ends with a continuation marker and a zero length: FF FF FF FF 00 00 00 00. */
export function endsArrowStream(bytes: Uint8Array): boolean {
	const end = bytes.subarray(bytes.length - 8);
	return end.length === 8 && end.every((b, i) => b === (i < 4 ? 0xff : 0));
}

type Statement = Awaited<ReturnType<WasmConnection['prepare']>>;

export class WasmEngine implements Engine {
	readonly kind = 'wasm';
	#loaded = new Map<TableName, Promise<void>>();
	/** Prepared once per SQL text: each prepare/close is a round trip to the DuckDB worker. */
	#statements = new Map<string, Promise<Statement>>();
	#ready: Promise<void>;

	constructor(
		private readonly connection: WasmConnection,
		private readonly fetchTable: (table: TableName) => Promise<Uint8Array>,
		/** Opens another connection to the same database (the SQL console gets its own). */
		private readonly connect: () => Promise<WasmConnection> = async () => connection
	) {
		this.#ready = (async () => {
			for (const setting of OFFLINE_SETTINGS) await connection.query(setting);
		})();
	}

	load(tables: readonly TableName[]) {
		return loadOnce(this.#loaded, tables, async (table) => {
			await this.#ready;
			const bytes = await this.fetchTable(table);
			// DuckDB waits forever for the rest of a truncated stream (and takes the next insert as
			// its continuation): refuse one without its end-of-stream marker, so the load fails and is retried.
			if (!endsArrowStream(bytes)) throw new Error(`${table}: the data file could not be read (incomplete download?)`);
			const [start, size] = [performance.now(), bytes.length]; // the insert transfers (empties) the buffer
			await this.connection.insertArrowFromIPCStream(bytes, { name: table, create: true });
			// User Timing: the benchmark reports the time from bytes to table.
			performance.measure(`table:${table}`, { start, end: performance.now(), detail: { bytes: size } });
		});
	}

	run<Params, Result>(query: QueryDef<Params, Result>, params: Params): Promise<Result> {
		return query.sql(this, params);
	}

	async query<Row extends object = SqlRow>(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
		await this.#ready;
		let result: ArrowResult;
		if (params.length === 0) {
			result = await this.connection.query(sql);
		} else {
			let statement = this.#statements.get(sql);
			if (!statement) {
				statement = Promise.resolve(this.connection.prepare(sql));
				statement.catch(() => this.#statements.delete(sql));
				this.#statements.set(sql, statement);
			}
			result = await (await statement).query(...params);
		}
		return rowsOf<Row>(result);
	}

	/** A connection of its own for the SQL console, once every site table is loaded. */
	async openConsole(tables: readonly TableName[]): Promise<WasmConnection> {
		await this.load(tables);
		const connection = await this.connect();
		// The console reads the site's tables and nothing else: no files, no URLs. One-way, for the database.
		await connection.query('SET enable_external_access = false');
		return connection;
	}
}

/** Plain rows from an Arrow result, with the same normalisation on every engine. */
export function rowsOf<Row extends object = SqlRow>(result: ArrowResult): Row[] {
	const dates = new Set(result.schema.fields.filter((f) => f.typeId === ARROW_DATE).map((f) => f.name));
	return result.toArray().map((row) => {
		const out: SqlRow = {};
		for (const [k, v] of Object.entries(row.toJSON())) out[k] = normaliseValue(v, dates.has(k));
		return out as Row;
	});
}
