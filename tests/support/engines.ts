/**
 * Query tests run on both engines the site uses: native DuckDB (the build's prerender) and DuckDB-WASM
 * (the browser's), so a query cannot work on one and not the other.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { Engine } from '$lib/db/engine';
import { NodeEngine } from '$lib/db/node';
import { createNodeWasmEngine } from '$lib/db/wasm-node';

/**
 * Declares `suite` once per engine ("<title> on native DuckDB", "<title> on wasm DuckDB"), the engine
 * opened before its tests and closed after them.
 */
export function describeOnEngines(title: string, suite: (db: Engine) => void): void {
	describe.each(['native', 'wasm'] as const)(`${title} on %s DuckDB`, (kind) => {
		let engine: Engine | undefined;
		beforeAll(async () => {
			engine = kind === 'native' ? new NodeEngine() : await createNodeWasmEngine();
		});
		afterAll(async () => {
			if (engine instanceof NodeEngine) await engine.close();
		});
		const open = () => {
			if (!engine) throw new Error(`the ${kind} engine is not open yet: use it inside a test`);
			return engine;
		};
		// Tests are declared before the engine opens, so they get one that forwards to it.
		suite({
			get kind() {
				return open().kind;
			},
			run: (query, params) => open().run(query, params),
			load: (tables) => open().load(tables),
			query: (sql, params) => open().query(sql, params)
		});
	});
}
