/**
 * Colours for highlighted series: each has at least 4.5:1 contrast on white, so lines, bars and their
 * direct labels stay readable; context series are a light grey that recedes.
 */
export const HIGHLIGHT_COLOURS = ['#1d4ed8', '#c2410c', '#047857', '#7e22ce', '#b91c1c', '#0e7490', '#a16207', '#be185d'] as const;
export const CONTEXT_COLOUR = '#c4c9d0';
export const AXIS_COLOUR = '#6b7280';
export const GRID_COLOUR = '#e5e7eb';
export const BAR_COLOUR = '#64748b';

/** A stable colour per highlighted key, in selection order. */
export function colourFor(index: number): string {
	return HIGHLIGHT_COLOURS[index % HIGHLIGHT_COLOURS.length];
}
