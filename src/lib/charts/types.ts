/** What a chart is showing: its data, or a state drawn over it at the same size. */
export type ChartStatus = 'ready' | 'loading' | 'error' | 'empty';

/** A column of a chart's data table. */
export interface TableColumn<Row> {
	key: string;
	header: string;
	/** Text shown in the cell, already formatted for the page's language. */
	cell: (row: Row) => string;
	/** Value to sort by (null sorts last); without it the column is not sortable. */
	sortValue?: (row: Row) => number | string | null;
	numeric?: boolean;
}
