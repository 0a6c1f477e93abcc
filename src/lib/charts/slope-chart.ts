/**
 * Layout of a slope chart: each country a straight line from its value in one year (left) to its value
 * in another (right). Highlighted lines are labelled at both ends with name and value, reference lines
 * (medians) with their name; labels are spread so they never overlap. Lines need both values: a country
 * missing either year is left out by the caller and listed as such. Pure, so it is tested as data.
 */
import { max, min } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { fitLabel } from './bar-chart';
import { spreadLabels } from './line-chart';
import { plotArea, type Margin, type PlotArea, type Tick } from './plot-area';

export interface SlopeLine {
	key: string;
	label: string;
	start: number;
	end: number;
	/** Highlighted lines are coloured and labelled; the others are grey context. */
	colour: string | null;
}

export interface SlopeReference {
	key: string;
	label: string;
	start: number;
	end: number;
	colour: string;
	/** SVG dash pattern (default `6 4`), e.g. dotted for a mean beside a dashed median. */
	dash?: string;
}

export interface SlopeLayoutInput {
	lines: SlopeLine[];
	references?: SlopeReference[];
	width: number;
	height: number;
	/** Formats a value for the end labels (e.g. `12.5%`). */
	formatValue: (value: number) => string;
	/** Fixed value domain (e.g. 0–100 for a share); otherwise from the data, from 0 for positive data. */
	domain?: [number, number];
	/** Widest room on each side for the labels (name and value); their own length decides below it. */
	labelWidth?: number;
	/** Label reference lines at both ends (default); off where a key names them and room is short. */
	labelReferences?: boolean;
}

export interface SlopeLabel {
	key: string;
	/** Name, shortened to fit; `full` keeps the whole name. */
	name: string;
	full: string;
	value: string;
	y: number;
	colour: string;
	reference: boolean;
}

export interface SlopeLayout extends PlotArea {
	ticks: Tick[];
	context: { key: string; y1: number; y2: number }[];
	highlighted: { key: string; label: string; colour: string; y1: number; y2: number }[];
	references: { key: string; label: string; colour: string; dash: string; y1: number; y2: number }[];
	/** Labels at the left (start) and right (end) axes. */
	left: SlopeLabel[];
	right: SlopeLabel[];
	yOf(value: number): number;
}

const LABEL_GAP = 14;
/** Average width of a 12 px character, names being semi-bold. */
const CHAR_WIDTH = 7;

export function slopeChartLayout({
	lines,
	references = [],
	width,
	height,
	formatValue,
	domain,
	labelWidth: maxLabelWidth = 150,
	labelReferences = true
}: SlopeLayoutInput): SlopeLayout {
	const labelledReferences = labelReferences ? references : [];
	// Each label column is as wide as its longest "name value", up to the maximum (names then shorten).
	const labelTexts = [...lines.filter((l) => l.colour), ...labelledReferences].flatMap((l) => [
		`${l.label} ${formatValue(l.start)}`,
		`${l.label} ${formatValue(l.end)}`
	]);
	const labelWidth = Math.min(maxLabelWidth, Math.max(40, Math.ceil((max(labelTexts, (t) => t.length) ?? 0) * CHAR_WIDTH) + 14));
	const margin: Margin = { top: 28, right: labelWidth, bottom: 12, left: labelWidth };
	const area = plotArea(width, height, margin);
	const { innerWidth, innerHeight } = area;
	const values = [...lines.flatMap((l) => [l.start, l.end]), ...references.flatMap((r) => [r.start, r.end])];
	const lo = min(values) ?? 0;
	const hi = max(values) ?? 1;
	const y = scaleLinear()
		.domain(domain ?? [Math.min(0, lo), hi === lo ? hi + 1 : hi])
		.range([innerHeight, 0])
		.nice();

	const highlighted = lines.filter((l) => l.colour).map((l) => ({ key: l.key, label: l.label, colour: l.colour!, y1: y(l.start), y2: y(l.end) }));
	const drawnReferences = references.map((r) => ({ key: r.key, label: r.label, colour: r.colour, dash: r.dash ?? '6 4', y1: y(r.start), y2: y(r.end) }));
	const labelled = [
		...lines.filter((l) => l.colour).map((l) => ({ key: l.key, full: l.label, colour: l.colour!, start: l.start, end: l.end, reference: false })),
		...labelledReferences.map((r) => ({ key: r.key, full: r.label, colour: r.colour, start: r.start, end: r.end, reference: true }))
	];
	const side = (end: 'start' | 'end'): SlopeLabel[] => {
		const ys = spreadLabels(
			labelled.map((l) => y(l[end])),
			LABEL_GAP,
			0,
			innerHeight
		);
		return labelled.map((l, i) => {
			const value = formatValue(l[end]);
			// The value always shows; the name gets what room is left.
			// fitLabel counts regular-weight characters; scale the room to the semi-bold names.
			const room = ((labelWidth - 12 - (value.length + 1) * CHAR_WIDTH) * 6.4) / CHAR_WIDTH;
			return { key: l.key, full: l.full, name: fitLabel(l.full, room), value, y: ys[i], colour: l.colour, reference: l.reference };
		});
	};

	return {
		...area,
		ticks: y.ticks(Math.max(3, Math.floor(innerHeight / 60))).map((value) => ({ value, offset: y(value) })),
		context: lines.filter((l) => !l.colour).map((l) => ({ key: l.key, y1: y(l.start), y2: y(l.end) })),
		highlighted,
		references: drawnReferences,
		left: side('start'),
		right: side('end'),
		yOf: (value) => y(value)
	};
}

/** The line nearest a point of the plot (within `radius` pixels), for hover and touch. */
export function nearestLine(
	lines: { key: string; y1: number; y2: number }[],
	innerWidth: number,
	px: number,
	py: number,
	radius = 12
): string | null {
	const t = Math.min(1, Math.max(0, px / innerWidth));
	let best: string | null = null;
	let bestDistance = radius;
	for (const l of lines) {
		const distance = Math.abs(l.y1 + (l.y2 - l.y1) * t - py);
		if (distance <= bestDistance) {
			best = l.key;
			bestDistance = distance;
		}
	}
	return best;
}
