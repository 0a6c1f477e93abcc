/**
 * Writes validated tables as Parquet (the public files researchers script against) with native DuckDB,
 * plus an Arrow IPC stream per table for DuckDB-WASM, which cannot read Parquet offline (STACK.md), and
 * manifest.json describing every file.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, dateValue, type DuckDBAppender } from '@duckdb/node-api';
import { bool, dateDay, dictionary, float64, int32, tableFromArrays, tableToIPC, utf8 } from '@uwdata/flechette';
import { TABLES, TABLE_NAMES, type SqlType, type TableDef, type TableName } from './tables.ts';
import type { LocatedRow, Row } from './validate.ts';
import { writeTier, type TierFile } from './write-tier.ts';

export interface ManifestFile {
	name: string;
	table: TableName;
	format: 'parquet' | 'arrow';
	rows: number;
	bytes: number;
	sha256: string;
}

export interface Manifest {
	dataset: string;
	/** Latest retrieval date among sources, then a hash of the curated content. */
	version: string;
	built: string;
	files: ManifestFile[];
	/** The query tier's small per-view files (write-tier.ts). */
	tier: TierFile[];
	tables: Record<TableName, { rows: number; columns: { name: string; type: SqlType; en: string; fr: string }[] }>;
}

/** Row order of each file: the key, except observations, grouped by indicator for compression and scans. */
const SORT: Partial<Record<TableName, string[]>> = { observations: ['indicator', 'iso3', 'year'] };

function sortRows(def: TableDef, rows: LocatedRow[]): Row[] {
	const by = SORT[def.name] ?? def.key;
	return rows
		.map((r) => r.row)
		.sort((a, b) => {
			for (const c of by) {
				const x = a[c] as string | number;
				const y = b[c] as string | number;
				if (x < y) return -1;
				if (x > y) return 1;
			}
			return 0;
		});
}

function appendCell(appender: DuckDBAppender, type: SqlType, value: Row[string]) {
	if (value === null) return appender.appendNull();
	switch (type) {
		case 'VARCHAR':
			return appender.appendVarchar(value as string);
		case 'INTEGER':
			return appender.appendInteger(value as number);
		case 'DOUBLE':
			return appender.appendDouble(value as number);
		case 'BOOLEAN':
			return appender.appendBoolean(value as boolean);
		case 'DATE': {
			const [year, month, day] = (value as string).split('-').map(Number);
			return appender.appendDate(dateValue({ year, month, day }));
		}
	}
}

const ARROW_TYPES = { VARCHAR: utf8, INTEGER: int32, DOUBLE: float64, BOOLEAN: bool, DATE: dateDay } as const;

function arrowStream(def: TableDef, rows: Row[]): Uint8Array {
	const arrays: Record<string, unknown[]> = {};
	const types: Record<string, ReturnType<(typeof ARROW_TYPES)[SqlType] | typeof dictionary>> = {};
	for (const c of def.columns) {
		// Text repeated across many rows (country codes, indicator ids) is stored once per distinct value.
		const repetitive = c.sql === 'VARCHAR' && new Set(rows.map((r) => r[c.name])).size * 4 < rows.length;
		types[c.name] = repetitive ? dictionary(utf8()) : ARROW_TYPES[c.sql]();
		arrays[c.name] = rows.map((r) => {
			const value = r[c.name];
			// flechette takes dates as epoch milliseconds.
			return c.sql === 'DATE' && value !== null ? Date.parse(`${value}T00:00:00Z`) : value;
		});
	}
	return tableToIPC(tableFromArrays(arrays, { types }), { format: 'stream' })!;
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Writes every table to `outDir` (replaced as a whole, so a failed build never leaves a mix). */
export async function writeData(
	tables: Record<TableName, LocatedRow[]>,
	outDir: string,
	options: { buildDate?: Date } = {}
): Promise<Manifest> {
	const staging = `${outDir}.tmp-${process.pid}`;
	rmSync(staging, { recursive: true, force: true });
	mkdirSync(staging, { recursive: true });

	const instance = await DuckDBInstance.create(':memory:');
	const db = await instance.connect();
	const files: ManifestFile[] = [];
	const content = createHash('sha256');
	const tablesInfo = {} as Manifest['tables'];
	const sorted = {} as Record<TableName, Row[]>;
	try {
		for (const name of TABLE_NAMES) {
			const def = TABLES[name];
			const rows = sortRows(def, tables[name]);
			sorted[name] = rows;
			content.update(JSON.stringify(rows));
			const columnsSql = def.columns.map((c) => `"${c.name}" ${c.sql}`).join(', ');
			await db.run(`CREATE TABLE "${name}" (${columnsSql})`);
			const appender = await db.createAppender(name);
			for (const row of rows) {
				for (const c of def.columns) appendCell(appender, c.sql, row[c.name]);
				appender.endRow();
			}
			appender.closeSync();

			const parquetPath = join(staging, `${name}.parquet`);
			await db.run(`COPY "${name}" TO '${parquetPath}' (FORMAT parquet, COMPRESSION zstd)`);
			const arrowPath = join(staging, `${name}.arrow`);
			writeFileSync(arrowPath, arrowStream(def, rows));

			for (const [file, format] of [
				[`${name}.parquet`, 'parquet'],
				[`${name}.arrow`, 'arrow']
			] as const) {
				const bytes = readFileSync(join(staging, file));
				files.push({ name: file, table: name, format, rows: rows.length, bytes: bytes.length, sha256: sha256(bytes) });
			}
			tablesInfo[name] = {
				rows: rows.length,
				columns: def.columns.map((c) => ({ name: c.name, type: c.sql, en: c.doc.en, fr: c.doc.fr }))
			};
		}
	} finally {
		db.closeSync();
		instance.closeSync();
	}

	const latestRetrieval = tables.sources
		.map((r) => r.row.retrieved as string)
		.sort()
		.at(-1) ?? 'undated';
	const manifest: Manifest = {
		dataset: 'smart-africa-ict-indicators',
		version: `${latestRetrieval}.${content.digest('hex').slice(0, 8)}`,
		built: (options.buildDate ?? buildDateFromEnv()).toISOString(),
		files,
		tier: writeTier(sorted, staging),
		tables: tablesInfo
	};
	writeFileSync(join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);

	rmSync(outDir, { recursive: true, force: true });
	renameSync(staging, outDir);
	return manifest;
}

/**
 * SOURCE_DATE_EPOCH when set (the reproducible-builds convention); otherwise the day of the build, at
 * midnight UTC. A day is all the site uses the date for (the projects' "today", the downloads' "built"),
 * and with it two builds of the same data on the same day are byte-identical, page for page, so the build
 * cache (scripts/lib/brotli-cache.ts) has every page's compressed copy already.
 */
function buildDateFromEnv(): Date {
	const epoch = process.env.SOURCE_DATE_EPOCH;
	if (epoch) return new Date(Number(epoch) * 1000);
	const now = new Date();
	return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
