/** Layout of a ranked horizontal bar chart: one row per item, value labels at the bar ends. */
import { max, min } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { Tick } from './plot-area';

export interface Bar {
	key: string;
	label: string;
	value: number;
	colour: string;
	emphasised: boolean;
	/** Shown after the value label, e.g. the year of a value older than the ranking's year. */
	detail?: string;
}

export interface BarLayoutInput {
	bars: Bar[];
	width: number;
	rowHeight?: number;
	/** Fixed value domain (e.g. 0–100); otherwise 0 to the largest value. */
	domain?: [number, number];
	labelWidth?: number;
	references?: { value: number; label: string }[];
}

/** Average width of a 12 px label character, for fitting names into the label column. */
const CHAR_WIDTH = 6.4;

/** Shortens a label to fit `width` pixels, ending it with an ellipsis (the full name stays in a title). */
export function fitLabel(label: string, width: number): string {
	const max = Math.max(4, Math.floor(width / CHAR_WIDTH));
	return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

export interface BarLayout {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
	rows: (Bar & { y: number; barWidth: number; x0: number; shortLabel: string })[];
	ticks: Tick[];
	references: { value: number; label: string; offset: number }[];
	rowHeight: number;
}

export function barChartLayout({ bars, width, rowHeight = 18, domain, labelWidth = 128, references = [] }: BarLayoutInput): BarLayout {
	// Room on the right for the value label (and its year, when values come from different years).
	const right = bars.some((b) => b.detail) ? 96 : 56;
	const margin = { top: references.length ? 30 : 8, right, bottom: 24, left: labelWidth };
	const innerWidth = Math.max(40, width - margin.left - margin.right);
	const lo = Math.min(0, min(bars, (b) => b.value) ?? 0);
	const hi = max(bars, (b) => b.value) ?? 1;
	const x = scaleLinear()
		.domain(domain ?? [lo, hi > lo ? hi : lo + 1])
		.range([0, innerWidth])
		.nice();
	const zero = x(Math.max(x.domain()[0], 0));
	const rows = bars.map((b, i) => {
		const end = x(b.value);
		return { ...b, y: i * rowHeight, x0: Math.min(zero, end), barWidth: Math.abs(end - zero), shortLabel: fitLabel(b.label, labelWidth - 8) };
	});
	const height = margin.top + bars.length * rowHeight + margin.bottom;
	return {
		width,
		height,
		margin,
		rows,
		rowHeight,
		ticks: x.ticks(Math.max(2, Math.floor(innerWidth / 80))).map((value) => ({ value, offset: x(value) })),
		references: references.map((r) => ({ ...r, offset: x(r.value) }))
	};
}
