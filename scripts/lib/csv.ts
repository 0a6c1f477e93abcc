/** Reads a CSV file into records that remember the line they start on, so errors can name it. */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

export interface CsvRecord {
	/** 1-based line number of the record's first line (header is line 1). */
	line: number;
	fields: string[];
}

export interface CsvTable {
	file: string;
	header: string[];
	records: CsvRecord[];
}

/** A problem found in a data file, reported as `file:line: reason`. */
export interface DataError {
	file: string;
	line: number;
	reason: string;
}

export const formatError = (e: DataError) => `${e.file}:${e.line}: ${e.reason}`;

export class CsvSyntaxError extends Error {
	constructor(readonly dataError: DataError) {
		super(formatError(dataError));
	}
}

/** Line breaks as editors count them: CRLF, LF or a lone CR each end one line. */
const lineBreaks = (s: string) => s.match(/\r\n|\r|\n/g)?.length ?? 0;

/**
 * Parses CSV text (UTF-8, optional BOM, one header row). Blank lines are skipped; a record keeps the
 * line it starts on even when a quoted field spans several lines.
 */
export function parseCsv(text: string, file: string): CsvTable {
	let parsed: { record: string[]; raw: string }[];
	try {
		parsed = parse(text, {
			bom: true,
			raw: true,
			relax_column_count: true,
			skip_empty_lines: true
		}) as unknown as typeof parsed;
	} catch (error) {
		const e = error as { lines?: number; message: string };
		throw new CsvSyntaxError({ file, line: e.lines ?? 0, reason: `malformed CSV: ${e.message}` });
	}
	// csv-parse's own line count takes a CRLF inside quotes (in an LF file) for two lines; count the
	// raw text of each record instead, so every message names the line an editor shows.
	let next = 1;
	const records = parsed.map(({ record, raw }) => {
		const line = next + lineBreaks(/^[\r\n]*/.exec(raw)![0]); // blank lines skipped before the record
		next += lineBreaks(raw);
		return { line, fields: record };
	});
	const [head, ...rest] = records;
	return { file, header: head?.fields ?? [], records: rest };
}

export function readCsv(path: string, displayName = path): CsvTable {
	return parseCsv(readFileSync(path, 'utf8'), displayName);
}

/** Serialises rows to CSV with a header, quoting only where needed (stable diffs for reviewed files). */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
	return stringify(
		rows.map((row) => columns.map((c) => row[c] ?? '')),
		{ header: true, columns: [...columns], cast: { boolean: (b) => (b ? 'true' : 'false') } }
	);
}
