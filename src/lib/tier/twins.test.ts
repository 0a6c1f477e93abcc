/**
 * Every Arquero twin answers exactly as its SQL does: each query runs on native DuckDB over the Parquet
 * files and on the query tier — the worker's own modules (tables.ts, twins.ts) with Arquero in Node,
 * over the tier's files the browser fetches, its answers passed through structured cloning as the
 * worker's messages are. Views cover indicators with different coverage, both alignments, windows, and
 * edge cases found in the real data: a country with no value, a one-year indicator, tied values, a
 * group with one member.
 */
import { readFileSync } from 'node:fs';
import * as aq from 'arquero';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeEngine } from '$lib/db/node';
import { NoTwin } from '$lib/db/query';
import { compareChart, compareSlope, compareScatter, indicatorCatalogue, type CompareParams } from '$lib/queries/compare';
import { filteredObservations, indicatorInfo, sourceInfo, type DataRowsParams } from '$lib/queries/data';
import { indicatorRanking, indicatorSeries } from '$lib/queries/indicator';
import { TierEngine } from './engine';
import { tierTables } from './tables';
import { runTwin } from './twins';

let duckdb: NodeEngine;
let tier: TierEngine;
const fetched: string[] = [];
beforeAll(() => {
	duckdb = new NodeEngine();
	const tables = tierTables(aq, async (path) => {
		fetched.push(path);
		return readFileSync(`static/data/${path}`);
	});
	tier = new TierEngine(async (name, params) => structuredClone(await runTwin(tables, name, structuredClone(params))));
});
afterAll(() => duckdb?.close());

/** Rounds floats so sums in a different order compare equal. */
const rounded = (value: unknown): unknown =>
	typeof value === 'number' && !Number.isInteger(value)
		? Number(value.toPrecision(10))
		: Array.isArray(value)
			? value.map(rounded)
			: value && typeof value === 'object'
				? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]))
				: value;

const views: CompareParams[] = [
	{ chart: 'line', indicator: 'internet-users', from: 2000, to: 2023, align: 'year' },
	{ chart: 'line', indicator: 'internet-users', from: 2005, to: 2023, align: 'joined' },
	{ chart: 'line', indicator: 'schools-internet-primary', from: 2010, to: 2022, align: 'year' },
	{ chart: 'line', indicator: 'mobile-subscriptions', from: 1990, to: 2024, align: 'joined' },
	{ chart: 'bar', indicator: 'internet-users', year: 2022, window: 0, lowerIsBetter: false },
	{ chart: 'map', indicator: 'mobile-subscriptions', year: 2023, window: 3, lowerIsBetter: false },
	{ chart: 'bar', indicator: 'egov-osi', year: 2024, window: 0, lowerIsBetter: false },
	{ chart: 'bar', indicator: 'mobile-broadband-price-gni', year: 2024, window: 0, lowerIsBetter: true },
	{ chart: 'slope', indicator: 'internet-users', from: 2013, to: 2023 },
	{ chart: 'slope', indicator: 'electricity-access', from: 2000, to: 2021 },
	{ chart: 'scatter', x: 'gdp-per-capita', y: 'internet-users', year: 2021 },
	{ chart: 'scatter', x: 'electricity-access', y: 'schools-electricity-primary', year: 2020 },
	{ chart: 'scatter', x: 'internet-users', y: 'internet-users', year: 2022 }
];

async function same<P>(query: (db: NodeEngine | TierEngine, p: P) => Promise<unknown>, params: P) {
	const expected = await query(duckdb, params);
	const actual = await query(tier, params);
	expect(rounded(actual)).toEqual(rounded(expected));
	return expected;
}

describe('compare views', () => {
	for (const view of views) {
		it(`${view.chart} ${JSON.stringify(view)}`, async () => {
			const expected = await same(compareChart, view);
			// Not vacuous: the view has data.
			expect(JSON.stringify(expected)).toMatch(/\d+\.\d/);
		});
	}
});

describe('indicator page', () => {
	it('series for some countries, for all, and for none', async () => {
		for (const params of [
			{ indicator: 'internet-users', countries: ['TGO', 'SEN', 'MLI'], from: 2000 },
			{ indicator: 'mobile-broadband-price-gni', countries: null, from: null, to: 2024 },
			{ indicator: 'internet-users', countries: ['SEN', 'ESH'], from: 2010, to: 2012 }
		]) {
			const expected = (await same(indicatorSeries, params)) as unknown[];
			expect(expected.length).toBeGreaterThan(1);
		}
		expect(await indicatorSeries(tier, { indicator: 'internet-users', countries: [] })).toEqual([]);
	});
	it('ranking with ties, windows and lower-is-better', async () => {
		for (const params of [
			{ indicator: 'internet-users', year: 2021, window: 2 },
			{ indicator: 'mobile-broadband-price-gni', year: 2024, window: 0, lowerIsBetter: true },
			{ indicator: 'schools-internet-primary', year: 2022, window: 5 },
			{ indicator: 'internet-users', year: 1900 } // no value at all: every country listed without one
		]) {
			await same(indicatorRanking, params);
		}
	});
});

describe('edge cases found in the data', () => {
	it('one-year indicators', async () => {
		const catalogue = await indicatorCatalogue(duckdb);
		const oneYear = catalogue.filter((c) => c.first !== null && c.first === c.last);
		expect(oneYear.length).toBeGreaterThan(0);
		for (const c of oneYear.slice(0, 4)) {
			await same(compareChart, { chart: 'line', indicator: c.id, from: c.first!, to: c.last!, align: 'year' } as CompareParams);
			await same(compareChart, { chart: 'bar', indicator: c.id, year: c.last!, window: 0, lowerIsBetter: false } as CompareParams);
			await same(compareSlope, { indicator: c.id, from: c.first!, to: c.last! });
		}
	});

	it('tied values share a rank', async () => {
		const ties = await duckdb.query<{ indicator: string; year: number }>(
			`SELECT indicator, year FROM observations GROUP BY indicator, year, value HAVING count(*) > 1
			 ORDER BY count(*) DESC, indicator, year LIMIT 5`
		);
		expect(ties.length).toBeGreaterThan(0);
		for (const { indicator, year } of ties) {
			const rows = (await same(indicatorRanking, { indicator, year })) as { rank: number | null }[];
			const ranks = rows.map((r) => r.rank).filter((r) => r !== null);
			expect(new Set(ranks).size).toBeLessThan(ranks.length);
		}
	});

	it('a group with one member, or none', async () => {
		await duckdb.load(['observations', 'memberships']);
		const single = await duckdb.query<{ indicator: string; year: number }>(
			`SELECT indicator, year FROM observations o
			 GROUP BY indicator, year
			 HAVING count(*) FILTER (WHERE iso3 NOT IN (SELECT iso3 FROM memberships WHERE org = 'smart-africa' AND status IN ('member', 'member-unconfirmed'))) = 1
			    AND count(*) > 3
			 ORDER BY indicator, year LIMIT 3`
		);
		expect(single.length).toBeGreaterThan(0);
		for (const { indicator, year } of single) {
			const data = (await same(compareChart, { chart: 'bar', indicator, year, window: 0, lowerIsBetter: false })) as { stats: { n: number }[] };
			expect(data.stats.map((s) => s.n)).toContain(1);
			await same(compareScatter, { x: indicator, y: indicator, year });
			await same(compareSlope, { indicator, from: year, to: year });
		}
	});

	it('takes text from outside as values, never as code', async () => {
		const hostile = "') || (globalThis.pwned = true) || ('";
		const g = globalThis as { pwned?: boolean };
		for (const params of [
			{ indicator: 'internet-users', countries: [hostile, 'd => true', 'NGA'], from: 2015, to: 2016 },
			{ indicator: hostile, countries: null }
		]) {
			await same(indicatorSeries, params).catch((e) => {
				// An unknown indicator is a missing file for the tier, an empty answer for DuckDB.
				expect(String(e)).toMatch(/ENOENT/);
			});
		}
		expect((await indicatorSeries(tier, { indicator: 'internet-users', countries: [hostile, 'NGA'], from: 2015, to: 2016 })).map((r) => r.iso3)).toEqual(['NGA', 'NGA']);
		await expect(runTwin(tierTables(aq, async () => new Uint8Array()), 'constructor', {})).rejects.toBeInstanceOf(NoTwin);
		await expect(runTwin(tierTables(aq, async () => new Uint8Array()), '__proto__', {})).rejects.toBeInstanceOf(NoTwin);
		expect(g.pwned).toBeUndefined();
	});

	it('leaves anything without a twin to DuckDB', async () => {
		await expect(indicatorCatalogue(tier)).rejects.toBeInstanceOf(NoTwin);
		await expect(tier.query()).rejects.toBeInstanceOf(NoTwin);
	});

	it('fetched only the tier files, never the whole tables', () => {
		expect(fetched.length).toBeGreaterThan(5);
		expect(fetched.every((p) => p.startsWith('tier/'))).toBe(true);
	});
});

describe('education panels', () => {
	it('schools at every level, skills of every type, and the connectivity pairs', async () => {
		const { SCHOOL_LEVELS, SKILLS, PAIRS, PAIR_MAX_GAP, pairIndicators, schoolsLatest, skillsLatest, connectivityPair } = await import('$lib/queries/education');
		for (const level of SCHOOL_LEVELS) expect(((await same(schoolsLatest, { level })) as unknown[]).length).toBeGreaterThan(3);
		for (const skill of SKILLS) expect(((await same(skillsLatest, { skill })) as unknown[]).length).toBeGreaterThan(0);
		for (const pair of Object.keys(PAIRS) as (keyof typeof PAIRS)[]) {
			for (const level of SCHOOL_LEVELS) {
				const rows = (await same(connectivityPair, { ...pairIndicators(pair, level), maxGap: PAIR_MAX_GAP })) as { x: number | null }[];
				expect(rows.length).toBeGreaterThan(3);
			}
		}
		// A gap of 0: only x of y's own year.
		await same(connectivityPair, { ...pairIndicators('internet', 'primary'), maxGap: 0 });
	});
});

describe('data explorer: preview and downloads', () => {
	const explorerFetched: string[] = [];
	const explorer = new TierEngine(async (name, params) =>
		structuredClone(
			await runTwin(
				tierTables(aq, async (path) => {
					explorerFetched.push(path);
					return readFileSync(`static/data/${path}`);
				}),
				name,
				structuredClone(params)
			)
		)
	);
	async function sameRows(params: DataRowsParams) {
		const expected = await filteredObservations(duckdb, params);
		expect(rounded(await filteredObservations(explorer, params))).toEqual(rounded(expected));
		return expected;
	}

	it('filters by countries, indicators and years, with flags and both names', async () => {
		const rows = await sameRows({ countries: ['TGO', 'SEN', 'RWA', 'KEN'], indicators: ['internet-users'], from: null, to: null });
		expect(rows.length).toBeGreaterThan(50);
		// Two indicators, one without any value for a country; years on both ends; French names.
		const two = await sameRows({ countries: ['CIV', 'ESH', 'NGA', 'RWA', 'KEN', 'SEN'], indicators: ['schools-internet-primary', 'internet-users'], from: 2010, to: 2022 });
		expect(new Set(two.map((r) => r.indicator))).toEqual(new Set(['schools-internet-primary', 'internet-users']));
		expect(two.some((r) => r.country_fr === 'Côte d’Ivoire' || r.country_fr.startsWith('Côte'))).toBe(true);
		// Rows with a flag keep it.
		const [flagged] = await duckdb.query<{ indicator: string; iso3: string }>('SELECT indicator, iso3 FROM observations WHERE flag IS NOT NULL ORDER BY indicator, iso3 LIMIT 1');
		const withFlag = await sameRows({ countries: [flagged.iso3], indicators: [flagged.indicator], from: null, to: null });
		expect(withFlag.some((r) => r.flag !== null)).toBe(true);
		// Named indicators need their slices only, never the whole observations file.
		expect(explorerFetched).not.toContain('observations.arrow');
	});

	it('every indicator (the whole observations file), every country, an empty filter and a limit', async () => {
		const all = await sameRows({ countries: null, indicators: null, from: 2020, to: 2021 });
		expect(all.length).toBeGreaterThan(1000);
		expect(explorerFetched).toContain('observations.arrow');
		expect(await sameRows({ countries: [], indicators: ['internet-users'], from: null, to: null })).toEqual([]);
		expect(await sameRows({ countries: ['TGO'], indicators: ['internet-users'], from: 2030, to: null })).toEqual([]);
		expect(await sameRows({ countries: ['TGO'], indicators: ['internet-users'], from: 2024, to: 2000 })).toEqual([]);
		expect(await sameRows({ countries: null, indicators: null, from: null, to: null, limit: 25 })).toHaveLength(25);
	});

	it('the indicators and sources a download cites', async () => {
		const indicators = await indicatorInfo(duckdb);
		expect(indicators).toHaveLength(138);
		expect(await indicatorInfo(explorer)).toEqual(indicators);
		const sources = await sourceInfo(duckdb);
		expect(sources.length).toBeGreaterThan(5);
		expect(await sourceInfo(explorer)).toEqual(sources);
	});
});
