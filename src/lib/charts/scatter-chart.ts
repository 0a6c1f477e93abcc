/**
 * Layout of a scatter chart: one circle per country at (x, y), its area proportional to population,
 * on linear or log axes; labels for the selected countries placed where they do not collide; labelled
 * reference lines (e.g. groups' medians of y). Points a log axis cannot show (zero or negative values)
 * are counted, not drawn. Pure, so it is tested as data.
 */
import { max } from 'd3-array';
import { scaleSqrt } from 'd3-scale';
import { spreadLabels } from './line-chart';
import { plotArea, type AxesLayout, type Margin } from './plot-area';
import { onLogAxis, valueAxis } from './value-axis';

export interface ScatterPoint {
	key: string;
	label: string;
	x: number;
	y: number;
	/** Sizes the circle (area ∝ size); null draws the smallest circle. */
	size: number | null;
	colour: string;
	/** Selected points are outlined, drawn on top and labelled. */
	selected: boolean;
}

export interface ScatterReference {
	key: string;
	label: string;
	/** A horizontal line at this y value. */
	value: number;
	colour: string;
}

export interface ScatterLayoutInput {
	points: ScatterPoint[];
	references?: ScatterReference[];
	width: number;
	height: number;
	logX?: boolean;
	logY?: boolean;
	/** Fixed domains (e.g. 0–100 for a share on a linear axis). */
	xDomain?: [number, number];
	yDomain?: [number, number];
}

export interface PlacedPoint extends ScatterPoint {
	cx: number;
	cy: number;
	r: number;
}

export interface ScatterLayout extends AxesLayout {
	/** In drawing order: largest first, selected last, so small and selected circles stay on top. */
	points: PlacedPoint[];
	labels: { key: string; text: string; x: number; y: number; anchor: 'start' | 'end' | 'middle' }[];
	references: { key: string; label: string; colour: string; offset: number; labelY: number }[];
	/** Points left out because a log axis cannot show them. */
	dropped: ScatterPoint[];
}

const CHAR_WIDTH = 6.4;
const LABEL_HEIGHT = 13;
/** Smallest circle, and the radius of a point without a size. */
const MIN_RADIUS = 2.5;

interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function scatterChartLayout({ points, references = [], width, height, logX = false, logY = false, xDomain, yDomain }: ScatterLayoutInput): ScatterLayout {
	const margin: Margin = { top: 26, right: 16, bottom: 46, left: 52 };
	const area = plotArea(width, height, margin);
	const { innerWidth, innerHeight } = area;
	const shown = points.filter((p) => (!logX || onLogAxis(p.x)) && (!logY || onLogAxis(p.y)));
	const dropped = points.filter((p) => !shown.includes(p));

	const x = valueAxis(
		shown.map((p) => p.x),
		logX ? 'log' : 'linear',
		[0, innerWidth],
		logX ? undefined : xDomain,
		Math.max(2, Math.floor(innerWidth / 80))
	);
	const y = valueAxis(
		[...shown.map((p) => p.y), ...(logY ? references.map((r) => r.value).filter(onLogAxis) : references.map((r) => r.value))],
		logY ? 'log' : 'linear',
		[innerHeight, 0],
		logY ? undefined : yDomain,
		Math.max(3, Math.floor(innerHeight / 50))
	);
	const maxRadius = Math.min(26, Math.max(10, innerWidth / 28));
	const radius = scaleSqrt()
		.domain([0, max(shown, (p) => p.size ?? 0) || 1])
		.range([0, maxRadius]);

	const placed: PlacedPoint[] = shown
		.map((p) => ({ ...p, cx: x.scale(p.x), cy: y.scale(p.y), r: Math.max(MIN_RADIUS, p.size === null ? 0 : radius(p.size)) }))
		.sort((a, b) => Number(a.selected) - Number(b.selected) || b.r - a.r || a.key.localeCompare(b.key));

	// Labels of selected points: right of the circle, else left, above or below; skipped if none fits.
	const selected = placed.filter((p) => p.selected);
	const circles: Box[] = selected.map((p) => ({ x0: p.cx - p.r, y0: p.cy - p.r, x1: p.cx + p.r, y1: p.cy + p.r }));
	const placedLabels: Box[] = [];
	const labels: ScatterLayout['labels'] = [];
	selected.forEach((p, index) => {
		const w = p.label.length * CHAR_WIDTH;
		const h = LABEL_HEIGHT / 2;
		const candidates: { x: number; y: number; anchor: 'start' | 'end' | 'middle'; box: Box }[] = [
			{ x: p.cx + p.r + 3, y: p.cy, anchor: 'start', box: { x0: p.cx + p.r + 3, x1: p.cx + p.r + 3 + w, y0: p.cy - h, y1: p.cy + h } },
			{ x: p.cx - p.r - 3, y: p.cy, anchor: 'end', box: { x0: p.cx - p.r - 3 - w, x1: p.cx - p.r - 3, y0: p.cy - h, y1: p.cy + h } },
			{ x: p.cx, y: p.cy - p.r - 8, anchor: 'middle', box: { x0: p.cx - w / 2, x1: p.cx + w / 2, y0: p.cy - p.r - 8 - h, y1: p.cy - p.r - 8 + h } },
			{ x: p.cx, y: p.cy + p.r + 9, anchor: 'middle', box: { x0: p.cx - w / 2, x1: p.cx + w / 2, y0: p.cy + p.r + 9 - h, y1: p.cy + p.r + 9 + h } }
		];
		const inside = (b: Box) => b.x0 >= -margin.left + 4 && b.x1 <= innerWidth + margin.right && b.y0 >= -margin.top && b.y1 <= innerHeight;
		const free = (b: Box) => !circles.some((c, i) => i !== index && overlaps(c, b)) && !placedLabels.some((l) => overlaps(l, b));
		const fit = candidates.find((c) => inside(c.box) && free(c.box));
		if (fit) {
			labels.push({ key: p.key, text: p.label, x: fit.x, y: fit.y, anchor: fit.anchor });
			placedLabels.push(fit.box);
		}
	});

	const refOffsets = references.filter((r) => !logY || onLogAxis(r.value)).map((r) => ({ ...r, offset: y.scale(r.value) }));
	// Reference labels sit just above their line, spread so two close medians stay readable.
	const labelYs = spreadLabels(
		refOffsets.map((r) => r.offset - 5),
		LABEL_HEIGHT,
		8,
		innerHeight
	);

	return {
		...area,
		xTicks: x.ticks.map((value) => ({ value, offset: x.scale(value) })),
		yTicks: y.ticks.map((value) => ({ value, offset: y.scale(value) })),
		points: placed,
		labels,
		references: refOffsets.map((r, i) => ({ key: r.key, label: r.label, colour: r.colour, offset: r.offset, labelY: labelYs[i] })),
		dropped
	};
}

/** The point under (px, py) in plot coordinates (the top one), or the nearest within `radius` pixels of its edge. */
export function nearestPoint(points: PlacedPoint[], px: number, py: number, radius = 16): PlacedPoint | null {
	let best: PlacedPoint | null = null;
	let bestDistance = Infinity;
	// Inside a circle counts as 0; ties go to the later point, which is drawn on top.
	for (const p of points) {
		const distance = Math.max(0, Math.hypot(p.cx - px, p.cy - py) - p.r);
		if (distance <= radius && distance <= bestDistance) {
			best = p;
			bestDistance = distance;
		}
	}
	return best;
}
