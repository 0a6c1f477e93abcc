/** Layout of a ranked horizontal bar chart: one row per item, value labels at the bar ends. */
import { max, min } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { Tick } from './plot-area';
import { onLogAxis, valueAxis, type AxisScale } from './value-axis';

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
	/** Fixed value domain (e.g. 0–100); otherwise 0 to the largest value. Not on a log axis. */
	domain?: [number, number];
	/**
	 * A linear axis (default) or a logarithmic one, for skewed indicators: bars then start at the axis's
	 * left end, and a value ≤ 0 has no bar (its row keeps its value label; `dropped` lists them).
	 */
	scale?: AxisScale;
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
	/** `offAxis`: a value a log axis cannot draw (no bar). */
	rows: (Bar & { y: number; barWidth: number; x0: number; shortLabel: string; offAxis: boolean })[];
	/** The bars a log axis cannot draw (zero or negative values): the caller says so. */
	dropped: Bar[];
	ticks: Tick[];
	references: { value: number; label: string; offset: number }[];
	rowHeight: number;
}

/** A linear value axis from zero (or the lowest negative value), nicely rounded; bars grow from zero. */
function linearAxis(bars: Bar[], domain: [number, number] | undefined, innerWidth: number, count: number) {
	const lo = Math.min(0, min(bars, (b) => b.value) ?? 0);
	const hi = max(bars, (b) => b.value) ?? 1;
	const x = scaleLinear()
		.domain(domain ?? [lo, hi > lo ? hi : lo + 1])
		.range([0, innerWidth])
		.nice();
	return { scale: (v: number) => x(v), ticks: x.ticks(count), zero: x(Math.max(x.domain()[0], 0)) };
}

/**
 * A log value axis over the values it can draw. With no zero on it, bars grow from its left end: a power
 * of ten below the smallest value, so the shortest bar still shows (10 → from 1, 15 → from 10).
 */
function logAxis(bars: Bar[], references: { value: number }[], innerWidth: number, count: number) {
	const values = [...bars, ...references].map((b) => b.value).filter(onLogAxis);
	const lo = min(values);
	const hi = max(values);
	const domain: [number, number] | undefined = lo === undefined || hi === undefined ? undefined : [10 ** (Math.ceil(Math.log10(lo)) - 1), hi * 1.2];
	return { ...valueAxis(values, 'log', [0, innerWidth], domain, count), zero: 0 };
}

export function barChartLayout({ bars, width, rowHeight = 18, domain, labelWidth = 128, references = [], scale = 'linear' }: BarLayoutInput): BarLayout {
	// Room on the right for the value label (and its year, when values come from different years).
	const right = bars.some((b) => b.detail) ? 96 : 56;
	const margin = { top: references.length ? 30 : 8, right, bottom: 24, left: labelWidth };
	const innerWidth = Math.max(40, width - margin.left - margin.right);
	const tickCount = Math.max(2, Math.floor(innerWidth / 80));
	const log = scale === 'log';
	const onAxis = (value: number) => !log || onLogAxis(value);
	const axis = log ? logAxis(bars, references, innerWidth, tickCount) : linearAxis(bars, domain, innerWidth, tickCount);
	const x = axis.scale;
	const rows = bars.map((b, i) => {
		const end = onAxis(b.value) ? x(b.value) : axis.zero;
		return {
			...b,
			y: i * rowHeight,
			x0: Math.min(axis.zero, end),
			barWidth: Math.abs(end - axis.zero),
			shortLabel: fitLabel(b.label, labelWidth - 8),
			offAxis: !onAxis(b.value)
		};
	});
	const height = margin.top + bars.length * rowHeight + margin.bottom;
	return {
		width,
		height,
		margin,
		rows,
		rowHeight,
		ticks: axis.ticks.map((value) => ({ value, offset: x(value) })),
		references: references.filter((r) => onAxis(r.value)).map((r) => ({ ...r, offset: x(r.value) })),
		dropped: bars.filter((b) => !onAxis(b.value))
	};
}
