/**
 * The plotting area every chart layout starts from: margins (the room for axes and labels) and the
 * area inside them, never narrower or shorter than 40 px, so a tiny box still draws something legible.
 */

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** A tick of an axis: its value and where it sits along the axis, in pixels. */
export interface Tick {
	value: number;
	offset: number;
}

export interface PlotArea {
	margin: Margin;
	innerWidth: number;
	innerHeight: number;
}

/** A plotting area with an x and a y axis (line, scatter and period charts). */
export interface AxesLayout extends PlotArea {
	xTicks: Tick[];
	yTicks: Tick[];
}

/**
 * Narrower than 480 drawing units, a chart is on a phone: its labels get less room, and reference lines
 * are named by the key rather than labelled in the plot.
 */
export const narrow = (width: number) => width < 480;

/** The area inside `margin` in a box of `width` × `height`. */
export function plotArea(width: number, height: number, margin: Margin): PlotArea {
	return { margin, innerWidth: Math.max(40, width - margin.left - margin.right), innerHeight: Math.max(40, height - margin.top - margin.bottom) };
}
