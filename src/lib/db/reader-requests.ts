/**
 * The reader's own requests in flight (a view's query, a download being prepared): the engine's idle
 * prefetch (prefetch.ts) waits until there are none, so it never shares the connection with them.
 */
class ReaderRequests {
	count = 0;
	#idle: (() => void)[] = [];

	/** Counts `work` as in flight until it settles; returns it unchanged. */
	track<T>(work: Promise<T>): Promise<T> {
		this.count++;
		const done = () => {
			this.count--;
			if (this.count === 0) for (const run of this.#idle.splice(0)) run();
		};
		work.then(done, done);
		return work;
	}

	/** Runs `run` once no request is in flight (now, if none is). */
	whenIdle(run: () => void) {
		if (this.count === 0) run();
		else this.#idle.push(run);
	}
}

export const readerRequests = new ReaderRequests();
