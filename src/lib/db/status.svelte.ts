/** Where the browser's query engine is: views show a loading or error notice from this. */
export type EngineState = 'idle' | 'starting' | 'ready' | 'failed';

class EngineStatus {
	state = $state<EngineState>('idle');
	error = $state<string | null>(null);

	set(state: EngineState, error: string | null = null) {
		this.state = state;
		this.error = error;
	}
}

export const engineStatus = new EngineStatus();
