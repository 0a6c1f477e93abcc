/**
 * The query tier as an Engine: runs a query's Arquero twin (query.ts) through `answer` — a message to
 * the tier's worker in the browser (client.ts), a direct call in tests. Anything without a twin, and
 * any SQL, is for DuckDB (`NoTwin`).
 */
import type { Engine, SqlRow } from '$lib/db/engine';
import { NoTwin, type QueryDef } from '$lib/db/query';

export class TierEngine implements Engine {
	readonly kind = 'tier';

	constructor(private readonly answer: (name: string, params: unknown) => Promise<unknown>) {}

	run<Params, Result>(query: QueryDef<Params, Result>, params: Params): Promise<Result> {
		if (!query.twin) return Promise.reject(new NoTwin(query.name));
		return this.answer(query.name, params) as Promise<Result>;
	}

	async load(): Promise<void> {}

	query<Row extends object = SqlRow>(): Promise<Row[]> {
		return Promise.reject(new NoTwin('SQL'));
	}
}
