/** The built dataset's manifest (static/data/manifest.json), read at prerender time. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface DatasetInfo {
	version: string;
	built: string;
}

export interface ManifestFile {
	name: string;
	table: string;
	format: 'parquet' | 'arrow';
	rows: number;
	bytes: number;
	sha256: string;
}

let cached: (DatasetInfo & { files: ManifestFile[] }) | undefined;

function manifest() {
	cached ??= JSON.parse(readFileSync(resolve('static/data/manifest.json'), 'utf8'));
	return cached!;
}

export function datasetInfo(): DatasetInfo {
	const { version, built } = manifest();
	return { version, built };
}

/** The public files (Parquet) with their rows, size and checksum, for the data page. */
export function publicFiles(): ManifestFile[] {
	return manifest().files.filter((f) => f.format === 'parquet');
}
