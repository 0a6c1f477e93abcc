/**
 * The SQL console's one rule: a single read-only query over the site's tables.
 *
 * Two guards. First the text is read here: split into statements (outside quotes and comments), each
 * must begin with a reading keyword (SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SUMMARIZE, SHOW), and
 * there must be one; otherwise a ConsoleRefusal names the refused statement, in words the page
 * translates. Then the text is wrapped as a subquery with a row limit and prepared — a prepared statement
 * cannot carry a second statement, and anything but a query (DROP, SET, COPY…) is a syntax error inside
 * FROM ( … ). That same checked text then runs as a pending query, which cancelSent() can interrupt (a
 * prepared statement runs to its end in the worker). The console's connection has no file or network
 * access (see WasmEngine.openConsole).
 *
 * A result is capped in bytes as well as rows (MAX_RESULT_BYTES): one `repeat('x', 200000000)` would
 * otherwise hand the page a 200 MB string to convert and draw. DuckDB's errors are rewritten to point at
 * the reader's own lines, never the wrapper's, without advice to install extensions or repeated text.
 */
import { rowsOf, type WasmConnection } from './wasm';
import type { SqlRow } from './engine';

/** A result's size limit in bytes (as DuckDB hands it over): far above any table of this site. */
export const MAX_RESULT_BYTES = 8 * 1024 * 1024;

export interface ConsoleResult {
	columns: string[];
	rows: SqlRow[];
	/** More rows than the limit exist; only the first `limit` are returned. */
	truncated: boolean;
	/** The result is larger than MAX_RESULT_BYTES: only the rows that fit are returned (maybe none). */
	tooLarge: boolean;
	ms: number;
}

/** Why a text was refused before it ran. */
export type ConsoleRefusal =
	| { kind: 'empty' }
	/** A statement that does not read, named by its first keyword (e.g. "COPY"). */
	| { kind: 'refused'; statement: string }
	/** More than one statement; `second` is the start of the second one. */
	| { kind: 'several'; count: number; second: string };

export class ConsoleRefusedError extends Error {
	constructor(readonly refusal: ConsoleRefusal) {
		super(refusal.kind === 'refused' ? `${refusal.statement} is refused: the console only reads` : refusal.kind);
	}
}

/** Statements the console runs: those that only read. */
const READING = new Set(['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE', 'DESCRIBE', 'SUMMARIZE', 'SHOW', '(']);

/**
 * The statements of a text, split at semicolons outside strings, quoted names and comments; each with
 * comments removed and trimmed; empty ones dropped.
 */
export function splitStatements(sql: string): string[] {
	const statements: string[] = [];
	let current = '';
	let i = 0;
	while (i < sql.length) {
		const c = sql[i];
		const rest = sql.slice(i);
		if (c === "'" || c === '"') {
			// A quoted string or name; a doubled quote is an escaped one.
			let j = i + 1;
			while (j < sql.length && !(sql[j] === c && sql[j + 1] !== c)) j += sql[j] === c ? 2 : 1;
			current += sql.slice(i, j + 1);
			i = j + 1;
		} else if (rest.startsWith('--')) {
			const end = sql.indexOf('\n', i);
			i = end === -1 ? sql.length : end;
			current += ' ';
		} else if (rest.startsWith('/*')) {
			const end = sql.indexOf('*/', i + 2);
			i = end === -1 ? sql.length : end + 2;
			current += ' ';
		} else if (/^\$([A-Za-z_]\w*)?\$/.test(rest)) {
			// A dollar-quoted string: $$…$$ or $tag$…$tag$.
			const tag = /^\$([A-Za-z_]\w*)?\$/.exec(rest)![0];
			const end = sql.indexOf(tag, i + tag.length);
			const stop = end === -1 ? sql.length : end + tag.length;
			current += sql.slice(i, stop);
			i = stop;
		} else if (c === ';') {
			statements.push(current);
			current = '';
			i++;
		} else {
			current += c;
			i++;
		}
	}
	statements.push(current);
	return statements.map((s) => s.trim()).filter((s) => s !== '');
}

/** Refuses (throws ConsoleRefusedError) anything but one reading statement. */
export function checkConsoleQuery(sql: string): void {
	const statements = splitStatements(sql);
	if (statements.length === 0) throw new ConsoleRefusedError({ kind: 'empty' });
	for (const statement of statements) {
		const keyword = /^(\(|[A-Za-z_]+)/.exec(statement)?.[1]?.toUpperCase() ?? statement.slice(0, 12);
		if (!READING.has(keyword)) throw new ConsoleRefusedError({ kind: 'refused', statement: keyword });
	}
	if (statements.length > 1) {
		const second = statements[1].replace(/\s+/g, ' ');
		throw new ConsoleRefusedError({ kind: 'several', count: statements.length, second: second.length > 40 ? `${second.slice(0, 40)}…` : second });
	}
}

/** The user's query as a limited subquery; the line breaks keep a trailing `--` comment from eating the wrapper. */
export function wrapConsoleQuery(sql: string, limit: number): string {
	const body = sql.trim().replace(/;+\s*$/, '');
	if (body === '') throw new ConsoleRefusedError({ kind: 'empty' });
	return `SELECT * FROM (\n${body}\n) AS console_query LIMIT ${limit + 1}`;
}

/**
 * DuckDB's error for the wrapped text, told about the reader's text: `LINE n` counts the reader's lines,
 * a position in the wrapper becomes "at the end of the query", advice to install or load an extension
 * goes (this console has none), and each part is said once.
 */
export function consoleErrorMessage(message: string, sql: string): string {
	const text = message.replace(/^Error: /, '');
	// The wrapper's first line is `SELECT * FROM (`; the reader's trimmed text follows from line 2.
	const leading = (/^\s*/.exec(sql)![0].match(/\r\n|\r|\n/g) ?? []).length;
	const userLines = sql.trim().replace(/;+\s*$/, '').split(/\r\n|\r|\n/).length;
	const parts: string[] = [];
	let atWrapper = false;
	for (let part of text.split(/\n\s*\n/)) {
		part = part.trimEnd();
		if (part === '' || /^(Please try installing|Alternatively, consider enabling|INSTALL |LOAD |SET auto)/.test(part)) continue;
		part = part.replace(/ is not in the catalog, but it exists in the (\w+) extension\./, ' is not available in this console.');
		const located = /^LINE (\d+): (.*)\n(\s*)\^$/s.exec(part);
		if (located) {
			const line = Number(located[1]);
			if (line < 2 || line > userLines + 1) {
				atWrapper = true;
				continue;
			}
			const oldPrefix = `LINE ${line}: `;
			const newPrefix = `LINE ${line - 1 + leading}: `;
			const column = located[3].length - oldPrefix.length;
			part = `${newPrefix}${located[2]}\n${' '.repeat(newPrefix.length + Math.max(0, column))}^`;
		}
		if (!parts.includes(part)) parts.push(part);
	}
	if (atWrapper && parts.length > 0) {
		parts[0] = parts[0].replace(/syntax error at or near "\)"$/, 'syntax error at the end of the query (is something missing?)');
	}
	return parts.join('\n\n');
}

/** An Arrow record batch as DuckDB-WASM hands it over (the parts used to measure and read it). */
interface ResultBatch {
	schema: { fields: { name: string; typeId: number }[] };
	numRows: number;
	data?: { children?: ColumnData[] };
	toArray(): { toJSON(): Record<string, unknown> }[];
	slice(begin?: number, end?: number): ResultBatch;
}
interface ColumnData {
	length: number;
	offset: number;
	byteLength: number;
	valueOffsets?: ArrayLike<number | bigint>;
}

/** Each row's size in bytes: strings and other variable-width values by their own length, the rest by width. */
function rowSizes(batch: ResultBatch): number[] {
	const sizes = new Array<number>(batch.numRows).fill(0);
	for (const column of batch.data?.children ?? []) {
		const offsets = column.valueOffsets;
		const width = column.length ? column.byteLength / column.length : 0;
		for (let i = 0; i < batch.numRows; i++) {
			sizes[i] += offsets && offsets.length > column.offset + i + 1 ? Number(offsets[column.offset + i + 1]) - Number(offsets[column.offset + i]) : width;
		}
	}
	return sizes;
}

export interface ConsoleOptions {
	limit: number;
	maxBytes?: number;
	/** Aborted when the reader cancels: a query not yet sent is never sent, one running is interrupted. */
	signal?: AbortSignal;
}

/** What a cancelled console query rejects with. */
export class ConsoleCancelledError extends Error {
	constructor() {
		super('cancelled');
		this.name = 'ConsoleCancelledError';
	}
}

export async function runConsoleQuery(connection: WasmConnection, sql: string, options: ConsoleOptions | number): Promise<ConsoleResult> {
	const { limit, maxBytes = MAX_RESULT_BYTES, signal } = typeof options === 'number' ? { limit: options } : options;
	const started = performance.now();
	checkConsoleQuery(sql);
	const wrapped = wrapConsoleQuery(sql, limit);
	let rows: SqlRow[] = [];
	let columns: string[] = [];
	let bytes = 0;
	let tooLarge = false;
	/** Takes a batch's rows while the result stays under the size limit; false once it is full. */
	const take = (batch: ResultBatch): boolean => {
		columns = batch.schema.fields.map((f) => f.name);
		const sizes = rowSizes(batch);
		let fit = 0;
		while (fit < sizes.length && bytes + sizes[fit] <= maxBytes) bytes += sizes[fit++];
		if (fit > 0) rows = rows.concat(rowsOf(fit === batch.numRows ? batch : batch.slice(0, fit)));
		if (fit < batch.numRows) tooLarge = true;
		return !tooLarge && rows.length <= limit;
	};
	try {
		// Throws unless the text is exactly one read-only query.
		const statement = await connection.prepare(wrapped);
		if (connection.send) {
			await statement.close();
			// A reader who cancelled while the text was being checked must not start it: DuckDB-WASM runs one
			// query at a time, so a query sent after the cancel would hold up the next one for as long as it runs.
			if (signal?.aborted) throw new ConsoleCancelledError();
			let stopped = false;
			for await (const batch of await connection.send(wrapped, true)) {
				if (signal?.aborted || !take(batch as unknown as ResultBatch)) {
					stopped = true;
					break;
				}
			}
			// The rest is not needed: stop DuckDB producing it.
			if (stopped) await connection.cancelSent?.();
			if (signal?.aborted) throw new ConsoleCancelledError();
		} else {
			try {
				const result = (await statement.query()) as unknown as { schema: ResultBatch['schema']; batches: ResultBatch[] };
				columns = result.schema.fields.map((f) => f.name);
				for (const batch of result.batches) if (!take(batch)) break;
			} finally {
				await statement.close();
			}
		}
	} catch (error) {
		if (error instanceof ConsoleRefusedError || error instanceof ConsoleCancelledError) throw error;
		throw new Error(consoleErrorMessage(error instanceof Error ? error.message : String(error), sql));
	}
	return { columns, rows: rows.slice(0, limit), truncated: rows.length > limit, tooLarge, ms: performance.now() - started };
}
