/**
 * Queries behind the compare page: the catalogue of indicators (with their years), Smart Africa join
 * dates, and one bundle of queries per chart type. Medians and population-weighted means of members
 * and non-members are computed here, in SQL, over the countries that have a value.
 */
import type { Engine } from '$lib/db/engine';
import { defineQuery, objects, type Table, type TierTables } from '$lib/db/query';
import { SMART_AFRICA_MEMBERS_SQL } from './groups';
import { indicatorRanking, latestValues, type IndicatorDefinition, type RankingRow, type SourceMeta } from './indicator';

/** One indicator as the pickers list it: names, unit, source and the years it covers. */
export interface CatalogueEntry extends IndicatorDefinition {
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
		'SELECT id, publisher, publisher_fr, dataset, dataset_fr, url, licence, licence_fr, licence_url, retrieved, citation, citation_fr FROM sources ORDER BY id'
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

/** One group's statistics: members (or not), over `n` countries. */
export interface GroupCount {
	member: boolean;
	n: number;
}

/** A chart's countries and its two groups' statistics (members, then non-members). */
export interface RowsAndStats<Row, Stat extends GroupCount> {
	rows: Row[];
	stats: Stat[];
}

/** Median and population-weighted mean of one group (members or not) at one point. */
export interface GroupStat extends GroupCount {
	/** Median over the `n` countries with a value (null when none has one). */
	median: number | null;
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
export const compareLine = defineQuery<LineParams, LineData>({
	name: 'compareLine',
	async sql(db, { indicator, from, to, align }) {
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
	},
	twin: lineTwin
});

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

/** All 55 countries, best first, those without a value last (`indicatorRanking`); the groups over the same values. */
export type RankingData = RowsAndStats<RankingRow, GroupStat>;

/** The bar chart and the map: every country's value for a year (or its latest in the window), and group statistics. */
export const compareRanking = defineQuery<RankingParams, RankingData>({
	name: 'compareRanking',
	async sql(db, params) {
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
	},
	twin: rankingTwin
});

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
export interface SlopeStat extends GroupCount {
	median_start: number | null;
	median_end: number | null;
	n_weighted: number;
	weighted_start: number | null;
	weighted_end: number | null;
}

/** All 55 countries, by ISO3, and the groups' statistics. */
export type SlopeData = RowsAndStats<SlopeRow, SlopeStat>;

/** The slope chart: each country's value in two years, and group medians over countries with both. */
export const compareSlope = defineQuery<SlopeParams, SlopeData>({
	name: 'compareSlope',
	async sql(db, { indicator, from, to }) {
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
	},
	twin: slopeTwin
});

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
export interface ScatterStat extends GroupCount {
	median_x: number | null;
	median_y: number | null;
}

export type ScatterData = RowsAndStats<ScatterRow, ScatterStat>;

/** The scatter chart: two indicators in one year for every country, with population for the point size. */
export const compareScatter = defineQuery<ScatterParams, ScatterData>({
	name: 'compareScatter',
	async sql(db, { x, y, year }) {
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
	},
	twin: scatterTwin
});

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

/** Runs the queries of one view: the page re-runs this (on the tier, else DuckDB-WASM) for any state but the prerendered one. */
export async function compareChart(db: Engine, params: CompareParams): Promise<CompareData> {
	switch (params.chart) {
		case 'line':
			return { chart: 'line', ...(await compareLine(db, params)) };
		case 'bar':
		case 'map':
			return { chart: params.chart, ...(await compareRanking(db, params)) };
		case 'slope':
			return { chart: 'slope', ...(await compareSlope(db, params)) };
		case 'scatter':
			return { chart: 'scatter', ...(await compareScatter(db, params)) };
	}
}

// The Arquero twins of the views above (query.ts): the same answers from the tier's files, tested
// equal to DuckDB's in compare-twins.test.ts. Expressions are escaped functions and column names.

type Obs = { iso3: string; year: number; value: number };

/** Smart Africa members (confirmed or not), as SMART_AFRICA_MEMBERS_SQL. */
async function memberSet({ aq, memberships }: TierTables): Promise<Set<string>> {
	const members = (await memberships()).filter(aq.escape((m: { status: string }) => m.status === 'member' || m.status === 'member-unconfirmed'));
	return new Set(members.array('iso3') as string[]);
}

/** An indicator's values in one year, in a column named `as`. */
async function valuesIn({ aq, indicator: slice }: TierTables, indicator: string, year: number, as: string): Promise<Table> {
	return (await slice(indicator))
		.filter(aq.escape((d: Obs) => d.year === year))
		.select('iso3', 'value')
		.rename({ value: as });
}

/** Population of the same country and year, as `pop` (POPULATION_JOIN). */
async function withPopulation(tables: TierTables, t: Table): Promise<Table> {
	const population = (await tables.indicator('population')).select('iso3', 'year', 'value').rename({ value: 'pop' });
	return t.lookup(population, [['iso3', 'year'], ['iso3', 'year']], 'pop');
}

/** STATS_SQL per group of `keys` over `value` and `pop`. */
function groupStats({ aq }: TierTables, t: Table, keys: string[]): Table {
	const { op, escape } = aq;
	return t
		.derive({ weighted: escape((d: { value: number; pop: number | null }) => (d.pop === null || d.pop === undefined ? null : d.value * d.pop)) })
		.groupby(...keys)
		.rollup({ median: op.median('value'), n: op.count(), weighted_sum: op.sum('weighted'), pop_sum: op.sum('pop'), n_weighted: op.valid('pop') })
		.derive({ weighted_mean: escape((d: { n_weighted: number; weighted_sum: number; pop_sum: number }) => (d.n_weighted === 0 ? null : d.weighted_sum / d.pop_sum)) })
		.select(...keys, 'median', 'n', 'weighted_mean', 'n_weighted');
}

async function lineTwin(tables: TierTables, { indicator, from, to, align }: LineParams): Promise<LineData> {
	const { aq } = tables;
	const [slice, members] = await Promise.all([tables.indicator(indicator), memberSet(tables)]);
	const points = slice.filter(aq.escape((d: Obs) => d.year >= from && d.year <= to)).orderby('iso3', 'year');
	let grouped: Table;
	if (align === 'joined') {
		const joins = (await tables.memberships())
			.filter(aq.escape((m: { iso3: string; joined_precision: string }) => members.has(m.iso3) && ['day', 'month', 'year'].includes(m.joined_precision)))
			.derive({ join_year: aq.escape((m: { joined: string }) => Number(m.joined.slice(0, 4))) })
			.select('iso3', 'join_year');
		grouped = points
			.join(joins, 'iso3')
			.derive({ x: aq.escape((d: Obs & { join_year: number }) => d.year - d.join_year), member: aq.escape(() => true) });
	} else {
		grouped = points.derive({ x: aq.escape((d: Obs) => d.year), member: aq.escape((d: Obs) => members.has(d.iso3)) });
	}
	const stats = groupStats(tables, await withPopulation(tables, grouped), ['x', 'member']).orderby('x', aq.desc('member'));
	return { series: compact(objects<Obs>(points.select('iso3', 'year', 'value'))), stats: objects<PointStat>(stats) };
}

async function rankingTwin(tables: TierTables, params: RankingParams): Promise<RankingData> {
	const { aq } = tables;
	const [rows, latest, members] = await Promise.all([
		indicatorRanking.def.twin!(tables, params),
		latestValues(tables, params.indicator, params.year, params.window),
		memberSet(tables)
	]);
	const grouped = await withPopulation(tables, latest.derive({ member: aq.escape((d: Obs) => members.has(d.iso3)) }));
	return { rows, stats: bothGroups(objects<GroupStat>(groupStats(tables, grouped, ['member'])), emptyStat) };
}

async function slopeTwin(tables: TierTables, { indicator, from, to }: SlopeParams): Promise<SlopeData> {
	const { aq } = tables;
	const { op, escape } = aq;
	const [a, b, pa, pb, countries, members] = await Promise.all([
		valuesIn(tables, indicator, from, 'start'),
		valuesIn(tables, indicator, to, 'end'),
		valuesIn(tables, 'population', from, 'pa'),
		valuesIn(tables, 'population', to, 'pb'),
		tables.countries(),
		memberSet(tables)
	]);
	const rows = countries.lookup(a, 'iso3', 'start').lookup(b, 'iso3', 'end').orderby('iso3');
	type Both = { iso3: string; start: number; end: number; pa: number | null; pb: number | null };
	// Weighted only where the population is known in both years (a balanced panel).
	const weighted = (d: Both) => d.pa !== null && d.pa !== undefined && d.pb !== null && d.pb !== undefined;
	const stats = a
		.join(b, 'iso3')
		.lookup(pa, 'iso3', 'pa')
		.lookup(pb, 'iso3', 'pb')
		.derive({
			member: escape((d: Both) => members.has(d.iso3)),
			ws: escape((d: Both) => (weighted(d) ? d.start * d.pa! : null)),
			we: escape((d: Both) => (weighted(d) ? d.end * d.pb! : null)),
			wpa: escape((d: Both) => (weighted(d) ? d.pa : null)),
			wpb: escape((d: Both) => (weighted(d) ? d.pb : null))
		})
		.groupby('member')
		.rollup({
			n: op.count(),
			median_start: op.median('start'),
			median_end: op.median('end'),
			n_weighted: op.valid('wpa'),
			ws: op.sum('ws'),
			we: op.sum('we'),
			wpa: op.sum('wpa'),
			wpb: op.sum('wpb')
		})
		.derive({
			weighted_start: escape((d: { n_weighted: number; ws: number; wpa: number }) => (d.n_weighted === 0 ? null : d.ws / d.wpa)),
			weighted_end: escape((d: { n_weighted: number; we: number; wpb: number }) => (d.n_weighted === 0 ? null : d.we / d.wpb))
		})
		.select('member', 'n', 'median_start', 'median_end', 'n_weighted', 'weighted_start', 'weighted_end');
	return {
		rows: objects<SlopeRow>(rows),
		stats: bothGroups(objects<SlopeStat>(stats), (member) => ({
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

async function scatterTwin(tables: TierTables, { x, y, year }: ScatterParams): Promise<ScatterData> {
	const { aq } = tables;
	const [xv, yv, population, countries, members] = await Promise.all([
		valuesIn(tables, x, year, 'x'),
		valuesIn(tables, y, year, 'y'),
		latestValues(tables, 'population', year, Infinity),
		tables.countries(),
		memberSet(tables)
	]);
	const rows = countries
		.lookup(xv, 'iso3', 'x')
		.lookup(yv, 'iso3', 'y')
		.lookup(population.rename({ value: 'population' }), 'iso3', 'population')
		.orderby('iso3');
	const stats = xv
		.join(yv, 'iso3')
		.derive({ member: aq.escape((d: { iso3: string }) => members.has(d.iso3)) })
		.groupby('member')
		.rollup({ n: aq.op.count(), median_x: aq.op.median('x'), median_y: aq.op.median('y') });
	return {
		rows: objects<ScatterRow>(rows),
		stats: bothGroups(objects<ScatterStat>(stats), (member) => ({ member, n: 0, median_x: null, median_y: null }))
	};
}
