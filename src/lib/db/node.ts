/**
 * Native DuckDB (@duckdb/node-api) over the built Parquet files: used to prerender pages and in unit
 * tests. Each table is read into memory once per engine, on first need.
 *
 * The prerender's engine also remembers every answer: the data cannot change during a build, and a page,
 * its French twin, its embed and its preview image ask the same questions (country names, the catalogue,
 * a country's profile four times over).
 */
import { join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { loadOnce, normaliseValue, type Engine, type SqlRow, type SqlValue } from './engine';
import type { QueryDef } from './query';
import type { TableName } from './tables';

export class NodeEngine implements Engine {
	readonly kind = 'native';
	#connection: Promise<DuckDBConnection>;
	#loaded = new Map<TableName, Promise<void>>();
	#answers: Map<string, Promise<SqlRow[]>> | null;
	/** Statements actually run on DuckDB (a remembered answer does not count). */
	runs = 0;

	constructor(
		private readonly dataDir = resolve('static/data'),
		options: { memoize?: boolean } = {}
	) {
		this.#answers = options.memoize ? new Map() : null;
		this.#connection = DuckDBInstance.create(':memory:').then((db) => db.connect());
	}

	load(tables: readonly TableName[]) {
		return loadOnce(this.#loaded, tables, (table) => {
			const file = join(this.dataDir, `${table}.parquet`).replaceAll("'", "''");
			return this.#connection.then((c) => c.run(`CREATE TABLE "${table}" AS SELECT * FROM read_parquet('${file}')`).then(() => undefined));
		});
	}

	run<Params, Result>(query: QueryDef<Params, Result>, params: Params): Promise<Result> {
		return query.sql(this, params);
	}

	async query<Row extends object = SqlRow>(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
		if (!this.#answers) return this.#run<Row>(sql, params);
		const key = JSON.stringify([sql, params]);
		let answer = this.#answers.get(key);
		if (!answer) {
			answer = this.#run(sql, params);
			answer.catch(() => this.#answers?.delete(key));
			this.#answers.set(key, answer);
		}
		// Copies: a caller may sort or extend what it gets without changing the next caller's answer.
		return (await answer).map((row) => ({ ...row }) as Row);
	}

	async #run<Row extends object = SqlRow>(sql: string, params: readonly SqlValue[]): Promise<Row[]> {
		this.runs++;
		const connection = await this.#connection;
		const reader = await connection.runAndReadAll(sql, params.length ? [...params] : undefined);
		return reader.getRowObjectsJS().map(
			(row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, normaliseValue(v)])) as Row
		);
	}

	async close() {
		(await this.#connection).closeSync();
	}
}

let shared: NodeEngine | undefined;

/** The engine prerendering shares across pages, so each table is read and each query run once per build. */
export function prerenderEngine(): NodeEngine {
	shared ??= new NodeEngine(undefined, { memoize: true });
	return shared;
}
