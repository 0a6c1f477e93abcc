import { describe, expect, it } from 'vitest';
import { dotPath, dotPlotHeight, dotPlotLayout, type DotSeries } from './dot-plot';

const series: DotSeries[] = [
	{ key: 'electricity', label: 'Electricity', colour: '#000', shape: 'circle' },
	{ key: 'internet', label: 'Internet', colour: '#111', shape: 'diamond' }
];
const rows = [
	{ key: 'MUS', label: 'Mauritius', note: '2022', values: { electricity: 100, internet: 100 } },
	{ key: 'TGO', label: 'Togo', note: '2021', shaded: true, values: { electricity: 25, internet: 0.8 } },
	{ key: 'BEN', label: 'Benin', note: '2021', values: { electricity: 33, internet: null } }
];

describe('dot plot layout', () => {
	it('keeps the rows in order, one band each, and sizes the height by the number of rows', () => {
		const layout = dotPlotLayout({ rows, series, width: 800, domain: [0, 100] });
		expect(layout.rows.map((r) => r.key)).toEqual(['MUS', 'TGO', 'BEN']);
		expect(layout.rows.map((r) => r.y)).toEqual([9, 27, 45]);
		expect(layout.height).toBe(dotPlotHeight(3));
		expect(layout.height).toBe(24 + 3 * 18 + 8);
	});

	it('places dots on the shared axis and draws no dot for a missing value', () => {
		const layout = dotPlotLayout({ rows, series, width: 800, domain: [0, 100] });
		const tgo = layout.rows[1];
		expect(tgo.dots.map((d) => d.series)).toEqual(['electricity', 'internet']);
		expect(tgo.dots[0].cx).toBeCloseTo(0.25 * layout.innerWidth, 6);
		expect(tgo.span).toEqual([tgo.dots[1].cx, tgo.dots[0].cx]);
		expect(layout.rows[2].dots).toHaveLength(1);
		expect(layout.rows[2].span).toBeNull();
		expect(layout.ticks[0]).toEqual({ value: 0, offset: 0 });
		expect(layout.ticks.at(-1)!.offset).toBeCloseTo(layout.innerWidth, 6);
	});

	it('gives labels less room on a phone and shortens the long ones', () => {
		const long = [{ key: 'COD', label: 'Democratic Republic of the Congo', values: { electricity: 16 } }];
		const phone = dotPlotLayout({ rows: long, series, width: 340, domain: [0, 100] });
		const desktop = dotPlotLayout({ rows: long, series, width: 1000, domain: [0, 100] });
		expect(phone.margin.left).toBeLessThan(desktop.margin.left);
		expect(phone.rows[0].shortLabel.endsWith('…')).toBe(true);
		expect(phone.innerWidth).toBeGreaterThan(150);
	});

	it('places reference lines on the axis', () => {
		const layout = dotPlotLayout({ rows, series, width: 600, domain: [0, 2], references: [{ value: 1, label: 'parity' }] });
		expect(layout.references[0].offset).toBeCloseTo(layout.innerWidth / 2, 6);
	});

	it('draws closed paths for every shape', () => {
		for (const shape of ['circle', 'square', 'diamond', 'triangle'] as const) expect(dotPath(shape, 4)).toMatch(/^M.*Z$/);
	});
});
