import { describe, expect, it } from 'vitest';
import { nearestPoint, scatterChartLayout, type ScatterPoint } from './scatter-chart';

const point = (key: string, x: number, y: number, size: number | null, selected = false): ScatterPoint => ({
	key,
	label: key,
	x,
	y,
	size,
	colour: '#1d4ed8',
	selected
});
const points = [point('NGA', 2000, 40, 220e6, true), point('TGO', 900, 30, 9e6, true), point('SYC', 17000, 80, 30e6), point('ERI', 600, 0, null)];

describe('scatter chart layout', () => {
	it('places points on linear axes, starting at zero for positive data', () => {
		const layout = scatterChartLayout({ points, width: 600, height: 400 });
		const tgo = layout.points.find((p) => p.key === 'TGO')!;
		expect(layout.xTicks[0].value).toBe(0);
		expect(tgo.cx).toBeCloseTo((900 / layout.xTicks.at(-1)!.value) * layout.innerWidth, 6);
		expect(layout.dropped).toEqual([]);
	});

	it('sizes circles by the square root of population (area ∝ population)', () => {
		const layout = scatterChartLayout({ points, width: 600, height: 400 });
		const r = Object.fromEntries(layout.points.map((p) => [p.key, p.r]));
		expect(r.NGA / r.TGO).toBeCloseTo(Math.sqrt(220 / 9), 6);
		expect(r.ERI).toBe(2.5); // no population: the smallest circle
	});

	it('draws big circles first and selected ones last, so none hides a smaller or chosen one', () => {
		const layout = scatterChartLayout({ points, width: 600, height: 400 });
		expect(layout.points.map((p) => p.key)).toEqual(['SYC', 'ERI', 'NGA', 'TGO']);
	});

	it('leaves out values a log axis cannot show, and counts them', () => {
		const layout = scatterChartLayout({ points, width: 600, height: 400, logX: true, logY: true });
		expect(layout.dropped.map((p) => p.key)).toEqual(['ERI']);
		expect(layout.xTicks.map((t) => t.value)).toContain(1000);
		expect(layout.xTicks.every((t) => [1, 2, 5].includes(Math.round(t.value / 10 ** Math.floor(Math.log10(t.value)))))).toBe(true);
		const tgo = layout.points.find((p) => p.key === 'TGO')!;
		const nga = layout.points.find((p) => p.key === 'NGA')!;
		// Equal ratios are equal distances on a log axis.
		const syc = layout.points.find((p) => p.key === 'SYC')!;
		expect((nga.cx - tgo.cx) / (syc.cx - nga.cx)).toBeCloseTo(Math.log(2000 / 900) / Math.log(17000 / 2000), 6);
	});

	it('spans a log axis over the data with a little room, not over whole powers of ten', () => {
		const layout = scatterChartLayout({ points, width: 600, height: 400, logX: true });
		const x = (v: number) => layout.points.find((p) => p.x === v)!.cx;
		// 600 (ERI) to 17 000 (SYC), padded by ×1.2 each side: both ends well inside, neither at the edge.
		expect(x(600)).toBeGreaterThan(0);
		expect(x(17000)).toBeLessThan(layout.innerWidth);
		expect(x(600) / layout.innerWidth).toBeCloseTo(Math.log(1.2) / Math.log((17000 * 1.2) / (600 / 1.2)), 6);
	});

	it('labels selected points only, without overlapping circles or each other', () => {
		const crowded = [point('A', 10, 10, 1e6, true), point('B', 10.2, 10, 1e6, true), point('C', 50, 50, 1e6)];
		const layout = scatterChartLayout({ points: crowded, width: 600, height: 400 });
		expect(layout.labels.map((l) => l.key).sort()).toEqual(['A', 'B']);
		const [a, b] = layout.labels;
		expect(a.x === b.x && a.y === b.y).toBe(false);
	});

	it('places reference lines at their value with labels spread apart', () => {
		const references = [
			{ key: 'm', label: 'Members’ median', value: 40, colour: '#000' },
			{ key: 'n', label: 'Non-members’ median', value: 40.5, colour: '#000' }
		];
		const layout = scatterChartLayout({ points, references, width: 600, height: 400 });
		expect(layout.references).toHaveLength(2);
		expect(Math.abs(layout.references[0].labelY - layout.references[1].labelY)).toBeGreaterThanOrEqual(13);
	});
});

describe('finding the point under the pointer', () => {
	const placed = scatterChartLayout({ points, width: 600, height: 400 }).points;
	it('takes the point the pointer is in, else the nearest edge within the radius', () => {
		const tgo = placed.find((p) => p.key === 'TGO')!;
		expect(nearestPoint(placed, tgo.cx, tgo.cy)?.key).toBe('TGO');
		expect(nearestPoint(placed, tgo.cx + tgo.r + 10, tgo.cy)?.key).toBe('TGO');
		expect(nearestPoint(placed, -500, -500)).toBeNull();
	});
});
