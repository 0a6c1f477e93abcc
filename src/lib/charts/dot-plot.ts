/**
 * Layout of a dot plot: one row per item (a country), one dot per series (e.g. schools with electricity,
 * computers, Internet) on a shared horizontal axis, a thin line from the row's lowest to its highest value
 * (the gap between series), the row's label on the left and a note (the data year) on the right. Rows
 * keep the order given; missing values draw no dot. The height follows the number of rows, so the chart's
 * box is fixed before anything is measured. Pure, so it is tested as data.
 */
import { scaleLinear } from 'd3-scale';
import { fitLabel } from './bar-chart';
import type { Margin, Tick } from './plot-area';

export type DotShape = 'circle' | 'square' | 'diamond' | 'triangle';

export interface DotSeries {
	key: string;
	label: string;
	colour: string;
	shape: DotShape;
}

export interface DotRow {
	key: string;
	label: string;
	/** Right of the row, e.g. the data year(s). */
	note?: string;
	/** A shaded band behind the row (e.g. Smart Africa members). */
	shaded?: boolean;
	/** Bold label (a selected country). */
	emphasised?: boolean;
	/** A symbol after the label (e.g. a programme annotated below the chart). */
	marker?: string;
	/** Value per series key; null or absent: no dot. */
	values: Record<string, number | null | undefined>;
}

export interface DotPlotInput {
	rows: DotRow[];
	series: DotSeries[];
	width: number;
	domain: [number, number];
	/** Vertical reference lines (e.g. parity at 1). */
	references?: { value: number; label: string }[];
	rowHeight?: number;
}

export interface PlacedDot {
	series: string;
	colour: string;
	shape: DotShape;
	value: number;
	cx: number;
}

export interface DotPlotLayout {
	margin: Margin;
	width: number;
	height: number;
	innerWidth: number;
	rowHeight: number;
	ticks: Tick[];
	references: { value: number; label: string; offset: number }[];
	rows: (DotRow & { y: number; shortLabel: string; dots: PlacedDot[]; span: [number, number] | null })[];
}

const TOP = 24;
const BOTTOM = 8;

/** The height a dot plot of `rows` rows takes (so the page can size the chart's box before drawing). */
export const dotPlotHeight = (rows: number, rowHeight = 18) => TOP + Math.max(1, rows) * rowHeight + BOTTOM;

export function dotPlotLayout({ rows, series, width, domain, references = [], rowHeight = 18 }: DotPlotInput): DotPlotLayout {
	// Phones give the labels less room; the note column fits a year range like "2016–2019".
	const narrow = width < 480;
	const labelWidth = narrow ? 92 : 150;
	const noteWidth = rows.some((r) => (r.note ?? '').length > 4) ? 66 : 40;
	const margin: Margin = { top: TOP, right: noteWidth + 14, bottom: BOTTOM, left: labelWidth + 8 };
	const innerWidth = Math.max(40, width - margin.left - margin.right);
	const x = scaleLinear().domain(domain).range([0, innerWidth]);
	const ticks = x.ticks(Math.max(2, Math.min(5, Math.floor(innerWidth / 70))));
	const placed = rows.map((row, i) => {
		const dots: PlacedDot[] = series
			.filter((s) => row.values[s.key] !== null && row.values[s.key] !== undefined)
			.map((s) => ({ series: s.key, colour: s.colour, shape: s.shape, value: row.values[s.key]!, cx: x(row.values[s.key]!) }));
		const xs = dots.map((d) => d.cx);
		const markerRoom = row.marker ? row.marker.length * 8 + 4 : 0;
		return {
			...row,
			y: i * rowHeight + rowHeight / 2,
			shortLabel: fitLabel(row.label, labelWidth - markerRoom),
			dots,
			span: xs.length > 1 ? ([Math.min(...xs), Math.max(...xs)] as [number, number]) : null
		};
	});
	return {
		margin,
		width,
		height: dotPlotHeight(rows.length, rowHeight),
		innerWidth,
		rowHeight,
		ticks: ticks.map((value) => ({ value, offset: x(value) })),
		references: references.map((r) => ({ ...r, offset: x(r.value) })),
		rows: placed
	};
}

/** An SVG path for a dot of this shape centred on (0, 0), of about the same area as a circle of radius r. */
export function dotPath(shape: DotShape, r: number): string {
	switch (shape) {
		case 'square': {
			const s = r * 0.89;
			return `M${-s},${-s}H${s}V${s}H${-s}Z`;
		}
		case 'diamond': {
			const s = r * 1.25;
			return `M0,${-s}L${s},0L0,${s}L${-s},0Z`;
		}
		case 'triangle': {
			const s = r * 1.35;
			return `M0,${-s}L${s * 0.87},${s * 0.5}L${-s * 0.87},${s * 0.5}Z`;
		}
		case 'circle':
			return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
	}
}
