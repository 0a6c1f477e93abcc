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

	it('spans a fixed x domain even where the data stop short of it', () => {
		const layout = lineChartLayout({ series, width: 600, height: 300, xDomain: [1995, 2005] });
		expect(layout.xOf(1995)).toBe(0);
		expect(layout.xOf(2005)).toBe(layout.innerWidth);
		expect(layout.xValues).toEqual([2000, 2001, 2003]);
	});

	it('draws reference lines dashed with their own labels, spread apart from the series labels', () => {
		const references = [{ key: 'median', label: 'Members’ median', colour: '#111827', points: [{ x: 2000, y: 1.1 }, { x: 2003, y: 4.2 }] }];
		const layout = lineChartLayout({ series, references, width: 600, height: 300, labelWidth: 150 });
		expect(layout.references).toHaveLength(1);
		expect(layout.references[0].d.match(/M/g)).toHaveLength(2); // 2001–2002 missing: a gap
		expect(layout.labels.map((l) => [l.text, l.reference])).toEqual([
			['Togo', false],
			['Members’ median', true]
		]);
		expect(Math.abs(layout.labels[0].y - layout.labels[1].y)).toBeGreaterThanOrEqual(14);
	});

	it('can leave reference lines unlabelled where a key names them', () => {
		const references = [{ key: 'median', label: 'Non-members’ median', colour: '#6b7280', points: [{ x: 2000, y: 3 }] }];
		const layout = lineChartLayout({ series, references, width: 360, height: 300, labelReferences: false });
		expect(layout.references).toHaveLength(1);
		expect(layout.labels.map((l) => l.text)).toEqual(['Togo']);
		expect(layout.margin.right).toBeLessThan(60); // sized to "Togo", not to the median's label
	});

	it('sizes the label margin to the labels, shortening those that do not fit', () => {
		const long = [{ ...series[0], label: 'Democratic Republic of the Congo' }];
		const wide = lineChartLayout({ series: long, width: 600, height: 300, labelWidth: 300 });
		expect(wide.labels[0].text).toBe('Democratic Republic of the Congo');
		const narrow = lineChartLayout({ series: long, width: 360, height: 300, labelWidth: 90 });
		expect(narrow.margin.right).toBe(90);
		expect(narrow.labels[0].text).toMatch(/…$/);
		expect(narrow.labels[0].full).toBe('Democratic Republic of the Congo');
		expect(lineChartLayout({ series: [series[1]], width: 600, height: 300 }).margin.right).toBe(16); // nothing to label
	});

	it('leaves unlabelled series out of the labels and marks dashed and thin ones', () => {
		const layout = lineChartLayout({ series: [{ ...series[0], showLabel: false, dashed: true, thin: true }, series[1]], width: 600, height: 300 });
		expect(layout.labels).toEqual([]);
		expect(layout.highlighted[0]).toMatchObject({ dashed: true, thin: true });
	});

	it('places markers inside the x domain only, with room above for their label', () => {
		const layout = lineChartLayout({ series, width: 600, height: 300, markers: [{ x: 2001, label: 'Joined' }, { x: 1990, label: 'Off' }] });
		expect(layout.markers).toEqual([{ x: layout.xOf(2001), label: 'Joined' }]);
		expect(layout.margin.top).toBeGreaterThan(12);
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

describe('accessions on the line chart', () => {
	const joined = (year: number) => ({ year, text: `Joined Smart Africa in ${year}` });

	it('puts a dot on the country’s own line at its year of joining', () => {
		const layout = lineChartLayout({ series, width: 600, height: 300, accessions: { TGO: joined(2001) } });
		expect(layout.accessions).toEqual([
			{ key: 'TGO', label: 'Togo', colour: '#1d4ed8', year: 2001, text: 'Joined Smart Africa in 2001', x: layout.xOf(2001), y: layout.yOf(2) }
		]);
	});

	it('reads a year without a value off the line between the years around it, and the keys stop there', () => {
		const layout = lineChartLayout({ series, width: 600, height: 300, accessions: { TGO: joined(2002) } });
		// Togo: 2 in 2001, 4 in 2003.
		expect(layout.accessions[0].y).toBeCloseTo(layout.yOf(3));
		expect(layout.xValues).toEqual([2000, 2001, 2002, 2003]);
	});

	it('draws none where the line does not span the year, and none for grey context lines', () => {
		const layout = lineChartLayout({ series, width: 600, height: 300, accessions: { TGO: joined(1998), SEN: joined(2001) } });
		expect(layout.accessions).toEqual([]);
		expect(layout.xValues).toEqual([2000, 2001, 2003]);
		const outside = lineChartLayout({ series, width: 600, height: 300, xDomain: [2001, 2003], accessions: { TGO: joined(2000) } });
		expect(outside.accessions).toEqual([]);
	});
});

describe('line chart on a log axis', () => {
	const skewed = [
		{ key: 'TGO', label: 'Togo', colour: '#1d4ed8', points: [{ x: 2000, y: 1 }, { x: 2001, y: 0 }, { x: 2002, y: 100 }, { x: 2003, y: 10000 }] },
		{ key: 'SEN', label: 'Senegal', colour: null, points: [{ x: 2000, y: -3 }, { x: 2003, y: 50 }] }
	];

	it('spaces powers of ten evenly and ignores a fixed linear domain', () => {
		const layout = lineChartLayout({ series: skewed, width: 600, height: 300, scale: 'log', yDomain: [0, 100] });
		const at = (v: number) => layout.yOf(v);
		expect(at(1) - at(100)).toBeCloseTo(at(100) - at(10000));
		expect(layout.yTicks.map((t) => t.value)).toEqual(expect.arrayContaining([1, 10, 100, 1000, 10000]));
	});

	it('leaves values ≤ 0 out of their lines as gaps, and says which', () => {
		const layout = lineChartLayout({ series: skewed, width: 600, height: 300, scale: 'log' });
		// Togo's 2001 zero: 2000 stands alone (a dot), then a line from 2002.
		expect(layout.highlighted[0].d.match(/M/g)).toHaveLength(2);
		expect(layout.highlighted[0].dots).toHaveLength(1);
		expect(layout.dropped).toEqual([
			{ key: 'TGO', label: 'Togo', x: 2001, y: 0 },
			{ key: 'SEN', label: 'Senegal', x: 2000, y: -3 }
		]);
		expect(layout.highlighted[0].d).not.toMatch(/NaN|Infinity/);
	});

	it('is linear by default, with nothing left out', () => {
		const layout = lineChartLayout({ series: skewed, width: 600, height: 300 });
		expect(layout.dropped).toEqual([]);
		expect(layout.yOf(0) - layout.yOf(5000)).toBeCloseTo(layout.yOf(5000) - layout.yOf(10000));
	});
});
