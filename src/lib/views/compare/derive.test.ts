import { describe, expect, it } from 'vitest';
import type { PointStat } from '$lib/queries/compare';
import { HIGHLIGHT_COLOURS } from '$lib/charts/palette';
import { changeFormat, changeKind, coveredStats, fullRange, groupSizes, lineReferences, lineSeries, meansApply, MANY_COLOUR, selectionColours, signedYears } from './derive';

const countries = new Map([
	['TGO', { join_year: 2016, uncertain: false, member: true }],
	['SEN', { join_year: 2014, uncertain: true, member: true }],
	['TCD', { join_year: null, uncertain: true, member: true }],
	['BWA', { join_year: null, uncertain: false, member: false }]
]);
const series = [
	{ iso3: 'BWA', years: [2015, 2016], values: [40, 45] },
	{ iso3: 'SEN', years: [2014, 2015], values: [20, 25] },
	{ iso3: 'TCD', years: [2015], values: [5] },
	{ iso3: 'TGO', years: [2015, 2016, 2018], values: [10, 12, 20] }
];
const name = (iso3: string) => iso3.toLowerCase();
const stat = (x: number, member: boolean, n: number, median: number | null = 1): PointStat => ({ x, member, n, median, weighted_mean: median, n_weighted: n });
const labels = {
	membersMedian: 'Members’ median',
	nonMembersMedian: 'Non-members’ median',
	membersMean: 'Members’ mean',
	nonMembersMean: 'Non-members’ mean',
	alignedMedian: 'Median of members',
	alignedMean: 'Mean of members'
};

describe('line series', () => {
	it('draws every country by calendar year, selected ones coloured and last (on top), in selection order', () => {
		const out = lineSeries({ series, selected: ['TGO', 'BWA'], colours: { TGO: '#1', BWA: '#2' }, name, align: 'year', countries });
		expect(out.map((s) => [s.key, s.colour])).toEqual([
			['SEN', null],
			['TCD', null],
			['TGO', '#1'],
			['BWA', '#2']
		]);
		expect(out.find((s) => s.key === 'TGO')!.points).toEqual([
			{ x: 2015, y: 10 },
			{ x: 2016, y: 12 },
			{ x: 2018, y: 20 }
		]);
	});

	it('aligns members on their join year, keeping the calendar year as a note, and dashes uncertain dates', () => {
		const out = lineSeries({ series, selected: ['TGO', 'SEN', 'BWA', 'TCD'], colours: { TGO: '#1', SEN: '#2' }, name, align: 'joined', countries });
		// Non-members and members without a join year cannot be aligned.
		expect(out.map((s) => s.key)).toEqual(['TGO', 'SEN']);
		expect(out[0].points).toEqual([
			{ x: -1, y: 10, note: '2015' },
			{ x: 0, y: 12, note: '2016' },
			{ x: 2, y: 20, note: '2018' }
		]);
		expect(out.map((s) => s.dashed)).toEqual([false, true]);
	});

	it('labels a peer group of twelve directly, in thin grey lines, and stops labelling beyond sixteen', () => {
		const lines = (n: number) => {
			const codes = Array.from({ length: n }, (_, i) => `C${i}`);
			return lineSeries({ series: codes.map((iso3) => ({ iso3, years: [2000], values: [1] })), selected: codes, colours: selectionColours(codes), name, align: 'year', countries: new Map() });
		};
		expect(lines(12).every((s) => s.showLabel && s.thin && s.colour === MANY_COLOUR)).toBe(true);
		expect(lines(17).every((s) => s.showLabel === false && s.thin)).toBe(true);
		expect(lines(10).every((s) => s.showLabel && !s.thin)).toBe(true);
	});
});

describe('selection colours', () => {
	it('gives each of up to ten countries its own colour, in selection order, and a larger group one grey', () => {
		const ten = Array.from({ length: 10 }, (_, i) => `C${i}`);
		expect(Object.values(selectionColours(ten))).toEqual([...HIGHLIGHT_COLOURS]);
		// Selection order, not the order of the codes' names.
		expect(selectionColours(['B', 'A']).A).toBe(HIGHLIGHT_COLOURS[1]);
		const many = selectionColours([...ten, 'C10']);
		expect(new Set(Object.values(many))).toEqual(new Set([MANY_COLOUR]));
	});
});

describe('reference lines', () => {
	const stats = [stat(2015, true, 10, 30), stat(2015, false, 4, 20), stat(2016, true, 3, 35), stat(2016, false, 5, 25)];
	const size = (member: boolean) => (member ? 10 : 5);

	it('keeps a group’s statistic only where it covers at least half of its countries', () => {
		expect(coveredStats(stats, size).map((s) => [s.x, s.member])).toEqual([
			[2015, true],
			[2015, false],
			[2016, false]
		]);
	});

	it('draws the medians asked for, labelled per group, and the means dotted', () => {
		const refs = lineReferences({ stats, refs: ['median', 'mean'], align: 'year', labels, groupSize: size, means: true });
		expect(refs.map((r) => [r.label, r.points.map((p) => p.x), r.dash ?? 'dashed'])).toEqual([
			['Members’ median', [2015], 'dashed'],
			['Members’ mean', [2015], '1 3'],
			['Non-members’ median', [2015, 2016], 'dashed'],
			['Non-members’ mean', [2015, 2016], '1 3']
		]);
		expect(lineReferences({ stats, refs: ['median', 'mean'], align: 'year', labels, groupSize: size, means: false }).map((r) => r.label)).toEqual([
			'Members’ median',
			'Non-members’ median'
		]);
		expect(lineReferences({ stats, refs: [], align: 'year', labels, groupSize: size, means: true })).toEqual([]);
	});

	it('has only the members’ line when aligned on joining', () => {
		const refs = lineReferences({ stats: [stat(0, true, 8, 12)], refs: ['median'], align: 'joined', labels, groupSize: () => 10, means: true });
		expect(refs).toEqual([{ key: 'median-members', label: 'Median of members', colour: expect.any(String), points: [{ x: 0, y: 12 }] }]);
	});

	it('counts the countries of each group among the lines drawn', () => {
		const size = groupSizes([{ key: 'TGO' }, { key: 'SEN' }, { key: 'BWA' }], countries);
		expect([size(true), size(false)]).toEqual([2, 1]);
	});
});

describe('small helpers', () => {
	it('writes years since joining with a sign (a true minus)', () => {
		expect([signedYears(3), signedYears(0), signedYears(-2)]).toEqual(['+3', '0', '−2']);
	});
	it('fixes the axis to 0–100 for shares only', () => {
		expect(fullRange({ valid_min: 0, valid_max: 100 })).toEqual([0, 100]);
		expect(fullRange({ valid_min: 0, valid_max: 1 })).toEqual([0, 1]);
		expect(fullRange({ valid_min: 0, valid_max: null })).toBeUndefined();
	});
	it('offers population-weighted means except for totals', () => {
		expect(meansApply({ id: 'internet-users', unit: 'percent' })).toBe(true);
		expect(meansApply({ id: 'population', unit: 'count' })).toBe(false);
		expect(meansApply({ id: 'gdp', unit: 'usd' })).toBe(false);
		expect(meansApply({ id: 'gdp-per-capita', unit: 'usd' })).toBe(true);
	});
});

describe('change formats', () => {
	const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');
	it('signs a percentage change and a difference, in each language, zero unsigned', () => {
		const usd = changeFormat('fr', 'percent', { unit: 'usd', decimals: 0 }, 'pts');
		expect([12.345, -3.21, 0].map((v) => plain(usd.format(v)))).toEqual(['+12,3 %', '−3,2 %', '0,0 %']);
		expect(plain(usd.tick(-40))).toBe('−40 %');
		const share = changeFormat('en', 'difference', { unit: 'percent', decimals: 1 }, 'pp');
		expect([4.25, -1.5].map(share.format)).toEqual(['+4.3 pp', '−1.5 pp']);
		expect(share.tick(20)).toBe('+20');
		expect(changeFormat('en', 'difference', { unit: 'index-0-1', decimals: 3 }, 'pp').format(0.0125)).toBe('+0.013');
		expect(changeKind('percent')).toBe('difference');
		expect(changeKind('mbit-s')).toBe('percent');
	});
});
