import { describe, expect, it } from 'vitest';
import { lineChartLayout, spreadLabels } from './line-chart';

const series = [
	{ key: 'TGO', label: 'Togo', colour: '#1d4ed8', points: [{ x: 2000, y: 1 }, { x: 2001, y: 2 }, { x: 2003, y: 4 }] },
	{ key: 'SEN', label: 'Senegal', colour: null, points: [{ x: 2000, y: 10 }, { x: 2003, y: 40 }] }
];

describe('line chart layout', () => {
	it('maps the data extent onto the plot area', () => {
		const layout = lineChartLayout({ series, width: 600, height: 300 });
		expect(layout.xOf(2000)).toBe(0);
		expect(layout.xOf(2003)).toBe(layout.innerWidth);
		expect(layout.yOf(0)).toBe(layout.innerHeight);
		expect(layout.xValues).toEqual([2000, 2001, 2003]);
	});

	it('breaks lines at missing years instead of bridging them', () => {
		const layout = lineChartLayout({ series, width: 600, height: 300 });
		// 2001 → 2003 skips 2002: the highlighted path has two "M" (move) commands.
		expect(layout.highlighted[0].d.match(/M/g)).toHaveLength(2);
		// The lone 2003 point gets a dot so it stays visible.
		expect(layout.highlighted[0].dots).toHaveLength(1);
		expect(layout.context[0].d.match(/M/g)).toHaveLength(2);
	});

	it('labels only highlighted series', () => {
		const layout = lineChartLayout({ series, width: 600, height: 300 });
		expect(layout.labels.map((l) => l.text)).toEqual(['Togo']);
	});

	it('keeps a fixed domain when given one', () => {
		const layout = lineChartLayout({ series, width: 600, height: 300, yDomain: [0, 100] });
		expect(layout.yTicks.at(-1)!.value).toBe(100);
	});
});

describe('label spreading', () => {
	it('pushes overlapping labels apart and keeps their order', () => {
		expect(spreadLabels([50, 52, 51], 10, 0, 200)).toEqual([50, 70, 60]);
	});
	it('stays inside the plot when the labels would overflow', () => {
		const ys = spreadLabels([195, 196], 10, 0, 200);
		expect(Math.max(...ys)).toBeLessThanOrEqual(200);
		expect(Math.abs(ys[0] - ys[1])).toBeGreaterThanOrEqual(10);
	});
});
