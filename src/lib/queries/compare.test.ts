/**
 * The compare page's queries on both engines (native DuckDB over Parquet, DuckDB-WASM over Arrow). The
 * expected values are worked out here from the curated CSV files, independently of the data build and
 * of SQL: medians by sorting, weighted means by summing.
 */
import { expect, it } from 'vitest';
import { curatedObservations, curatedTable } from '../../../tests/support/curated';
import { describeOnEngines } from '../../../tests/support/engines';
import {
	compareChart,
	compareLine,
	compareRanking,
	compareScatter,
	compareSlope,
	indicatorCatalogue,
	smartAfricaJoins,
	sourceList
} from './compare';
import { indicatorYears } from './indicator';

const observations = curatedObservations();
const indicators = curatedTable('data/indicators.csv');
const countries = curatedTable('data/countries.csv').map((c) => c.iso3);
const memberships = curatedTable('data/memberships.csv').filter((m) => m.org === 'smart-africa');
const members = new Set(memberships.filter((m) => m.status === 'member' || m.status === 'member-unconfirmed').map((m) => m.iso3));
const joinYear = new Map(
	memberships
		.filter((m) => members.has(m.iso3) && ['day', 'month', 'year'].includes(m.joined_precision))
		.map((m) => [m.iso3, Number(m.joined.slice(0, 4))])
);

const valueOf = (indicator: string, iso3: string, year: number) =>
	observations.find((o) => o.indicator === indicator && o.iso3 === iso3 && o.year === year)?.value ?? null;
const population = (iso3: string, year: number) => valueOf('population', iso3, year);

function median(values: number[]): number | null {
	if (values.length === 0) return null;
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Σ value × population / Σ population over the entries that have a population. */
function weightedMean(entries: { value: number; population: number | null }[]): number | null {
	const weighted = entries.filter((e) => e.population !== null);
	if (weighted.length === 0) return null;
	const total = weighted.reduce((s, e) => s + e.population!, 0);
	return weighted.reduce((s, e) => s + e.value * e.population!, 0) / total;
}


describeOnEngines('compare queries', (db) => {

	it('lists every indicator with the years of indicatorYears', async () => {
		const catalogue = await indicatorCatalogue(db);
		expect(catalogue.map((c) => c.id).sort()).toEqual(indicators.map((i) => i.id).sort());
		for (const id of ['internet-users', 'children-home-internet', 'mci-index', 'schools-internet-primary']) {
			const entry = catalogue.find((c) => c.id === id)!;
			const years = (await indicatorYears(db, id))!;
			expect(entry).toMatchObject({
				first: years.first,
				last: years.last,
				first_well_covered: years.firstWellCovered,
				latest_well_covered: years.latestWellCovered,
				well_covered: years.wellCovered
			});
			expect(entry.countries).toBe(new Set(observations.filter((o) => o.indicator === id).map((o) => o.iso3)).size);
		}
		const net = catalogue.find((c) => c.id === 'internet-users')!;
		expect(net).toMatchObject({ unit: 'percent', decimals: 1, source_id: 'wb-wdi-internet-2024', higher_is_better: true });
	});

	it('lists the sources with their licences', async () => {
		const sources = await sourceList(db);
		expect(sources.map((s) => s.id).sort()).toEqual(curatedTable('data/sources.csv').map((s) => s.id).sort());
		expect(sources.find((s) => s.id === 'wb-wdi-internet-2024')).toMatchObject({ licence: 'CC BY 4.0' });
	});

	it('gives each member its join year, or none when the sources do not date it', async () => {
		const joins = await smartAfricaJoins(db);
		expect(joins.map((j) => j.iso3).sort()).toEqual([...members].sort());
		for (const j of joins) expect(j.join_year).toBe(joinYear.get(j.iso3) ?? null);
		expect(joins.find((j) => j.iso3 === 'TGO')).toMatchObject({ joined: '2016-11', precision: 'month', join_year: 2016, uncertain: false });
		expect(joins.find((j) => j.iso3 === 'SEN')).toMatchObject({ precision: 'year', join_year: 2014, uncertain: true });
		expect(joins.find((j) => j.iso3 === 'TCD')).toMatchObject({ precision: 'unknown', join_year: null });
		expect(joins.some((j) => j.iso3 === 'BWA')).toBe(false); // in process, not a member
	});

	it('returns every series in the range, exactly as curated, with gaps left as gaps', async () => {
		const { series } = await compareLine(db, { indicator: 'internet-users', from: 2005, to: 2015, align: 'year' });
		const expected = observations.filter((o) => o.indicator === 'internet-users' && o.year >= 2005 && o.year <= 2015);
		expect(series.reduce((n, s) => n + s.years.length, 0)).toBe(expected.length);
		for (const iso3 of ['TGO', 'SEN', 'ERI', 'SSD']) {
			const mine = expected.filter((o) => o.iso3 === iso3).sort((a, b) => a.year - b.year);
			const got = series.find((s) => s.iso3 === iso3);
			expect(got ? got.years : []).toEqual(mine.map((o) => o.year));
			expect(got ? got.values : []).toEqual(mine.map((o) => o.value));
		}
		expect(series.some((s) => s.iso3 === 'ESH')).toBe(false); // no value at all: no series, never zeros
	});

	it('computes the median and population-weighted mean of members and non-members per year', async () => {
		const { stats } = await compareLine(db, { indicator: 'internet-users', from: 2015, to: 2022, align: 'year' });
		for (const year of [2015, 2019, 2022]) {
			for (const member of [true, false]) {
				const values = observations.filter((o) => o.indicator === 'internet-users' && o.year === year && members.has(o.iso3) === member);
				const stat = stats.find((s) => s.x === year && s.member === member)!;
				expect(stat.n).toBe(values.length);
				expect(stat.median).toBeCloseTo(median(values.map((v) => v.value))!, 9);
				const entries = values.map((v) => ({ value: v.value, population: population(v.iso3, year) }));
				expect(stat.weighted_mean).toBeCloseTo(weightedMean(entries)!, 9);
				expect(stat.n_weighted).toBe(entries.filter((e) => e.population !== null).length);
			}
		}
	});

	it('aligns members on their join year for the medians, leaving out undated members and non-members', async () => {
		const { stats } = await compareLine(db, { indicator: 'internet-users', from: 2000, to: 2023, align: 'joined' });
		expect(stats.every((s) => s.member)).toBe(true);
		for (const t of [-5, 0, 3]) {
			const values = observations.filter(
				(o) => o.indicator === 'internet-users' && o.year >= 2000 && joinYear.has(o.iso3) && o.year - joinYear.get(o.iso3)! === t
			);
			const stat = stats.find((s) => s.x === t)!;
			expect(stat.n).toBe(values.length);
			expect(stat.median).toBeCloseTo(median(values.map((v) => v.value))!, 9);
		}
	});

	it('ranks every country for a year with the groups’ medians over the same values', async () => {
		const { rows, stats } = await compareRanking(db, { indicator: 'internet-users', year: 2021, window: 0, lowerIsBetter: false });
		expect(rows).toHaveLength(countries.length);
		const values = observations.filter((o) => o.indicator === 'internet-users' && o.year === 2021);
		expect(rows.filter((r) => r.value !== null)).toHaveLength(values.length);
		expect(stats.map((s) => s.member)).toEqual([true, false]);
		for (const stat of stats) {
			const group = values.filter((v) => members.has(v.iso3) === stat.member);
			expect(stat.n).toBe(group.length);
			expect(stat.median).toBeCloseTo(median(group.map((v) => v.value))!, 9);
		}
	});

	it('takes each country’s latest value within a window for the medians too', async () => {
		const { rows, stats } = await compareRanking(db, { indicator: 'children-home-internet', year: 2019, window: 9, lowerIsBetter: false });
		const latest = new Map<string, { year: number; value: number }>();
		for (const o of observations.filter((o) => o.indicator === 'children-home-internet' && o.year >= 2010 && o.year <= 2019)) {
			if ((latest.get(o.iso3)?.year ?? 0) < o.year) latest.set(o.iso3, o);
		}
		expect(rows.filter((r) => r.value !== null)).toHaveLength(latest.size);
		const memberValues = [...latest].filter(([iso3]) => members.has(iso3)).map(([, v]) => v.value);
		expect(stats[0]).toMatchObject({ member: true, n: memberValues.length });
		expect(stats[0].median).toBeCloseTo(median(memberValues)!, 9);
	});

	it('gives each country its values in both years of a slope, with medians over countries that have both', async () => {
		const { rows, stats } = await compareSlope(db, { indicator: 'internet-users', from: 2012, to: 2022 });
		expect(rows).toHaveLength(countries.length);
		for (const r of rows) {
			expect(r.start).toBe(valueOf('internet-users', r.iso3, 2012));
			expect(r.end).toBe(valueOf('internet-users', r.iso3, 2022));
		}
		for (const stat of stats) {
			const both = rows.filter((r) => r.start !== null && r.end !== null && members.has(r.iso3) === stat.member);
			expect(stat.n).toBe(both.length);
			expect(stat.median_start).toBeCloseTo(median(both.map((r) => r.start!))!, 9);
			expect(stat.median_end).toBeCloseTo(median(both.map((r) => r.end!))!, 9);
			const weighted = both.filter((r) => population(r.iso3, 2012) !== null && population(r.iso3, 2022) !== null);
			expect(stat.n_weighted).toBe(weighted.length);
			expect(stat.weighted_end).toBeCloseTo(weightedMean(weighted.map((r) => ({ value: r.end!, population: population(r.iso3, 2022) })))!, 9);
		}
	});

	it('pairs two indicators for one year, sized by the latest population up to that year', async () => {
		const { rows, stats } = await compareScatter(db, { x: 'gdp-per-capita', y: 'internet-users', year: 2020 });
		expect(rows).toHaveLength(countries.length);
		for (const iso3 of ['TGO', 'SEN', 'ESH', 'ERI']) {
			const row = rows.find((r) => r.iso3 === iso3)!;
			expect(row.x).toBe(valueOf('gdp-per-capita', iso3, 2020));
			expect(row.y).toBe(valueOf('internet-users', iso3, 2020));
			const pops = observations.filter((o) => o.indicator === 'population' && o.iso3 === iso3 && o.year <= 2020);
			expect(row.population).toBe(pops.length ? pops.reduce((a, b) => (b.year > a.year ? b : a)).value : null);
		}
		const both = rows.filter((r) => r.x !== null && r.y !== null);
		expect(stats.reduce((n, s) => n + s.n, 0)).toBe(both.length);
		expect(stats[1].median_y).toBeCloseTo(median(both.filter((r) => !members.has(r.iso3)).map((r) => r.y!))!, 9);
	});

	it('dispatches on the chart type and labels the result with it', async () => {
		const bar = await compareChart(db, { chart: 'map', indicator: 'internet-users', year: 2020, window: 0, lowerIsBetter: false });
		expect(bar.chart).toBe('map');
		expect('rows' in bar && bar.rows).toHaveLength(countries.length);
	});
});
