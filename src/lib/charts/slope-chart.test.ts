import { describe, expect, it } from 'vitest';
import { nearestLine, slopeChartLayout } from './slope-chart';

const lines = [
	{ key: 'TGO', label: 'Togo', start: 10, end: 40, colour: '#1d4ed8' },
	{ key: 'SEN', label: 'Senegal', start: 20, end: 41, colour: '#c2410c' },
	{ key: 'NGA', label: 'Nigeria', start: 30, end: 20, colour: null }
];
const formatValue = (v: number) => `${v.toFixed(1)}%`;

describe('slope chart layout', () => {
	it('joins each country’s start value (left) to its end value (right) on one scale', () => {
		const layout = slopeChartLayout({ lines, width: 600, height: 300, formatValue, domain: [0, 100] });
		expect(layout.yOf(0)).toBe(layout.innerHeight);
		expect(layout.yOf(100)).toBe(0);
		expect(layout.highlighted.map((l) => [l.key, l.y1, l.y2])).toEqual([
			['TGO', layout.yOf(10), layout.yOf(40)],
			['SEN', layout.yOf(20), layout.yOf(41)]
		]);
		expect(layout.context.map((l) => l.key)).toEqual(['NGA']);
	});

	it('labels highlighted lines and references at both ends, with values, never overlapping', () => {
		const references = [{ key: 'median', label: 'Members’ median', start: 15, end: 40.5, colour: '#111827' }];
		const layout = slopeChartLayout({ lines, references, width: 600, height: 300, formatValue, domain: [0, 100], labelWidth: 230 });
		expect(layout.left.map((l) => [l.name, l.value])).toEqual([
			['Togo', '10.0%'],
			['Senegal', '20.0%'],
			['Members’ median', '15.0%']
		]);
		expect(layout.right.map((l) => l.value)).toEqual(['40.0%', '41.0%', '40.5%']);
		const ys = layout.right.map((l) => l.y).sort((a, b) => a - b);
		for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(14);
		expect(layout.right[2].reference).toBe(true);
	});

	it('sizes each label column to its longest label, up to the maximum', () => {
		const layout = slopeChartLayout({ lines, width: 800, height: 300, formatValue, labelWidth: 300 });
		// "Senegal 20.0%" is the longest label: 13 characters.
		expect(layout.margin.left).toBe(Math.ceil(13 * 7) + 14);
		expect(layout.margin.right).toBe(layout.margin.left);
		expect(slopeChartLayout({ lines, width: 800, height: 300, formatValue, labelWidth: 60 }).margin.left).toBe(60);
	});

	it('can leave references unlabelled where a key names them', () => {
		const references = [{ key: 'median', label: 'Members’ median', start: 15, end: 40.5, colour: '#111827' }];
		const layout = slopeChartLayout({ lines, references, width: 360, height: 300, formatValue, labelReferences: false });
		expect(layout.references).toHaveLength(1);
		expect(layout.right.map((l) => l.key)).toEqual(['TGO', 'SEN']);
	});

	it('shortens names, never values, to fit narrow label columns', () => {
		const long = [{ key: 'COD', label: 'Democratic Republic of the Congo', start: 1, end: 20, colour: '#1d4ed8' }];
		const layout = slopeChartLayout({ lines: long, width: 360, height: 300, formatValue, labelWidth: 100 });
		expect(layout.left[0].name).toMatch(/…$/);
		expect(layout.left[0].full).toBe('Democratic Republic of the Congo');
		expect(layout.left[0].value).toBe('1.0%');
	});
});

describe('finding the line under the pointer', () => {
	const drawn = [
		{ key: 'a', y1: 100, y2: 0 },
		{ key: 'b', y1: 50, y2: 50 }
	];
	it('interpolates each line at the pointer’s x and takes the nearest within the radius', () => {
		expect(nearestLine(drawn, 200, 0, 98)).toBe('a');
		expect(nearestLine(drawn, 200, 100, 52)).toBe('b'); // both at 50 mid-way: b is nearer by its y
		expect(nearestLine(drawn, 200, 200, 30)).toBeNull();
	});
});
