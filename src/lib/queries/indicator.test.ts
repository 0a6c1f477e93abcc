/**
 * The indicator queries on both engines over the built data: native DuckDB reading the Parquet files, and
 * DuckDB-WASM (the browser's engine) reading the Arrow files. Expected values come from the curated CSV,
 * an independent path from the data build.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { describeOnEngines } from '../../../tests/support/engines';
import { indicatorMeta, indicatorRanking, indicatorSeries, indicatorYears, indicatorIds } from './indicator';

interface CsvObservation {
	iso3: string;
	indicator: string;
	year: string;
	value: string;
}
const curated = (parse(readFileSync('data/observations/wb-wdi-internet-2024.csv'), { columns: true }) as CsvObservation[]).filter(
	(r) => r.indicator === 'internet-users'
);
const countryCount = (parse(readFileSync('data/countries.csv'), { columns: true }) as unknown[]).length;


describeOnEngines('indicator queries', (db) => {

	it('lists the curated indicators', async () => {
		expect(await indicatorIds(db)).toContain('internet-users');
	});

	it('joins an indicator to its source, with dates as ISO strings', async () => {
		const meta = await indicatorMeta(db, 'internet-users');
		expect(meta).toMatchObject({ id: 'internet-users', source_code: 'IT.NET.USER.ZS', unit: 'percent', decimals: 1 });
		expect(meta!.source).toMatchObject({ publisher: 'World Bank', licence: 'CC BY 4.0' });
		expect(meta!.source.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(await indicatorMeta(db, 'no-such-indicator')).toBeNull();
	});

	it('returns the series of selected countries exactly as curated', async () => {
		const rows = await indicatorSeries(db, { indicator: 'internet-users', countries: ['TGO', 'SEN'], from: 2010 });
		const expected = curated
			.filter((r) => ['TGO', 'SEN'].includes(r.iso3) && +r.year >= 2010)
			.map((r) => ({ iso3: r.iso3, year: +r.year, value: +r.value }))
			.sort((a, b) => a.iso3.localeCompare(b.iso3) || a.year - b.year);
		expect(expected.length).toBeGreaterThan(20);
		expect(rows).toEqual(expected);
	});

	it('ranks every country for a year, listing those without a value last', async () => {
		const rows = await indicatorRanking(db, { indicator: 'internet-users', year: 2022 });
		expect(rows).toHaveLength(countryCount);
		const withValue = curated.filter((r) => r.year === '2022').sort((a, b) => +b.value - +a.value);
		expect(rows.slice(0, withValue.length).map((r) => [r.iso3, r.value])).toEqual(withValue.map((r) => [r.iso3, +r.value]));
		expect(rows[0].rank).toBe(1);
		const missing = rows.slice(withValue.length);
		expect(missing.every((r) => r.value === null && r.rank === null)).toBe(true);
		expect(missing.map((r) => r.iso3)).toContain('ESH');
	});

	it('ranks lowest first where lower is better', async () => {
		const rows = (await indicatorRanking(db, { indicator: 'internet-users', year: 2022, lowerIsBetter: true })).filter((r) => r.value !== null);
		const values = rows.map((r) => r.value!);
		expect(values).toEqual([...values].sort((a, b) => a - b));
		expect(rows[0].rank).toBe(1);
	});

	it('ranks each country on its latest value within a window, saying which year it is for', async () => {
		const rows = await indicatorRanking(db, { indicator: 'internet-users', year: 2023, window: 3 });
		const latest = new Map<string, { year: number; value: number }>();
		for (const r of curated.filter((r) => +r.year >= 2020 && +r.year <= 2023)) {
			const seen = latest.get(r.iso3);
			if (!seen || +r.year > seen.year) latest.set(r.iso3, { year: +r.year, value: +r.value });
		}
		const withValue = rows.filter((r) => r.value !== null);
		expect(withValue).toHaveLength(latest.size);
		for (const r of withValue) expect({ year: r.year, value: r.value }).toEqual(latest.get(r.iso3));
		expect(withValue.some((r) => r.year! < 2023)).toBe(true);
	});

	it('finds the year range and the latest well-covered year', async () => {
		const years = curated.map((r) => +r.year);
		const coverage = await indicatorYears(db, 'internet-users');
		expect(coverage).toMatchObject({ first: Math.min(...years), last: Math.max(...years), wellCovered: true });
		const countriesIn = (y: number) => new Set(curated.filter((r) => +r.year === y).map((r) => r.iso3)).size;
		const covered = new Set(curated.map((r) => r.iso3)).size;
		expect(countriesIn(coverage!.latestWellCovered) * 3).toBeGreaterThanOrEqual(covered * 2);
		for (let y = coverage!.latestWellCovered + 1; y <= coverage!.last; y++) expect(countriesIn(y) * 3).toBeLessThan(covered * 2);
		expect(countriesIn(coverage!.firstWellCovered) * 3).toBeGreaterThanOrEqual(covered);
		for (let y = coverage!.first; y < coverage!.firstWellCovered; y++) expect(countriesIn(y) * 3).toBeLessThan(covered);
	});
});
