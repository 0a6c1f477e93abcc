/**
 * Layout of a line chart, derived from series and a size and nothing else: scales, ticks, paths with
 * gaps where years are missing, labelled reference lines (e.g. medians) and direct labels that do not
 * overlap. Pure, so it is tested as data.
 */
import { extent, max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { fitLabel } from './bar-chart';
import { plotArea, type AxesLayout, type Margin } from './plot-area';
import { onLogAxis, valueAxis, type AxisScale } from './value-axis';

export interface LinePoint {
	x: number;
	y: number;
	/** Said after the value in the tooltip, e.g. the calendar year of a point on a "years since" axis. */
	note?: string;
}

export interface LineSeries {
	key: string;
	label: string;
	points: LinePoint[];
	/** Highlighted series are coloured and labelled; the others are grey context. */
	colour: string | null;
	/** Drawn dashed, e.g. a series placed on an uncertain date. */
	dashed?: boolean;
	/** A highlighted series is labelled at its end unless this is false (too many to label). */
	showLabel?: boolean;
	/** Drawn thinner and lighter: one of many highlighted lines (a whole peer group). */
	thin?: boolean;
}

/** The year a highlighted series' country joined (Smart Africa), marked on its own line; `text` says when, in words. */
export interface LineAccession {
	year: number;
	text: string;
}

/** A labelled dashed line for reference, such as a group's median per year. */
export interface LineReference {
	key: string;
	label: string;
	points: LinePoint[];
	colour: string;
	/** SVG dash pattern (default `6 4`), e.g. dotted for a mean beside a dashed median. */
	dash?: string;
}

export interface LineLayoutInput {
	series: LineSeries[];
	references?: LineReference[];
	width: number;
	height: number;
	/** Fixed y domain (e.g. 0–100 for a share); otherwise from the data, starting at 0 for positive data. Not on a log axis. */
	yDomain?: [number, number];
	/** A linear y axis (default) or a logarithmic one, for skewed indicators; a log axis leaves out values ≤ 0 (`dropped`). */
	scale?: AxisScale;
	/** Fixed x domain (e.g. the years chosen); otherwise the data's extent. */
	xDomain?: [number, number];
	/** A gap wider than this between consecutive x values breaks the line (missing years are not bridged). */
	maxStep?: number;
	/** Widest room for the end labels; the labels' own length decides below it. */
	labelWidth?: number;
	/** Room under the ticks for an axis title. */
	xLabel?: boolean;
	/** Vertical rules, e.g. at year 0 of "years since joining". */
	markers?: { x: number; label: string }[];
	/** Label reference lines at their end (default); off where a key names them and room is short. */
	labelReferences?: boolean;
	/** By series key: the year its country joined, marked on its line (highlighted series only). */
	accessions?: Record<string, LineAccession>;
}

/** A value a log axis cannot draw, and whose it is. */
export interface DroppedPoint {
	key: string;
	label: string;
	x: number;
	y: number;
}

/** The points of `series` a log axis cannot draw (zero or negative values), to say which are missing from the chart. */
export function offLogAxis(series: (LineSeries | LineReference)[]): DroppedPoint[] {
	return series.flatMap((s) => s.points.filter((p) => !onLogAxis(p.y)).map((p) => ({ key: s.key, label: s.label, x: p.x, y: p.y })));
}

export interface LineLayout extends AxesLayout {
	context: { key: string; d: string; dashed: boolean }[];
	highlighted: { key: string; label: string; d: string; colour: string; dashed: boolean; thin: boolean; dots: { x: number; y: number }[] }[];
	references: { key: string; label: string; d: string; colour: string; dash: string }[];
	labels: { key: string; text: string; full: string; x: number; y: number; colour: string; reference: boolean }[];
	markers: { x: number; label: string }[];
	/** Points a log axis cannot draw (zero or negative values), left out of their lines: the caller says so. */
	dropped: DroppedPoint[];
	/** A dot per accession on its series' line: at the year's value, or between the values around it. */
	accessions: { key: string; label: string; colour: string; year: number; text: string; x: number; y: number }[];
	xAt(offset: number): number;
	xOf(value: number): number;
	yOf(value: number): number;
	xValues: number[];
}

const LABEL_GAP = 14;
/** Average width of a character of a 12 px semi-bold label (a little wider than bar-chart.ts's regular text). */
const CHAR_WIDTH = 7;

/** Breaks a series into runs of consecutive x values. */
function withGaps(points: LinePoint[], maxStep: number): (LinePoint | null)[] {
	const out: (LinePoint | null)[] = [];
	points.forEach((p, i) => {
		if (i > 0 && p.x - points[i - 1].x > maxStep) out.push(null);
		out.push(p);
	});
	return out;
}

/**
 * A series' value at x: its own, or read off the straight line between the values either side (a
 * missing year); null outside the series' first and last years.
 */
export function valueAt(points: LinePoint[], at: number): number | null {
	const after = points.findIndex((p) => p.x >= at);
	if (after < 0) return null;
	const next = points[after];
	if (next.x === at) return next.y;
	if (after === 0) return null;
	const prev = points[after - 1];
	return prev.y + ((next.y - prev.y) * (at - prev.x)) / (next.x - prev.x);
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

export function lineChartLayout({
	series: given,
	references: givenReferences = [],
	width,
	height,
	yDomain,
	xDomain,
	maxStep = 1,
	labelWidth = 96,
	xLabel = false,
	markers = [],
	labelReferences = true,
	accessions = {},
	scale = 'linear'
}: LineLayoutInput): LineLayout {
	// On a log axis, values ≤ 0 are left out: a gap in their line, listed in `dropped`.
	const log = scale === 'log';
	const drawable = <S extends LineSeries | LineReference>(s: S): S => (log ? { ...s, points: s.points.filter((p) => onLogAxis(p.y)) } : s);
	const series = given.map(drawable);
	const references = givenReferences.map(drawable);
	const labelledReferences = labelReferences ? references.filter((r) => r.points.length > 0) : [];
	const labelled = [...series.filter((s) => s.colour && s.points.length > 0 && s.showLabel !== false).map((s) => s.label), ...labelledReferences.map((r) => r.label)];
	const longest = max(labelled, (l) => l.length) ?? 0;
	const right = labelled.length ? Math.min(labelWidth, Math.max(48, Math.ceil(longest * CHAR_WIDTH) + 10)) : 16;
	const margin: Margin = { top: markers.length ? 22 : 12, right, bottom: xLabel ? 46 : 28, left: 44 };
	const area = plotArea(width, height, margin);
	const { innerWidth, innerHeight } = area;
	const all = [...series.flatMap((s) => s.points), ...references.flatMap((r) => r.points)];
	const [x0, x1] = xDomain ?? ((extent(all, (p) => p.x) as [number, number] | [undefined, undefined]) as [number, number]);
	const x = scaleLinear()
		.domain([x0 ?? 0, x1 === x0 ? (x1 ?? 0) + 1 : (x1 ?? 1)])
		.range([0, innerWidth]);
	const yAxis = valueAxis(
		all.map((p) => p.y),
		scale,
		[innerHeight, 0],
		log ? undefined : yDomain,
		Math.max(3, Math.floor(innerHeight / 50))
	);
	const y = yAxis.scale;
	// A tenth of a pixel is finer than any screen shows, and keeps prerendered paths small.
	const path = line<LinePoint | null>()
		.digits(1)
		.defined((p) => p !== null)
		.x((p) => x(p!.x))
		.y((p) => y(p!.y));

	const xTickCount = Math.max(2, Math.floor(innerWidth / 70));
	const xTicks = x
		.ticks(xTickCount)
		.filter(Number.isInteger)
		.map((value) => ({ value, offset: x(value) }));
	const yTicks = yAxis.ticks.map((value) => ({ value, offset: y(value) }));

	const context = series
		.filter((s) => !s.colour)
		.map((s) => ({ key: s.key, d: path(withGaps(s.points, maxStep)) ?? '', dashed: s.dashed ?? false }));
	const highlighted = series
		.filter((s) => s.colour && s.points.length > 0)
		.map((s) => ({
			key: s.key,
			label: s.label,
			colour: s.colour!,
			dashed: s.dashed ?? false,
			thin: s.thin ?? false,
			d: path(withGaps(s.points, maxStep)) ?? '',
			// A lone point between gaps draws no line; a dot keeps it visible.
			dots: s.points
				.filter((p, i, ps) => (i === 0 || p.x - ps[i - 1].x > maxStep) && (i === ps.length - 1 || ps[i + 1].x - p.x > maxStep))
				.map((p) => ({ x: x(p.x), y: y(p.y) }))
		}));
	const drawnReferences = references
		.filter((r) => r.points.length > 0)
		.map((r) => ({ key: r.key, label: r.label, colour: r.colour, dash: r.dash ?? '6 4', d: path(withGaps(r.points, maxStep)) ?? '' }));

	const ends = [
		...series
			.filter((s) => s.colour && s.points.length > 0 && s.showLabel !== false)
			.map((s) => ({ key: s.key, full: s.label, colour: s.colour!, last: s.points[s.points.length - 1], reference: false })),
		...labelledReferences.map((r) => ({ key: r.key, full: r.label, colour: r.colour, last: r.points[r.points.length - 1], reference: true }))
	];
	const spread = spreadLabels(
		ends.map((e) => y(e.last.y)),
		LABEL_GAP,
		0,
		innerHeight
	);
	const labels = ends.map((e, i) => ({
		key: e.key,
		full: e.full,
		text: fitLabel(e.full, margin.right - 8),
		colour: e.colour,
		reference: e.reference,
		x: innerWidth + 6,
		y: spread[i]
	}));
	const [xMin, xMax] = x.domain();
	const joins = series.flatMap((s) => {
		const at = s.colour && accessions[s.key];
		const value = at && at.year >= xMin && at.year <= xMax ? valueAt(s.points, at.year) : null;
		return at && value !== null ? [{ key: s.key, label: s.label, colour: s.colour!, year: at.year, text: at.text, x: x(at.year), y: y(value) }] : [];
	});
	// The keys and the pointer also stop at a year that only an accession marks.
	const xValues = [...new Set([...all.map((p) => p.x), ...joins.map((j) => j.year)])].sort((a, b) => a - b);

	return {
		...area,
		xTicks,
		yTicks,
		context,
		highlighted,
		references: drawnReferences,
		labels,
		markers: markers.filter((m) => m.x >= xMin && m.x <= xMax).map((m) => ({ x: x(m.x), label: m.label })),
		accessions: joins,
		dropped: log ? offLogAxis([...given, ...givenReferences]) : [],
		xValues,
		xAt: (offset) => x.invert(offset),
		xOf: (value) => x(value),
		yOf: (value) => y(value)
	};
}
