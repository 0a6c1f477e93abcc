/**
 * The data file of a download, in the format a researcher's tools read: CSV (comma, or semicolon with
 * decimal commas, as French-locale spreadsheets expect), JSON records, or Parquet (written in
 * JavaScript: DuckDB-WASM cannot write Parquet offline, STACK.md).
 */
import { parquetWriteBuffer } from 'hyparquet-writer';

export type { Cell } from './csv';
import type { Cell } from './csv';
export type Row = Record<string, Cell>;

export interface DataColumn {
	name: string;
	type: 'string' | 'integer' | 'double';
	/** One line for the data dictionary. */
	description: string;
}

export type { CsvOptions } from './csv';

export { defuseFormula, toCsv } from './csv';

export function toJson(columns: DataColumn[], rows: Row[]): string {
	return `${JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, row[c.name] ?? null]))), null, 1)}\n`;
}

const PARQUET_TYPES = { string: 'STRING', integer: 'INT32', double: 'DOUBLE' } as const;

export function toParquet(columns: DataColumn[], rows: Row[]): Uint8Array {
	const buffer = parquetWriteBuffer({
		columnData: columns.map((c) => ({ name: c.name, data: rows.map((r) => r[c.name] ?? null), type: PARQUET_TYPES[c.type] }))
	});
	return new Uint8Array(buffer);
}
