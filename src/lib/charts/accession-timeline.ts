/** Layout of the accession timeline: a time axis, a cumulative step line, points and their date ranges. */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import type { Accession } from '$lib/membership/timeline';
import { plotArea, type PlotArea, type Tick } from './plot-area';

export interface TimelineLayout extends PlotArea {
	step: string;
	points: (Accession & { x: number; y: number; x0: number; x1: number })[];
	xTicks: { year: number; offset: number }[];
	yTicks: Tick[];
}

/**
 * Keeps the labels that fit: a label is dropped when it would overlap one already placed (the
 * tooltip and the table still name every accession). Labels sit left of their point, or right of it
 * in the first quarter where there is no room on the left.
 */
export function placeLabels(
	points: { iso3: string; x: number; y: number }[],
	labels: { iso3: string; text: string }[],
	innerWidth: number,
	charWidth = 6
): { iso3: string; text: string; x: number; y: number; anchor: 'start' | 'end' }[] {
	const placed: { x0: number; x1: number; y: number }[] = [];
	const out = [];
	for (const label of labels) {
		const p = points.find((q) => q.iso3 === label.iso3);
		if (!p) continue;
		const right = p.x < innerWidth * 0.25;
		const width = label.text.length * charWidth;
		const x0 = right ? p.x + 8 : p.x - 7 - width;
		const box = { x0, x1: x0 + width, y: p.y };
		if (placed.some((b) => Math.abs(b.y - box.y) < 13 && b.x0 < box.x1 && box.x0 < b.x1)) continue;
		placed.push(box);
		out.push({ iso3: label.iso3, text: label.text, x: right ? p.x + 8 : p.x - 7, y: p.y, anchor: right ? ('start' as const) : ('end' as const) });
	}
	return out;
}

export function timelineLayout(accessions: Accession[], { width, height, start, end }: { width: number; height: number; start: number; end: number }): TimelineLayout {
	const margin = { top: 16, right: 16, bottom: 28, left: 36 };
	const area = plotArea(width, height, margin);
	const { innerWidth, innerHeight } = area;
	const x = scaleUtc().domain([start, end]).range([0, innerWidth]);
	const top = Math.max(10, ...accessions.map((a) => a.count));
	const y = scaleLinear().domain([0, top]).range([innerHeight, 0]).nice();
	const stepPoints: [number, number][] = [[start, 0], ...accessions.map((a) => [a.at, a.count] as [number, number]), [end, accessions.at(-1)?.count ?? 0]];
	const step = line<[number, number]>()
		.x((p) => x(p[0]))
		.y((p) => y(p[1]))
		.curve(curveStepAfter)(stepPoints) ?? '';
	const everyYears = innerWidth < 420 ? 2 : 1;
	const xTicks = x
		.ticks(12)
		.map((d) => d.getUTCFullYear())
		.filter((year, i, all) => all.indexOf(year) === i && year % everyYears === 0)
		.map((year) => ({ year, offset: x(Date.UTC(year, 0, 1)) }))
		.filter((t) => t.offset >= 0 && t.offset <= innerWidth);
	return {
		...area,
		step,
		points: accessions.map((a) => ({ ...a, x: x(a.at), y: y(a.count), x0: x(a.from), x1: x(a.to) })),
		xTicks,
		yTicks: y.ticks(5).map((value) => ({ value, offset: y(value) }))
	};
}
