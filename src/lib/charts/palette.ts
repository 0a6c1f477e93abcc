/**
 * Colours for selected countries, one each, in selection order: ten that stay apart with normal vision
 * and under simulated protanopia, deuteranopia and tritanopia (CIELAB ΔE ≥ 15 between any two; see
 * palette.test.ts), each at least 3:1 on white as lines and marks need. Okabe and Ito's blue,
 * vermilion, green and pink and Tol's indigo first, then the colours farthest from those.
 */
export const SERIES_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#332288', '#6a2400', '#8f6cfe', '#592763', '#d60043', '#99003f'] as const;
/**
 * Highlighted series everywhere (compare, indicator, projects) draw from the one palette, named by its
 * theme tokens (`--series-1` … in app.css, the values above), so a theme can give them other values.
 */
export const HIGHLIGHT_COLOURS = SERIES_COLOURS.map((_, i) => `var(--series-${i + 1})`);
/** Selected countries beyond the palette: one dark grey, named by direct labels and picked out on hover or focus. */
export const MANY_COLOUR = 'var(--series-many)';
/** The countries not picked out, as thin lines or marks. */
export const CONTEXT_COLOUR = 'var(--context)';
/** Axis lines and ticks; tick labels and axis titles are AXIS_TEXT (a theme may make text lighter than lines). */
export const AXIS_COLOUR = 'var(--axis)';
export const AXIS_TEXT = 'var(--axis-text)';
export const GRID_COLOUR = 'var(--grid)';
export const BAR_COLOUR = 'var(--bar)';

/** A stable colour per highlighted key, in selection order. */
export function colourFor(index: number): string {
	return HIGHLIGHT_COLOURS[index % HIGHLIGHT_COLOURS.length];
}

/**
 * A colour per selected country, the same in every chart type: the palette in selection order, or, for
 * more countries than it holds, one grey for all (a repeated colour would name two countries).
 */
export function selectionColours(codes: readonly string[]): Record<string, string> {
	const many = codes.length > SERIES_COLOURS.length;
	return Object.fromEntries(codes.map((code, i) => [code, many ? MANY_COLOUR : HIGHLIGHT_COLOURS[i]]));
}
