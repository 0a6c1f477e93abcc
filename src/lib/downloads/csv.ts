/**
 * CSV for every download of the site (its own module, so the SQL console's export loads no Parquet
 * writer). Written by hand, not csv-stringify: its ESM build calls Node's Buffer, which browsers lack.
 */

export type Cell = string | number | null;

export interface CsvOptions {
	separator: ',' | ';';
	/** Write 12,5 rather than 12.5 (only sensible with the ";" separator). */
	decimalComma: boolean;
}

/**
 * A text cell that a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage
 * return) gets a leading apostrophe, as OWASP advises against CSV injection; spreadsheets show it as text.
 * Only text: numbers (negative ones too) are written as they are.
 */
export function defuseFormula(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvCell(value: Cell | boolean | undefined, decimalComma: boolean): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return decimalComma ? String(value).replace('.', ',') : String(value);
	if (typeof value === 'boolean') return String(value);
	return defuseFormula(value);
}

/**
 * The site's one CSV writer (downloads, their data dictionary, the SQL console's export, the per-country
 * files): RFC 4180, CRLF line ends, a UTF-8 byte-order mark (spreadsheets then read
 * accents right), header included, formula-like text defused.
 */
export function toCsv(
	columns: { name: string }[],
	rows: Record<string, Cell | boolean | undefined>[],
	options: CsvOptions = { separator: ',', decimalComma: false }
): string {
	const field = (text: string) => (/["\r\n]/.test(text) || text.includes(options.separator) ? `"${text.replaceAll('"', '""')}"` : text);
	const lines = [columns.map((c) => field(defuseFormula(c.name))).join(options.separator)];
	for (const row of rows) lines.push(columns.map((c) => field(csvCell(row[c.name], options.decimalComma))).join(options.separator));
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
