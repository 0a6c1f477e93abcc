/**
 * Compression in the background while the site builds. The prerender keeps one core busy with
 * JavaScript; this keeps the other busy compressing what is already written (the DuckDB wasm parts from
 * the start, then each prerendered page once it is on disk), into the content-hash cache of
 * brotli-cache.ts. The precompress step at the end then finds most files done. Nothing here is needed
 * for a correct build: stopping it early only leaves more for that last step.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { compressed, type Quality } from './brotli-cache.ts';
import { brotliQuality, compressibleFiles, MIN_BYTES } from '../precompress.ts';

/** A file not modified for this long is taken as completely written. */
const SETTLED_MS = 1000;

export function warmCompression(options: { dirs: string[]; first?: () => Uint8Array[] }) {
	const seen = new Map<string, string>();
	let stopping = false;
	let compressedCount = 0;

	async function compress(bytes: Uint8Array, quality: Quality = 11) {
		await compressed(bytes, 'br', quality);
		await compressed(bytes, 'gz');
		compressedCount++;
	}

	function settledFiles(): string[] {
		const ready: string[] = [];
		const now = Date.now();
		for (const dir of options.dirs) {
			if (!existsSync(dir)) continue;
			for (const path of compressibleFiles(dir, true)) {
				let stat;
				try {
					stat = statSync(path);
				} catch {
					continue; // removed meanwhile (Vite empties its output folders)
				}
				const version = `${stat.size}:${stat.mtimeMs}`;
				if (stat.size < MIN_BYTES || now - stat.mtimeMs < SETTLED_MS || seen.get(path) === version) continue;
				seen.set(path, version);
				ready.push(path);
			}
		}
		return ready;
	}

	const done = (async () => {
		for (const bytes of options.first?.() ?? []) {
			if (stopping) return;
			await compress(bytes);
		}
		while (!stopping) {
			let ready: string[] = [];
			try {
				ready = settledFiles();
			} catch (error) {
				// Nothing here is needed for a correct build: a folder in an odd state is tried again next round.
				console.warn(`[build] background compression: ${(error as Error).message}`);
			}
			for (const path of ready) {
				if (stopping) return;
				try {
					await compress(readFileSync(path), brotliQuality(path));
				} catch {
					// removed or rewritten meanwhile: the final step compresses what is there
				}
			}
			if (!ready.length) await new Promise((r) => setTimeout(r, 500));
		}
	})();

	return {
		/**
		 * Takes no new file. The file in progress (a DuckDB wasm part takes half a minute) goes on while the
		 * final step starts on the others: that step waits for it through the cache's marker, so one core is
		 * no longer left idle while the build waits for this one file.
		 */
		stop() {
			stopping = true;
		},
		/** Resolves, once the file in progress is done, with how many files were compressed. */
		async finished() {
			stopping = true;
			await done;
			return compressedCount;
		}
	};
}
