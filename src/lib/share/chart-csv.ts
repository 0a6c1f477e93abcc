/**
 * The data behind one chart as CSV, from the share dialog: exactly the rows of the chart's own data table
 * as the page shows it (its columns, its order), with raw numbers rather than the page's formatted text,
 * and on every row the source line, the licence and the dataset version, so the file keeps its source
 * wherever it is copied. Written by the site's one CSV writer.
 */
import { toCsv, type Cell } from '$lib/downloads/csv';

export interface ChartTable {
	headers: string[];
	rows: Cell[][];
}

export interface ChartSource {
	/** The source line as the page writes it (publisher, dataset, series code, licence, retrieval date). */
	text: string;
	/** The licence's name alone, when the line names one. */
	licence: string;
}

export interface CsvLabels {
	source: string;
	licence: string;
	version: string;
}

/** The CSV of a chart's table, each row carrying its sources, licences and the dataset version. */
export function chartCsv(table: ChartTable, sources: ChartSource[], version: string, labels: CsvLabels): string {
	// Headers repeat in a table (two groups' "median"): a CSV column needs a name of its own.
	const names: string[] = [];
	for (const header of [...table.headers, labels.source, labels.licence, labels.version]) {
		let name = header;
		for (let i = 2; names.includes(name); i++) name = `${header} (${i})`;
		names.push(name);
	}
	const source = sources.map((s) => s.text).join(' | ');
	const licence = [...new Set(sources.map((s) => s.licence).filter(Boolean))].join(' | ');
	const rows = table.rows.map((cells) => Object.fromEntries(names.map((name, i) => [name, i < cells.length ? cells[i] : [source, licence, version][i - cells.length]])));
	return toCsv(
		names.map((name) => ({ name })),
		rows
	);
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** An element's text without what is hidden from readers (a sort arrow). */
function visibleText(el: Element): string {
	const copy = el.cloneNode(true) as Element;
	for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
	return text(copy);
}

/**
 * The figure's first data table (the chart's own; a second one holds group statistics) as the page shows
 * it: a cell's raw number where the table gives one (`data-value`, empty when missing), else its text.
 */
export function readChartTable(figure: Element): ChartTable | null {
	const table = figure.querySelector('table');
	if (!table) return null;
	const headers = [...table.querySelectorAll('thead th')].map(visibleText);
	const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
		[...tr.querySelectorAll('th, td')].map((cell): Cell => {
			const raw = cell.getAttribute('data-value');
			if (raw === null) return text(cell);
			// An empty value is a missing one ("no data" on the page): an empty cell, never 0.
			if (raw === '') return null;
			const number = Number(raw);
			return Number.isFinite(number) ? number : raw;
		})
	);
	return { headers, rows };
}

/** The figure's source lines, each once, with the licence each names. */
export function readChartSources(figure: Element): ChartSource[] {
	const seen = new Map<string, ChartSource>();
	for (const line of figure.querySelectorAll('.source-line')) {
		const lineText = text(line);
		if (!seen.has(lineText)) seen.set(lineText, { text: lineText, licence: text(line.querySelector('a[rel~="license"], .licence')) });
	}
	return [...seen.values()];
}
