import { describe, expect, it } from 'vitest';
import { periodLinesLayout, type PeriodSeries } from './period-lines';

const series: PeriodSeries[] = [
	{ key: 'TGO', label: 'Togo', colour: '#1d4ed8', points: [{ x: 2010, y: 3 }, { x: 2011, y: 4 }, { x: 2015, y: 10 }] },
	{ key: 'SEN', label: 'Senegal', colour: null, points: [] }
];
const base = { series, width: 456, height: 210, xDomain: [2010, 2020] as [number, number] };

describe('period lines layout', () => {
	it('breaks lines at missing years, never bridging them, and keeps every value as a dot', () => {
		const layout = periodLinesLayout({ ...base, period: null });
		const togo = layout.lines.find((l) => l.key === 'TGO')!;
		expect(togo.d.match(/M/g)).toHaveLength(2);
		expect(togo.dots).toHaveLength(3);
		// A country without data draws nothing.
		expect(layout.lines.map((l) => l.key)).toEqual(['TGO']);
		expect(layout.yTicks[0].value).toBe(0);
	});

	it('states no value scale when no country has a value (was 0 %, 0 %, 0 %, 1 %… under "no data")', () => {
		const layout = periodLinesLayout({ ...base, series: [{ ...series[1] }], period: null });
		expect(layout.lines).toEqual([]);
		expect(layout.yTicks).toEqual([]);
		expect(layout.xTicks.length).toBeGreaterThan(1);
	});

	it('shades the period, clipped to the axis, and says when it runs past it', () => {
		const layout = periodLinesLayout({ ...base, period: { from: 2012.5, to: 2026.9, open: true } });
		expect(layout.band).toMatchObject({ open: true, clippedEnd: true });
		expect(layout.band!.x0).toBeCloseTo(layout.xOf(2012.5));
		expect(layout.band!.x1).toBeCloseTo(layout.innerWidth);
		expect(periodLinesLayout({ ...base, period: { from: 2021, to: 2023, open: false } }).band).toBeNull();
	});

	it('uses a log axis at powers of ten only when asked and the values span 100× or more', () => {
		const wide: PeriodSeries[] = [{ key: 'TGO', label: 'Togo', colour: '#000', points: [{ x: 2014, y: 3504 }, { x: 2018, y: 495234 }] }];
		const log = periodLinesLayout({ ...base, series: wide, period: null, log: true });
		expect(log.log).toBe(true);
		for (const t of log.yTicks) expect(Math.log10(t.value) % 1).toBeCloseTo(0);
		expect(periodLinesLayout({ ...base, period: null, log: true }).log).toBe(false);
	});
});
