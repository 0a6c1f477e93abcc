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
		const e = error as { code?: string; lines?: number; message: string };
		// csv-parse reports an unclosed quote at the end of the file; name the line where it opened.
		const opened = e.code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuoteLine(text) : null;
		if (opened !== null) throw new CsvSyntaxError({ file, line: opened, reason: 'malformed CSV: a quote opened on this line is never closed' });
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

/** The line (1-based) of a quoted field that never closes, or null if every quote closes. */
export function unclosedQuoteLine(text: string): number | null {
	let line = 1;
	let openedOn: number | null = null;
	let fieldStart = true;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (openedOn !== null) {
			if (c === '"') {
				if (text[i + 1] === '"') i++;
				else {
					openedOn = null;
					fieldStart = false;
				}
			} else if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
			continue;
		}
		if (c === '"' && fieldStart) openedOn = line;
		else if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
		fieldStart = c === ',' || c === '\n' || c === '\r' || (c === '\uFEFF' && i === 0);
	}
	return openedOn;
}

/**
 * The byte offset of the first byte that is not valid UTF-8 (a Latin-1 "é" is the lone byte E9), or
 * null. Overlong forms, surrogates and code points above U+10FFFF are invalid too.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number | null {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		if (b < 0x80) {
			i++;
			continue;
		}
		const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
		if (length === 0 || i + length > bytes.length) return i;
		// The second byte's range is narrower after E0, ED, F0 and F4.
		const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
		if (bytes[i + 1] < lo || bytes[i + 1] > hi) return i;
		for (let k = 2; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
		i += length;
	}
	return null;
}

/** Reads a UTF-8 CSV file; a byte that is not UTF-8 (a file saved as Latin-1) stops it, naming line and byte offset. */
export function readCsv(path: string, displayName = path): CsvTable {
	const bytes = readFileSync(path);
	const bad = invalidUtf8Offset(bytes);
	if (bad !== null) {
		const line = bytes.subarray(0, bad).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);
		const hex = bytes[bad].toString(16).toUpperCase().padStart(2, '0');
		throw new CsvSyntaxError({ file: displayName, line, reason: `invalid UTF-8 at byte offset ${bad} (byte 0x${hex}): save the file as UTF-8` });
	}
	return parseCsv(bytes.toString('utf8'), displayName);
}

/** Serialises rows to CSV with a header, quoting only where needed (stable diffs for reviewed files). */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
	return stringify(
		rows.map((row) => columns.map((c) => row[c] ?? '')),
		{ header: true, columns: [...columns], cast: { boolean: (b) => (b ? 'true' : 'false') } }
	);
}
