/**
 * Colour classes for a choropleth map, fitted to the values on show: quantile breaks (each class holds
 * about as many countries), rounded to the indicator's decimals so the legend's ranges are the exact
 * thresholds used. A sequential, colour-blind-safe ramp (light = low, dark = high) and a neutral grey
 * for "no data", which no class uses.
 */
import { quantileSorted } from 'd3-array';

/** Yellow-green-blue, light to dark (ColorBrewer YlGnBu 5). */
export const SEQUENTIAL = ['#edf8b1', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
export const NO_DATA_COLOUR = '#d4d7dd';

export interface ColourClass {
	/** Values v with lo ≤ v < hi (the last class includes its hi, the largest value). */
	lo: number;
	hi: number;
	colour: string;
	count: number;
}

export interface ChoroplethScale {
	classes: ColourClass[];
	colourOf(value: number | null | undefined): string;
}

/** Evenly spread picks from the ramp: 3 classes → light, middle, dark. */
function ramp(n: number): string[] {
	if (n <= 1) return [SEQUENTIAL[Math.floor(SEQUENTIAL.length / 2)]];
	return Array.from({ length: n }, (_, i) => SEQUENTIAL[Math.round((i * (SEQUENTIAL.length - 1)) / (n - 1))]);
}

export function choroplethScale(values: number[], { classes = 5, decimals = 1 }: { classes?: number; decimals?: number } = {}): ChoroplethScale {
	const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
	if (sorted.length === 0) return { classes: [], colourOf: () => NO_DATA_COLOUR };
	const round = (v: number) => Math.round(v * 10 ** decimals) / 10 ** decimals;
	const lo = sorted[0];
	const hi = sorted[sorted.length - 1];
	const breaks: number[] = [];
	for (let i = 1; i < classes; i++) {
		const b = round(quantileSorted(sorted, i / classes)!);
		// Only breaks that split the values: above the smallest, above the previous break.
		if (b > lo && b <= hi && (breaks.length === 0 || b > breaks[breaks.length - 1])) breaks.push(b);
	}
	const edges = [lo, ...breaks, hi];
	const colours = ramp(edges.length - 1);
	const classOf = (v: number) => {
		let i = 0;
		while (i < breaks.length && v >= breaks[i]) i++;
		return i;
	};
	const counts = new Array<number>(colours.length).fill(0);
	for (const v of sorted) counts[classOf(v)]++;
	return {
		classes: colours.map((colour, i) => ({ lo: edges[i], hi: edges[i + 1], colour, count: counts[i] })),
		colourOf: (v) => (v === null || v === undefined || !Number.isFinite(v) ? NO_DATA_COLOUR : colours[classOf(v)])
	};
}
