/**
 * Queries behind the compare page: the catalogue of indicators (with their years), Smart Africa join
 * dates, and one bundle of queries per chart type. Medians and population-weighted means of members
 * and non-members are computed here, in SQL, over the countries that have a value.
 */
import { isFallback, type Engine } from '$lib/db/engine';
import { SMART_AFRICA_MEMBERS_SQL } from './groups';
import { indicatorRanking, type RankingRow, type SourceMeta } from './indicator';

/** One indicator as the pickers list it: names, unit, source and the years it covers. */
export interface CatalogueEntry {
	id: string;
	source_code: string;
	topic: string;
	family: string | null;
	name_en: string;
	name_fr: string;
	unit: string;
	unit_en: string;
	unit_fr: string;
	decimals: number;
	higher_is_better: boolean | null;
	valid_min: number | null;
	valid_max: number | null;
	source_id: string;
	/** First and last year with a value (null: no observation at all). */
	first: number | null;
	last: number | null;
	/** As in `indicatorYears`: the first year a third of the covered countries report, the last two thirds do. */
	first_well_covered: number | null;
	latest_well_covered: number | null;
	well_covered: boolean;
	/** Countries with at least one value. */
	countries: number;
}

/**
 * Every indicator with its years, in one statement. The coverage rules are those of `indicatorYears`
 * (the indicator page), so both pages start and end their charts in the same years.
 */
export async function indicatorCatalogue(db: Engine): Promise<CatalogueEntry[]> {
	await db.load(['indicators', 'observations']);
	return db.query<CatalogueEntry>(
		`WITH per_year AS (
		   SELECT indicator, year, count(*) AS n FROM observations GROUP BY indicator, year
		 ), covered AS (
		   SELECT indicator, count(DISTINCT iso3) AS n FROM observations GROUP BY indicator
		 ), years AS (
		   SELECT p.indicator, min(p.year) AS first, max(p.year) AS last,
		          min(p.year) FILTER (WHERE p.n * 3 >= c.n) AS first_well_covered,
		          max(p.year) FILTER (WHERE p.n * 3 >= c.n * 2) AS latest_well_covered,
		          any_value(c.n)::INTEGER AS countries
		   FROM per_year p JOIN covered c USING (indicator)
		   GROUP BY p.indicator
		 )
		 SELECT i.id, i.source_code, i.topic, i.family, i.name_en, i.name_fr, i.unit, i.unit_en, i.unit_fr, i.decimals,
		        i.higher_is_better, i.valid_min, i.valid_max, i.source_id,
		        y.first, y.last,
		        coalesce(y.first_well_covered, y.first) AS first_well_covered,
		        coalesce(y.latest_well_covered, y.last) AS latest_well_covered,
		        y.latest_well_covered IS NOT NULL AS well_covered,
		        coalesce(y.countries, 0)::INTEGER AS countries
		 FROM indicators i LEFT JOIN years y ON y.indicator = i.id
		 ORDER BY i.topic, i.family NULLS FIRST, i.id`
	);
}

/** Every source, for the source line under each chart. */
export async function sourceList(db: Engine): Promise<SourceMeta[]> {
	await db.load(['sources']);
	return db.query<SourceMeta>(
		'SELECT id, publisher, publisher_fr, dataset, dataset_fr, url, licence, licence_fr, licence_url, retrieved, citation FROM sources ORDER BY id'
	);
}

/** A Smart Africa member's join date, to the precision the sources give. */
export interface JoinDate {
	iso3: string;
	/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; null when no source dates the accession. */
	joined: string | null;
	precision: 'day' | 'month' | 'year' | 'unknown';
	/** The calendar year of `joined` (null when unknown): year 0 of "years since joining". */
	join_year: number | null;
	/** The date (or the membership itself) rests on inference. */
	uncertain: boolean;
	uncertain_reason: string | null;
	founding: boolean;
}

/** Join dates of the members (SMART_AFRICA_MEMBERS_SQL), known or not. */
export async function smartAfricaJoins(db: Engine): Promise<JoinDate[]> {
	await db.load(['memberships']);
	return db.query<JoinDate>(
		`SELECT iso3, joined, joined_precision AS precision,
		        CASE WHEN joined_precision IN ('day', 'month', 'year') THEN CAST(left(joined, 4) AS INTEGER) END AS join_year,
		        coalesce(uncertain, false) AS uncertain, uncertain_reason, coalesce(founding, false) AS founding
		 FROM memberships
		 WHERE org = 'smart-africa' AND iso3 IN (${SMART_AFRICA_MEMBERS_SQL})
		 ORDER BY iso3`
	);
}

/** Median and population-weighted mean of one group (members or not) at one point. */
export interface GroupStat {
	member: boolean;
	/** Median over the `n` countries with a value (null when none has one). */
	median: number | null;
	n: number;
	/** Σ value × population / Σ population over the `n_weighted` countries with both in the same year. */
	weighted_mean: number | null;
	n_weighted: number;
}

/** A group's statistics at one x: a calendar year, or years since joining when aligned. */
export interface PointStat extends GroupStat {
	x: number;
}

/** Values of one country, compactly (one entry per country rather than one object per point). */
export interface CompactSeries {
	iso3: string;
	years: number[];
	values: number[];
}

export type Align = 'year' | 'joined';

export interface LineParams {
	indicator: string;
	from: number;
	to: number;
	align: Align;
}

export interface LineData {
	/** Every country's values from `from` to `to` (countries without any are absent). */
	series: CompactSeries[];
	/**
	 * Per calendar year, members and non-members; with `align: 'joined'`, per year since joining, members
	 * with a known join year only (non-members have no such year).
	 */
	stats: PointStat[];
}

/** SQL for a group statistic over `v` (values) left-joined to `p` (population of the same year). */
const STATS_SQL = `median(v.value) AS median, count(*)::INTEGER AS n,
	sum(v.value * p.value) / sum(p.value) AS weighted_mean, count(p.value)::INTEGER AS n_weighted`;
const POPULATION_JOIN = `LEFT JOIN observations p ON p.indicator = 'population' AND p.iso3 = v.iso3 AND p.year = v.year`;

/** The line chart: every series in the range, and the group statistics per year (or per year since joining). */
export async function compareLine(db: Engine, { indicator, from, to, align }: LineParams): Promise<LineData> {
	await db.load(['observations', 'memberships']);
	const points = await db.query<{ iso3: string; year: number; value: number }>(
		'SELECT iso3, year, value FROM observations WHERE indicator = ? AND year BETWEEN ? AND ? ORDER BY iso3, year',
		[indicator, from, to]
	);
	const stats =
		align === 'joined'
			? await db.query<PointStat>(
					`WITH joins AS (
					   SELECT iso3, CAST(left(joined, 4) AS INTEGER) AS join_year FROM memberships
					   WHERE org = 'smart-africa' AND iso3 IN (${SMART_AFRICA_MEMBERS_SQL}) AND joined_precision IN ('day', 'month', 'year')
					 )
					 SELECT v.year - j.join_year AS x, true AS member, ${STATS_SQL}
					 FROM observations v JOIN joins j ON j.iso3 = v.iso3 ${POPULATION_JOIN}
					 WHERE v.indicator = ? AND v.year BETWEEN ? AND ?
					 GROUP BY ALL ORDER BY x`,
					[indicator, from, to]
				)
			: await db.query<PointStat>(
					`SELECT v.year AS x, v.iso3 IN (${SMART_AFRICA_MEMBERS_SQL}) AS member, ${STATS_SQL}
					 FROM observations v ${POPULATION_JOIN}
					 WHERE v.indicator = ? AND v.year BETWEEN ? AND ?
					 GROUP BY ALL ORDER BY x, member DESC`,
					[indicator, from, to]
				);
	return { series: compact(points), stats };
}

function compact(points: { iso3: string; year: number; value: number }[]): CompactSeries[] {
	const out: CompactSeries[] = [];
	for (const p of points) {
		let last = out[out.length - 1];
		if (!last || last.iso3 !== p.iso3) out.push((last = { iso3: p.iso3, years: [], values: [] }));
		last.years.push(p.year);
		last.values.push(p.value);
	}
	return out;
}

/** Both groups, members first, with an empty statistic for a group that has no value. */
function bothGroups<T extends { member: boolean }>(rows: T[], empty: (member: boolean) => T): T[] {
	return [true, false].map((member) => rows.find((r) => r.member === member) ?? empty(member));
}
const emptyStat = (member: boolean): GroupStat => ({ member, median: null, n: 0, weighted_mean: null, n_weighted: 0 });

export interface RankingParams {
	indicator: string;
	year: number;
	/** Years to look back for a country's latest value (see `rankingWindow`); 0 for the exact year. */
	window: number;
	lowerIsBetter: boolean;
}

export interface RankingData {
	/** All 55 countries, best first, those without a value last (`indicatorRanking`). */
	rows: RankingRow[];
	/** Members, then non-members, over the same values as the rows. */
	stats: GroupStat[];
}

/** The bar chart and the map: every country's value for a year (or its latest in the window), and group statistics. */
export async function compareRanking(db: Engine, params: RankingParams): Promise<RankingData> {
	await db.load(['observations', 'memberships', 'countries']);
	const [rows, stats] = await Promise.all([
		indicatorRanking(db, params),
		db.query<GroupStat>(
			`WITH v AS (
			   SELECT iso3, arg_max(value, year) AS value, max(year) AS year
			   FROM observations WHERE indicator = ? AND year BETWEEN ? AND ? GROUP BY iso3
			 )
			 SELECT v.iso3 IN (${SMART_AFRICA_MEMBERS_SQL}) AS member, ${STATS_SQL}
			 FROM v ${POPULATION_JOIN}
			 GROUP BY ALL`,
			[params.indicator, params.year - params.window, params.year]
		)
	]);
	return { rows, stats: bothGroups(stats, emptyStat) };
}

export interface SlopeParams {
	indicator: string;
	from: number;
	to: number;
}

export interface SlopeRow {
	iso3: string;
	/** Value in `from` and in `to`; null where the country has none that year. */
	start: number | null;
	end: number | null;
}

/** A group's statistics at both ends, over the countries with a value in both years (a balanced panel). */
export interface SlopeStat {
	member: boolean;
	n: number;
	median_start: number | null;
	median_end: number | null;
	n_weighted: number;
	weighted_start: number | null;
	weighted_end: number | null;
}

export interface SlopeData {
	/** All 55 countries, by ISO3. */
	rows: SlopeRow[];
	stats: SlopeStat[];
}

/** The slope chart: each country's value in two years, and group medians over countries with both. */
export async function compareSlope(db: Engine, { indicator, from, to }: SlopeParams): Promise<SlopeData> {
	await db.load(['observations', 'memberships', 'countries']);
	const ends = `a AS (SELECT iso3, value FROM observations WHERE indicator = ? AND year = ?),
		 b AS (SELECT iso3, value FROM observations WHERE indicator = ? AND year = ?)`;
	const endParams = [indicator, from, indicator, to];
	const [rows, stats] = await Promise.all([
		db.query<SlopeRow>(
			`WITH ${ends}
			 SELECT c.iso3, a.value AS start, b.value AS "end"
			 FROM countries c LEFT JOIN a ON a.iso3 = c.iso3 LEFT JOIN b ON b.iso3 = c.iso3
			 ORDER BY c.iso3`,
			endParams
		),
		db.query<SlopeStat>(
			`WITH ${ends},
			 pa AS (SELECT iso3, value FROM observations WHERE indicator = 'population' AND year = ?),
			 pb AS (SELECT iso3, value FROM observations WHERE indicator = 'population' AND year = ?)
			 SELECT a.iso3 IN (${SMART_AFRICA_MEMBERS_SQL}) AS member, count(*)::INTEGER AS n,
			        median(a.value) AS median_start, median(b.value) AS median_end,
			        count(pa.value * pb.value)::INTEGER AS n_weighted,
			        sum(a.value * pa.value) FILTER (WHERE pb.value IS NOT NULL) / sum(pa.value) FILTER (WHERE pb.value IS NOT NULL) AS weighted_start,
			        sum(b.value * pb.value) FILTER (WHERE pa.value IS NOT NULL) / sum(pb.value) FILTER (WHERE pa.value IS NOT NULL) AS weighted_end
			 FROM a JOIN b ON b.iso3 = a.iso3
			 LEFT JOIN pa ON pa.iso3 = a.iso3 LEFT JOIN pb ON pb.iso3 = a.iso3
			 GROUP BY ALL`,
			[...endParams, from, to]
		)
	]);
	return {
		rows,
		stats: bothGroups(stats, (member) => ({
			member,
			n: 0,
			median_start: null,
			median_end: null,
			n_weighted: 0,
			weighted_start: null,
			weighted_end: null
		}))
	};
}

export interface ScatterParams {
	x: string;
	y: string;
	year: number;
}

export interface ScatterRow {
	iso3: string;
	/** Values of the two indicators in the year; null where the country has none. */
	x: number | null;
	y: number | null;
	/** Population in the year, or the latest before it (it sizes the point). */
	population: number | null;
}

/** Medians of a group over the countries with both values. */
export interface ScatterStat {
	member: boolean;
	n: number;
	median_x: number | null;
	median_y: number | null;
}

export interface ScatterData {
	rows: ScatterRow[];
	stats: ScatterStat[];
}

/** The scatter chart: two indicators in one year for every country, with population for the point size. */
export async function compareScatter(db: Engine, { x, y, year }: ScatterParams): Promise<ScatterData> {
	await db.load(['observations', 'memberships', 'countries']);
	const values = `xv AS (SELECT iso3, value FROM observations WHERE indicator = ? AND year = ?),
		 yv AS (SELECT iso3, value FROM observations WHERE indicator = ? AND year = ?)`;
	const [rows, stats] = await Promise.all([
		db.query<ScatterRow>(
			`WITH ${values},
			 pop AS (SELECT iso3, arg_max(value, year) AS value FROM observations WHERE indicator = 'population' AND year <= ? GROUP BY iso3)
			 SELECT c.iso3, xv.value AS x, yv.value AS y, pop.value AS population
			 FROM countries c LEFT JOIN xv ON xv.iso3 = c.iso3 LEFT JOIN yv ON yv.iso3 = c.iso3 LEFT JOIN pop ON pop.iso3 = c.iso3
			 ORDER BY c.iso3`,
			[x, year, y, year, year]
		),
		db.query<ScatterStat>(
			`WITH ${values}
			 SELECT xv.iso3 IN (${SMART_AFRICA_MEMBERS_SQL}) AS member, count(*)::INTEGER AS n,
			        median(xv.value) AS median_x, median(yv.value) AS median_y
			 FROM xv JOIN yv ON yv.iso3 = xv.iso3
			 GROUP BY ALL`,
			[x, year, y, year]
		)
	]);
	return { rows, stats: bothGroups(stats, (member) => ({ member, n: 0, median_x: null, median_y: null })) };
}

/** What one view of the compare page asks for: the chart type decides the query. */
export type CompareParams =
	| ({ chart: 'line' } & LineParams)
	| ({ chart: 'bar' | 'map' } & RankingParams)
	| ({ chart: 'slope' } & SlopeParams)
	| ({ chart: 'scatter' } & ScatterParams);

export type CompareData =
	| ({ chart: 'line' } & LineData)
	| ({ chart: 'bar' | 'map' } & RankingData)
	| ({ chart: 'slope' } & SlopeData)
	| ({ chart: 'scatter' } & ScatterData);

/** Runs the queries of one view: the page re-runs this on DuckDB-WASM for any state but the prerendered one. */
export async function compareChart(db: Engine, params: CompareParams): Promise<CompareData> {
	// Without DuckDB the same bundle comes from the queries' JavaScript twins (fallback.ts).
	const run = (isFallback(db) ? await import('./fallback') : { compareLine, compareRanking, compareSlope, compareScatter }) as {
		compareLine: typeof compareLine;
		compareRanking: typeof compareRanking;
		compareSlope: typeof compareSlope;
		compareScatter: typeof compareScatter;
	};
	switch (params.chart) {
		case 'line':
			return { chart: 'line', ...(await run.compareLine(db, params)) };
		case 'bar':
		case 'map':
			return { chart: params.chart, ...(await run.compareRanking(db, params)) };
		case 'slope':
			return { chart: 'slope', ...(await run.compareSlope(db, params)) };
		case 'scatter':
			return { chart: 'scatter', ...(await run.compareScatter(db, params)) };
	}
}
