/**
 * One definition per query: its SQL (native DuckDB at prerender, DuckDB-WASM in the browser) and, for
 * the views' controls, its Arquero twin over the query tier's small files (src/lib/tier). A query is
 * called as a function of an engine and its parameters; the engine picks which of the two it runs
 * (`Engine.run`). Twins write their expressions in code — escaped functions, column names and
 * parameters — never text from a URL, a form or the console.
 *
 * Only types come from Arquero here: the worker hands the twin its Arquero, so pages never load it.
 */
import type * as Arquero from 'arquero';
import type { Engine } from './engine';

export type Aq = typeof Arquero;
export type Table = Arquero.ColumnTable;

/** The tier's tables, each fetched on first need and kept. */
export interface TierTables {
	readonly aq: Aq;
	/** One indicator's observations: iso3, year, value, flag (ordered by iso3, year). */
	indicator(id: string): Promise<Table>;
	/** Every country's iso3, in order. */
	countries(): Promise<Table>;
	/** Smart Africa memberships: iso3, status, joined, joined_precision. */
	memberships(): Promise<Table>;
	/**
	 * A whole table's Arrow file, as DuckDB-WASM loads it: for the data explorer's filters and
	 * downloads (observations only when every indicator is asked for).
	 */
	table(name: 'countries' | 'indicators' | 'sources' | 'observations'): Promise<Table>;
}

export interface QueryDef<Params, Result> {
	/** Unique: the worker finds the twin by this name. */
	readonly name: string;
	sql(db: Engine, params: Params): Promise<Result>;
	/** The same answer from the tier (tested equal to `sql` on the real data); absent: DuckDB only. */
	twin?(tables: TierTables, params: Params): Promise<Result>;
}

export type Query<Params, Result> = ((db: Engine, params: Params) => Promise<Result>) & { readonly def: QueryDef<Params, Result> };

export function defineQuery<Params, Result>(def: QueryDef<Params, Result>): Query<Params, Result> {
	return Object.assign((db: Engine, params: Params) => db.run(def, params), { def });
}

/** The tier has no twin for this query: ask DuckDB. */
export class NoTwin extends Error {
	constructor(name: string) {
		super(`No tier twin for ${name}`);
		this.name = 'NoTwin';
	}
}

/** Arquero's rows with missing values (unmatched lookups) as SQL's null. */
export function objects<Row extends object>(table: Table): Row[] {
	return table.objects().map((row) => {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(row)) out[k] = v === undefined || (typeof v === 'number' && Number.isNaN(v)) ? null : v;
		return out as Row;
	});
}
