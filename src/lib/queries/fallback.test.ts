/**
 * The JavaScript fallback (no DuckDB) answers the compare and indicator pages' views exactly as DuckDB does: each
 * query runs on native DuckDB over the Parquet files and on the fallback over the Arrow files the
 * browser fetches, across indicators with different coverage, both alignments, windows and ties.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FallbackEngine } from '$lib/db/fallback';
import { NodeEngine } from '$lib/db/node';
import { compareChart, type CompareParams } from './compare';
import { indicatorRanking, indicatorSeries } from './indicator';

let duckdb: NodeEngine;
let fallback: FallbackEngine;
beforeAll(async () => {
	duckdb = new NodeEngine();
	fallback = new FallbackEngine(async (table) => readFileSync(`static/data/${table}.arrow`), 'failed');
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
	{ chart: 'bar', indicator: 'internet-users', year: 2022, window: 0, lowerIsBetter: false },
	{ chart: 'map', indicator: 'mobile-subscriptions', year: 2023, window: 3, lowerIsBetter: false },
	{ chart: 'bar', indicator: 'egov-osi', year: 2024, window: 0, lowerIsBetter: false },
	{ chart: 'slope', indicator: 'internet-users', from: 2013, to: 2023 },
	{ chart: 'slope', indicator: 'electricity-access', from: 2000, to: 2021 },
	{ chart: 'scatter', x: 'gdp-per-capita', y: 'internet-users', year: 2021 },
	{ chart: 'scatter', x: 'electricity-access', y: 'schools-electricity-primary', year: 2020 }
];

describe('compare views', () => {
	for (const view of views) {
		it(`${view.chart} ${JSON.stringify(view)}`, async () => {
			const expected = await compareChart(duckdb, view);
			const actual = await compareChart(fallback, view);
			expect(rounded(actual)).toEqual(rounded(expected));
			// Not vacuous: the view has data.
			expect(JSON.stringify(expected)).toMatch(/\d+\.\d/);
		});
	}
});

describe('indicator page', () => {
	it('series for some countries and for all', async () => {
		for (const params of [
			{ indicator: 'internet-users', countries: ['TGO', 'SEN', 'MLI'], from: 2000 },
			{ indicator: 'mobile-broadband-price-gni', countries: null, from: null, to: 2024 }
		]) {
			const expected = await indicatorSeries(duckdb, params);
			expect(expected.length).toBeGreaterThan(10);
			expect(await indicatorSeries(fallback, params)).toEqual(expected);
		}
	});
	it('ranking with ties, windows and lower-is-better', async () => {
		for (const params of [
			{ indicator: 'internet-users', year: 2021, window: 2 },
			{ indicator: 'mobile-broadband-price-gni', year: 2024, window: 0, lowerIsBetter: true },
			{ indicator: 'schools-internet-primary', year: 2022, window: 5 }
		]) {
			const expected = await indicatorRanking(duckdb, params);
			expect(await indicatorRanking(fallback, params)).toEqual(expected);
		}
	});
	it('says advanced queries are unavailable for anything else', async () => {
		await expect(fallback.query('SELECT 1')).rejects.toThrow(/unavailable/);
	});
});
