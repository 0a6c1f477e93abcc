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
