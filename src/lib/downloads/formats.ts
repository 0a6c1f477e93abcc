/**
 * The data file of a download, in the format a researcher's tools read: CSV (comma, or semicolon with
 * decimal commas, as French-locale spreadsheets expect), JSON records, or Parquet (written in
 * JavaScript: DuckDB-WASM cannot write Parquet offline, STACK.md).
 */
import { parquetWriteBuffer } from 'hyparquet-writer';

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export interface DataColumn {
	name: string;
	type: 'string' | 'integer' | 'double';
	/** One line for the data dictionary. */
	description: string;
}

export interface CsvOptions {
	separator: ',' | ';';
	/** Write 12,5 rather than 12.5 (only sensible with the ";" separator). */
	decimalComma: boolean;
}

function csvField(value: Cell, { separator, decimalComma }: CsvOptions): string {
	if (value === null) return '';
	const text = typeof value === 'number' ? (decimalComma ? String(value).replace('.', ',') : String(value)) : value;
	return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with CRLF line ends and a UTF-8 byte-order mark (spreadsheets then read accents right). */
export function toCsv(columns: DataColumn[], rows: Row[], options: CsvOptions = { separator: ',', decimalComma: false }): string {
	const lines = [columns.map((c) => csvField(c.name, options)).join(options.separator)];
	for (const row of rows) lines.push(columns.map((c) => csvField(row[c.name] ?? null, options)).join(options.separator));
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

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
