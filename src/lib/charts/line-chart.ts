/**
 * Layout of a line chart, derived from series and a size and nothing else: scales, ticks, paths with
 * gaps where years are missing, and direct labels that do not overlap. Pure, so it is tested as data.
 */
import { extent, max, min } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

export interface LinePoint {
	x: number;
	y: number;
}

export interface LineSeries {
	key: string;
	label: string;
	points: LinePoint[];
	/** Highlighted series are coloured and labelled; the others are grey context. */
	colour: string | null;
}

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface LineLayoutInput {
	series: LineSeries[];
	width: number;
	height: number;
	/** Fixed y domain (e.g. 0–100 for a share); otherwise from the data, starting at 0 for positive data. */
	yDomain?: [number, number];
	/** A gap wider than this between consecutive x values breaks the line (missing years are not bridged). */
	maxStep?: number;
	labelWidth?: number;
}

export interface LineLayout {
	margin: Margin;
	innerWidth: number;
	innerHeight: number;
	xTicks: { value: number; offset: number }[];
	yTicks: { value: number; offset: number }[];
	context: { key: string; d: string }[];
	highlighted: { key: string; label: string; d: string; colour: string; dots: { x: number; y: number }[] }[];
	labels: { key: string; text: string; x: number; y: number; colour: string }[];
	xAt(offset: number): number;
	xOf(value: number): number;
	yOf(value: number): number;
	xValues: number[];
}

const LABEL_GAP = 14;

/** Breaks a series into runs of consecutive x values. */
function withGaps(points: LinePoint[], maxStep: number): (LinePoint | null)[] {
	const out: (LinePoint | null)[] = [];
	points.forEach((p, i) => {
		if (i > 0 && p.x - points[i - 1].x > maxStep) out.push(null);
		out.push(p);
	});
	return out;
}

/** Moves label positions apart (keeping their order) so no two are closer than `gap`, within [lo, hi]. */
export function spreadLabels(ys: number[], gap: number, lo: number, hi: number): number[] {
	const order = ys.map((y, i) => [y, i] as const).sort((a, b) => a[0] - b[0]);
	const placed = order.map(([y]) => y);
	for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i], placed[i - 1] + gap);
	const overflow = placed.length ? placed[placed.length - 1] - hi : 0;
	if (overflow > 0) {
		placed[placed.length - 1] -= overflow;
		for (let i = placed.length - 2; i >= 0; i--) placed[i] = Math.min(placed[i], placed[i + 1] - gap);
	}
	const out = new Array<number>(ys.length);
	order.forEach(([, index], k) => (out[index] = Math.max(lo, placed[k])));
	return out;
}

export function lineChartLayout({ series, width, height, yDomain, maxStep = 1, labelWidth = 96 }: LineLayoutInput): LineLayout {
	const hasLabels = series.some((s) => s.colour);
	const margin: Margin = { top: 12, right: hasLabels ? labelWidth : 16, bottom: 28, left: 44 };
	const innerWidth = Math.max(40, width - margin.left - margin.right);
	const innerHeight = Math.max(40, height - margin.top - margin.bottom);
	const all = series.flatMap((s) => s.points);
	const [x0, x1] = extent(all, (p) => p.x) as [number, number] | [undefined, undefined];
	const x = scaleLinear()
		.domain([x0 ?? 0, x1 ?? 1])
		.range([0, innerWidth]);
	const lo = min(all, (p) => p.y) ?? 0;
	const hi = max(all, (p) => p.y) ?? 1;
	const y = scaleLinear()
		.domain(yDomain ?? [Math.min(0, lo), hi === lo ? hi + 1 : hi])
		.range([innerHeight, 0])
		.nice();
	const path = line<LinePoint | null>()
		.defined((p) => p !== null)
		.x((p) => x(p!.x))
		.y((p) => y(p!.y));

	const xTickCount = Math.max(2, Math.floor(innerWidth / 70));
	const xTicks = x
		.ticks(xTickCount)
		.filter(Number.isInteger)
		.map((value) => ({ value, offset: x(value) }));
	const yTicks = y.ticks(Math.max(3, Math.floor(innerHeight / 50))).map((value) => ({ value, offset: y(value) }));

	const context = series.filter((s) => !s.colour).map((s) => ({ key: s.key, d: path(withGaps(s.points, maxStep)) ?? '' }));
	const highlighted = series
		.filter((s) => s.colour && s.points.length > 0)
		.map((s) => ({
			key: s.key,
			label: s.label,
			colour: s.colour!,
			d: path(withGaps(s.points, maxStep)) ?? '',
			// A lone point between gaps draws no line; a dot keeps it visible.
			dots: s.points
				.filter((p, i, ps) => (i === 0 || p.x - ps[i - 1].x > maxStep) && (i === ps.length - 1 || ps[i + 1].x - p.x > maxStep))
				.map((p) => ({ x: x(p.x), y: y(p.y) }))
		}));
	const ends = highlighted.map((h) => {
		const s = series.find((t) => t.key === h.key)!;
		const last = s.points[s.points.length - 1];
		return { key: h.key, text: s.label, colour: h.colour, x: x(last.x), y: y(last.y) };
	});
	const spread = spreadLabels(
		ends.map((e) => e.y),
		LABEL_GAP,
		0,
		innerHeight
	);
	const labels = ends.map((e, i) => ({ ...e, x: innerWidth + 6, y: spread[i] }));
	const xValues = [...new Set(all.map((p) => p.x))].sort((a, b) => a - b);

	return {
		margin,
		innerWidth,
		innerHeight,
		xTicks,
		yTicks,
		context,
		highlighted,
		labels,
		xValues,
		xAt: (offset) => x.invert(offset),
		xOf: (value) => x(value),
		yOf: (value) => y(value)
	};
}
