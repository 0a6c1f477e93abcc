/** The built dataset's manifest (static/data/manifest.json), read at prerender time. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface DatasetInfo {
	version: string;
	built: string;
}

let cached: DatasetInfo | undefined;

export function datasetInfo(): DatasetInfo {
	if (!cached) {
		const manifest = JSON.parse(readFileSync(resolve('static/data/manifest.json'), 'utf8'));
		cached = { version: manifest.version, built: manifest.built };
	}
	return cached;
}
