/** CSV text for downloads (RFC 4180, UTF-8 with a BOM so spreadsheet programs read accents right). */
import { stringify } from 'csv-stringify/sync';

export function csvText(rows: Record<string, unknown>[], columns: string[]): string {
	return `\uFEFF${stringify(rows, { header: true, columns, cast: { boolean: (b) => String(b) } })}`;
}
