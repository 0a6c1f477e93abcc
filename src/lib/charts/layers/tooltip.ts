/**
 * Where a chart's tooltip sits, one rule for every chart: beside its anchor on the side with more room
 * (to the right, flipped to the left once the anchor is past the middle), or over it (centred above,
 * held inside the chart near an edge); below the anchor when there is not room above it.
 */

/** Past this share of the width (%), a tooltip beside its anchor flips to the left. */
export const FLIP_AT = 50;
/** Within this share of an edge (%), a tooltip over its anchor is held inside the chart. */
export const EDGE = 30;
/** Less room than this above the anchor (px), and the tooltip goes below it. */
export const ROOM_ABOVE = 100;

export type TooltipSide = 'beside' | 'over';

export interface TooltipPlace {
	/** Beside: on the anchor's left. */
	flip: boolean;
	/** Over: aligned to the anchor's start or end rather than centred. */
	hold: 'start' | 'centre' | 'end';
	/** Below the anchor rather than above it (for tooltips placed above). */
	below: boolean;
}

/** The placement for an anchor at `x` (% of the chart's width) with `room` px above it. */
export function placeTooltip(x: number, side: TooltipSide, room = Infinity): TooltipPlace {
	return {
		flip: side === 'beside' && x > FLIP_AT,
		hold: side === 'beside' ? 'centre' : x > 100 - EDGE ? 'end' : x < EDGE ? 'start' : 'centre',
		below: room < ROOM_ABOVE
	};
}
