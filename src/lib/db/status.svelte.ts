/** Where the browser's query engine is: views and the engine notice (EngineNotice.svelte) read this. */
import type { FallbackReason } from './fallback';

/**
 * `asking`: on a data-saving or slow connection, waiting for the user to accept the download;
 * `fallback`: DuckDB-WASM is not running and the Arquero fallback answers the common views;
 * `failed`: not even the data could be loaded.
 */
export type EngineState = 'idle' | 'asking' | 'starting' | 'ready' | 'fallback' | 'failed';

class EngineStatus {
	state = $state<EngineState>('idle');
	error = $state<string | null>(null);
	fallbackReason = $state<FallbackReason | null>(null);
	/** Bumped by a retry, so live queries run again on the new engine. */
	generation = $state(0);
	#answer: ((accepted: boolean) => void) | null = null;

	set(state: EngineState, error: string | null = null) {
		this.state = state;
		this.error = error;
	}

	/** Resolves when the user answers the download question. */
	ask(): Promise<boolean> {
		this.set('asking');
		return new Promise((resolve) => (this.#answer = resolve));
	}

	answer(accepted: boolean) {
		this.#answer?.(accepted);
		this.#answer = null;
	}
}

export const engineStatus = new EngineStatus();
