import { describe, expect, it } from 'vitest';
import { barChartLayout, fitLabel } from './bar-chart';

const bar = (key: string, value: number) => ({ key, label: key, value, colour: '#000', emphasised: false });

describe('bar chart layout', () => {
	it('gives one row per bar and bars proportional to their values from zero', () => {
		const layout = barChartLayout({ bars: [bar('A', 50), bar('B', 25)], width: 600, domain: [0, 100] });
		expect(layout.rows.map((r) => r.y)).toEqual([0, 18]);
		expect(layout.rows[0].barWidth).toBeCloseTo(2 * layout.rows[1].barWidth);
		expect(layout.rows[0].x0).toBe(0);
	});

	it('makes room for value details such as a data year', () => {
		const plain = barChartLayout({ bars: [bar('A', 1)], width: 600 });
		const detailed = barChartLayout({ bars: [{ ...bar('A', 1), detail: '(2018)' }], width: 600 });
		expect(detailed.margin.right).toBeGreaterThan(plain.margin.right);
	});
});

describe('fitting labels', () => {
	it('keeps short names and ends long ones with an ellipsis', () => {
		expect(fitLabel('Togo', 100)).toBe('Togo');
		const short = fitLabel('République centrafricaine', 96);
		expect(short.endsWith('…')).toBe(true);
		expect(short.length).toBeLessThanOrEqual(15);
	});
});

describe('bar chart on a log axis', () => {
	const bars = [bar('A', 1000), bar('B', 10), bar('C', 0), bar('D', -5)];

	it('places values by their order of magnitude, bars growing from the axis’s left end', () => {
		const layout = barChartLayout({ bars, width: 600, scale: 'log' });
		const [a, b] = layout.rows;
		expect([a.x0, b.x0]).toEqual([0, 0]);
		// The axis starts at 1, a power of ten below 10: in orders of magnitude 10 is a third of 1 000's bar, not a hundredth.
		expect(b.barWidth / a.barWidth).toBeCloseTo(1 / 3, 1);
		expect(layout.ticks.map((t) => t.value)).toEqual(expect.arrayContaining([10, 100, 1000]));
		expect(layout.ticks.every((t) => Number.isFinite(t.offset))).toBe(true);
	});

	it('draws no bar for zero or a negative value, keeps its row, and lists it', () => {
		const layout = barChartLayout({ bars, width: 600, scale: 'log', references: [{ value: 0, label: 'Median' }] });
		expect(layout.rows.map((r) => [r.key, r.offAxis, r.barWidth])).toEqual([
			['A', false, layout.rows[0].barWidth],
			['B', false, layout.rows[1].barWidth],
			['C', true, 0],
			['D', true, 0]
		]);
		expect(layout.dropped.map((b) => b.key)).toEqual(['C', 'D']);
		expect(layout.references).toEqual([]);
	});

	it('is linear by default, with nothing left out', () => {
		const layout = barChartLayout({ bars, width: 600 });
		expect(layout.dropped).toEqual([]);
		expect(layout.rows[0].barWidth / layout.rows[1].barWidth).toBeCloseTo(100);
	});
});
