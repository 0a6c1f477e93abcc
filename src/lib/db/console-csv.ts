/** The SQL console's CSV download (imported when asked for: csv-stringify stays off the page's first load). */
import { toCsv } from '$lib/downloads/csv';
import type { ConsoleResult } from './console';

/** A result as CSV by the site's one CSV writer: formula-like text defused, numbers as they are. */
export function consoleCsv(result: Pick<ConsoleResult, 'columns' | 'rows'>): string {
	return toCsv(
		result.columns.map((name) => ({ name })),
		result.rows
	);
}
