import { describe, expect, it } from 'vitest';
import { choroplethScale, NO_DATA_COLOUR, SEQUENTIAL } from './choropleth-scale';

describe('choropleth classes', () => {
	const values = Array.from({ length: 50 }, (_, i) => i + 1); // 1…50

	it('splits the values into five classes of about equal size, from light to dark', () => {
		const scale = choroplethScale(values, { decimals: 0 });
		const counts = scale.classes.map((c) => c.count);
		expect(counts.reduce((a, b) => a + b)).toBe(50);
		for (const n of counts) expect(n).toBeGreaterThanOrEqual(9), expect(n).toBeLessThanOrEqual(11);
		expect(scale.classes.map((c) => c.colour)).toEqual([...SEQUENTIAL]);
		expect(scale.classes[0].lo).toBe(1);
		expect(scale.classes.at(-1)!.hi).toBe(50);
		// Each class starts where the previous one ends.
		for (let i = 1; i < scale.classes.length; i++) expect(scale.classes[i].lo).toBe(scale.classes[i - 1].hi);
	});

	it('classifies by the rounded thresholds the legend shows', () => {
		const scale = choroplethScale([0.04, 0.05, 0.06, 0.07, 0.5, 0.51, 0.52, 0.9, 0.95, 0.99], { classes: 2, decimals: 1 });
		expect(scale.classes.map((c) => [c.lo, c.hi])).toEqual([
			[0.04, 0.5],
			[0.5, 0.99]
		]);
		expect(scale.colourOf(0.49)).toBe(scale.classes[0].colour);
		expect(scale.colourOf(0.5)).toBe(scale.classes[1].colour);
		expect(scale.colourOf(0.99)).toBe(scale.classes[1].colour);
	});

	it('uses fewer classes when the values do not support five', () => {
		const scale = choroplethScale([3, 3, 3, 3, 7, 7]);
		expect(scale.classes).toHaveLength(2);
		expect(scale.classes.map((c) => c.count)).toEqual([4, 2]);
		expect(choroplethScale([5, 5, 5]).classes).toEqual([{ lo: 5, hi: 5, colour: SEQUENTIAL[2], count: 3 }]);
	});

	it('gives missing values the no-data colour, never a class colour', () => {
		const scale = choroplethScale(values);
		expect(scale.colourOf(null)).toBe(NO_DATA_COLOUR);
		expect(scale.colourOf(undefined)).toBe(NO_DATA_COLOUR);
		expect(SEQUENTIAL).not.toContain(NO_DATA_COLOUR);
		expect(choroplethScale([]).classes).toEqual([]);
	});
});
