/**
 * The engine for devices where DuckDB-WASM cannot start (no WebAssembly, little memory, a failed
 * download) or that declined its download on a data-saving connection. The views' controls are
 * answered by the query tier (src/lib/tier) before any engine is asked; what reaches this engine has
 * no twin there (the SQL console, the data explorer's other queries): advanced queries are unavailable.
 */
import type { Engine } from './engine';

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

	constructor(readonly reason: FallbackReason) {}

	async load(): Promise<void> {}

	async run<Params, Result>(): Promise<Result> {
		throw new AdvancedQueryUnavailable();
	}

	async query<Row extends object>(): Promise<Row[]> {
		throw new AdvancedQueryUnavailable();
	}
}
