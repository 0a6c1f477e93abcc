/** What a chart is showing: its data, or a state drawn over it at the same size. */
export type ChartStatus = 'ready' | 'loading' | 'error' | 'empty';

/** A chart's drawing size (its viewBox), as its box measured it. */
export interface ChartSize {
	width: number;
	height: number;
}

/** What names a chart for everyone: the prefix of its title's and description's ids, its title, its finding in words. */
export interface ChartNaming {
	/** Unique id prefix for the accessible title and description. */
	id: string;
	/** Accessible name of the chart. */
	title: string;
	/** The main finding in words, read by screen readers. */
	description: string;
}

/** The props every interactive chart hands to its shell (layers/InteractiveChart.svelte) unchanged. */
export interface InteractiveChartProps extends ChartNaming {
	status?: ChartStatus;
	/** Text shown over the chart when status is not "ready". */
	statusText?: string;
	/** Label for the focusable chart, telling keyboard users what the arrow keys do. */
	keyboardHint?: string;
}

/** The loading state a view keeps for a chart (the compare view's context, an education panel), as the chart's two props. */
export const chartStatus = ({ status, statusText }: { status: ChartStatus; statusText: string }) => ({ status, statusText });

/** A column of a chart's data table. */
export interface TableColumn<Row> {
	key: string;
	header: string;
	/** Text shown in the cell, already formatted for the page's language. */
	cell: (row: Row) => string;
	/** Value to sort by (null sorts last); without it the column is not sortable. */
	sortValue?: (row: Row) => number | string | null;
	numeric?: boolean;
	/** Makes the cell a link (e.g. to a source); null leaves it plain text. */
	href?: (row: Row) => string | null;
}

/** A projected country shape, as src/lib/server/africa-map.ts computes it at prerender time. */
export interface CountryShape {
	iso3: string;
	/** SVG path in the map's viewBox. */
	d: string;
	/** Centre of a marker for states too small to see at this scale. */
	marker: { x: number; y: number } | null;
}

export interface MapGeometry {
	width: number;
	height: number;
	shapes: CountryShape[];
}

/** A legend entry: a colour, optionally hatched, and what it means. */
export interface LegendItem {
	colour: string;
	label: string;
	hatched?: boolean;
	outlined?: boolean;
}

/** What a table of rows is given (DataTable, VirtualTable): the rows, their columns and the caption. */
export interface TableProps<Row> {
	rows: Row[];
	columns: TableColumn<Row>[];
	caption: string;
}
