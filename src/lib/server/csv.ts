/** CSV text for the per-country downloads: the site's one CSV writer ($lib/downloads/csv), header first. */
import { toCsv, type Cell } from '$lib/downloads/csv';

export function csvText(rows: Record<string, Cell | boolean | undefined>[], columns: string[]): string {
	return toCsv(
		columns.map((name) => ({ name })),
		rows
	);
}
