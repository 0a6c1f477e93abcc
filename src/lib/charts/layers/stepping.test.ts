import { describe, expect, it } from 'vitest';
import { stepIndex, stepValue } from './stepping';

describe('keyboard stepping', () => {
	it('moves on and back, stopping at the ends; Home and End jump; Escape lets go', () => {
		expect(stepIndex('ArrowRight', 1, 3)).toBe(2);
		expect(stepIndex('ArrowRight', 2, 3)).toBe(2);
		expect(stepIndex('ArrowLeft', 1, 3)).toBe(0);
		expect(stepIndex('ArrowLeft', 0, 3)).toBe(0);
		expect(stepIndex('Home', 2, 3)).toBe(0);
		expect(stepIndex('End', 0, 3)).toBe(2);
		expect(stepIndex('Escape', 1, 3)).toBeNull();
		expect(stepIndex('a', 1, 3)).toBeUndefined();
		expect(stepIndex('ArrowRight', null, 0)).toBeUndefined();
	});

	it('lands the first press where the chart says', () => {
		expect([stepIndex('ArrowRight', null, 5), stepIndex('ArrowLeft', null, 5)]).toEqual([0, 4]);
		expect([stepIndex('ArrowRight', null, 5, { start: 'first' }), stepIndex('ArrowLeft', null, 5, { start: 'first' })]).toEqual([0, 0]);
		expect([stepIndex('ArrowRight', null, 5, { start: 'last' }), stepIndex('ArrowLeft', null, 5, { start: 'last' })]).toEqual([4, 4]);
	});

	it('uses the chart’s own keys, and steps over values', () => {
		const keys = { next: ['ArrowDown'], prev: ['ArrowUp'] };
		expect(stepIndex('ArrowDown', 0, 3, keys)).toBe(1);
		expect(stepIndex('ArrowRight', 0, 3, keys)).toBeUndefined();
		expect(stepValue('ArrowRight', 2019, [2018, 2019, 2020])).toBe(2020);
		// A value not among the items (a year between ticks) counts as none picked.
		expect(stepValue('ArrowLeft', 1999, [2018, 2019, 2020])).toBe(2020);
	});
});
