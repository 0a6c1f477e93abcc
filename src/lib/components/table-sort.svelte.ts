/**
 * A table's sort, shared by the site's tables (DataTable, VirtualTable, the projects table): one column
 * at a time, by a header button; a second press reverses it. Missing values (null) sort last whatever
 * the direction, so a reader sorting "highest first" never starts on a blank.
 */
export type SortValue = number | string | null;

/** The rows sorted by a value, missing values last; a copy (the rows given stay as they are). */
export function sortRows<T>(rows: readonly T[], value: (row: T) => SortValue, descending: boolean): T[] {
	return [...rows].sort((a, b) => {
		const x = value(a);
		const y = value(b);
		if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
		const order = x < y ? -1 : x > y ? 1 : 0;
		return descending ? -order : order;
	});
}

export class TableSort {
	/** The column sorted by; null keeps the rows' own order. */
	key = $state<string | null>(null);
	descending = $state(false);

	/** Sorts by a column, or reverses it; a new column starts with its natural direction (numbers highest first). */
	by(key: string, descendingFirst: boolean) {
		if (this.key === key) this.descending = !this.descending;
		else {
			this.key = key;
			this.descending = descendingFirst;
		}
	}

	/** The header's `aria-sort`: only the sorted column has one. */
	ariaSort(key: string): 'ascending' | 'descending' | undefined {
		return this.key === key ? (this.descending ? 'descending' : 'ascending') : undefined;
	}
}
