/**
 * Layout of a small line chart with a shaded period: yearly values of a few series (countries) around a
 * project's years. Missing years break the line (never bridged) and every value is a dot, so a series
 * with a single survey year still shows. A linear axis starts at zero; a logarithmic one (for series
 * spanning orders of magnitude, such as bandwidth) ticks at powers of ten. Pure: tested as data.
 */
import { max, min } from 'd3-array';
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { plotArea, type AxesLayout, type Tick } from './plot-area';

export interface PeriodPoint {
	x: number;
	y: number;
}

export interface PeriodSeries {
	key: string;
	label: string;
	/** null: a grey context series (drawn under the coloured ones). */
	colour: string | null;
	points: PeriodPoint[];
}

/** The shaded period, in fractional years; `open` when it has no stated end (drawn to `to`, fading). */
export interface Period {
	from: number;
	to: number;
	open: boolean;
}

export interface PeriodLinesInput {
	series: PeriodSeries[];
	width: number;
	height: number;
	xDomain: [number, number];
	period: Period | null;
	log?: boolean;
}

export interface PeriodLinesLayout extends AxesLayout {
	/** The period clipped to the axis, in pixels; `clippedEnd` when it runs past the axis's end. */
	band: { x0: number; x1: number; open: boolean; clippedEnd: boolean } | null;
	lines: { key: string; colour: string | null; d: string; dots: PeriodPoint[] }[];
	/** Whether the y axis is logarithmic (asked for, and every value positive). */
	log: boolean;
	/** Years from the axis's start to its end, for keyboard reading. */
	years: number[];
	xOf(year: number): number;
	yOf(value: number): number;
	yearAt(offset: number): number;
}

/** A step between year ticks that leaves about `count` ticks: 1, 2, 5, 10… */
function yearStep(span: number, count: number): number {
	const raw = span / count;
	for (const step of [1, 2, 5, 10, 20]) if (step >= raw) return step;
	return 50;
}

export function periodLinesLayout({ series, width, height, xDomain, period, log = false }: PeriodLinesInput): PeriodLinesLayout {
	const margin = { top: 14, right: 10, bottom: 22, left: 46 };
	const area = plotArea(width, height, margin);
	const { innerWidth, innerHeight } = area;
	const [x0, x1] = xDomain[1] > xDomain[0] ? xDomain : [xDomain[0], xDomain[0] + 1];
	const x = scaleLinear().domain([x0, x1]).range([0, innerWidth]);

	const values = series.flatMap((s) => s.points.map((p) => p.y));
	const lo = min(values) ?? 0;
	const hi = max(values) ?? 1;
	const useLog = log && lo > 0 && hi / lo >= 100;
	let yTicks: Tick[];
	let yOf: (v: number) => number;
	if (useLog) {
		const y = scaleLog().domain([lo, hi]).range([innerHeight, 0]).nice();
		const powers = y.ticks().filter((v) => Number.isInteger(Math.round(Math.log10(v) * 1e6) / 1e6));
		const ticks = powers.length >= 2 ? powers : y.ticks(3);
		// At most 5 labels: every other power of ten when the data span more.
		const every = Math.ceil(ticks.length / 5);
		yTicks = ticks.filter((_, i) => i % every === 0).map((value) => ({ value, offset: y(value) }));
		yOf = (v) => y(v);
	} else {
		const y = scaleLinear()
			.domain([Math.min(0, lo), hi === Math.min(0, lo) ? hi + 1 : hi])
			.range([innerHeight, 0])
			.nice(4);
		// No values, no scale to state: an empty chart shows its "no data" text over bare axes, not
		// ticks of an invented 0–1 range.
		yTicks = values.length ? y.ticks(4).map((value) => ({ value, offset: y(value) })) : [];
		yOf = (v) => y(v);
	}

	const step = yearStep(x1 - x0, Math.max(2, Math.floor(innerWidth / 60)));
	const xTicks: Tick[] = [];
	for (let year = Math.ceil(x0 / step) * step; year <= x1; year += step) xTicks.push({ value: year, offset: x(year) });

	const path = line<PeriodPoint | null>()
		.defined((p) => p !== null)
		.x((p) => x(p!.x))
		.y((p) => yOf(p!.y));
	const withGaps = (points: PeriodPoint[]) =>
		points.flatMap((p, i) => (i > 0 && p.x - points[i - 1].x > 1 ? [null, p] : [p]));
	const lines = [...series.filter((s) => !s.colour), ...series.filter((s) => s.colour)]
		.filter((s) => s.points.length > 0)
		.map((s) => ({
			key: s.key,
			colour: s.colour,
			d: path(withGaps(s.points)) ?? '',
			dots: s.points.map((p) => ({ x: x(p.x), y: yOf(p.y) }))
		}));

	let band: PeriodLinesLayout['band'] = null;
	if (period && period.to > x0 && period.from < x1) {
		band = {
			x0: x(Math.max(x0, period.from)),
			x1: x(Math.min(x1, period.to)),
			open: period.open,
			clippedEnd: period.to > x1
		};
	}

	const years: number[] = [];
	for (let year = Math.ceil(x0); year <= x1; year++) years.push(year);

	return {
		...area,
		xTicks,
		yTicks,
		band,
		lines,
		log: useLog,
		years,
		xOf: (v) => x(v),
		yOf,
		yearAt: (offset) => Math.round(x.invert(offset))
	};
}
