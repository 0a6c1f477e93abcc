/**
 * What the query tier is downloading now (its worker reports each file as its response arrives and when
 * it is read): the chart's progress shows its size, so a reader on a slow link sees why it waits.
 */
class TierTransfers {
	/** Bytes on the wire (Content-Length, compressed as served) of the files still arriving. */
	bytes = $state(0);
	#files = new Map<string, number>();

	start(file: string, bytes: number) {
		this.#files.set(file, bytes);
		this.#sum();
	}

	end(file: string) {
		this.#files.delete(file);
		this.#sum();
	}

	#sum() {
		this.bytes = [...this.#files.values()].reduce((a, b) => a + b, 0);
	}
}

export const tierTransfers = new TierTransfers();
