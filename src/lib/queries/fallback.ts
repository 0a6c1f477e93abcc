/**
 * Arquero twins of the queries behind the compare and indicator pages' common views, for devices
 * without DuckDB-WASM (src/lib/db/fallback.ts). Each returns exactly what its SQL version returns —
 * fallback.test.ts checks them against native DuckDB on the real data.
 */
import { escape, from, op } from 'arquero';
import type { FallbackEngine } from '$lib/db/fallback';
import type {
	CompareData,
	CompareParams,
	GroupStat,
	LineData,
	LineParams,
	PointStat,
	RankingData,
	RankingParams,
	ScatterData,
	ScatterParams,
	SlopeData,
	SlopeParams,
	SlopeStat
} from './compare';
import type { RankingRow, SeriesPoint } from './indicator';

interface Observation {
	iso3: string;
	year: number;
	value: number;
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const orNull = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? null : x);

/** The observations of one indicator, optionally within years. */
async function observations(db: FallbackEngine, indicator: string, from = -Infinity, to = Infinity): Promise<Observation[]> {
	const table = await db.table('observations');
	return table
		.filter(escape((d: Observation & { indicator: string }) => d.indicator === indicator && d.year >= from && d.year <= to))
		.select('iso3', 'year', 'value')
		.objects() as Observation[];
}

/** Smart Africa members (confirmed or not), as in SMART_AFRICA_MEMBERS_SQL. */
async function members(db: FallbackEngine): Promise<Set<string>> {
	const table = await db.table('memberships');
	const rows = table.objects() as { org: string; iso3: string; status: string }[];
	return new Set(rows.filter((m) => m.org === 'smart-africa' && (m.status === 'member' || m.status === 'member-unconfirmed')).map((m) => m.iso3));
}

async function countryCodes(db: FallbackEngine): Promise<string[]> {
	return ((await db.table('countries')).array('iso3') as string[]).slice().sort(byCode);
}

/** Population by country and year, to weight means with. */
async function populationOf(db: FallbackEngine): Promise<(iso3: string, year: number) => number | null> {
	const byKey = new Map((await observations(db, 'population')).map((p) => [`${p.iso3} ${p.year}`, p.value]));
	return (iso3, year) => byKey.get(`${iso3} ${year}`) ?? null;
}

/** Aggregates rows per group; no rows, no groups (as SQL's GROUP BY over an empty set). */
function rollup<Row>(rows: object[], keys: string[], aggregates: Parameters<ReturnType<typeof from>['rollup']>[0]): Row[] {
	if (rows.length === 0) return [];
	return from(rows).groupby(keys).rollup(aggregates).objects() as Row[];
}

/** Median, count and population-weighted mean of `value` per group (as STATS_SQL). */
function groupStats<Row>(rows: { value: number; pop: number | null }[], keys: string[]): Row[] {
	return rollup<Row>(
		rows.map((r) => ({ ...r, weighted: r.pop === null ? null : r.value * r.pop })),
		keys,
		{ median: op.median('value'), n: op.count(), weighted_sum: op.sum('weighted'), pop_sum: op.sum('pop'), n_weighted: op.valid('pop') }
	);
}

type StatRow = { member: boolean; median: number; n: number; weighted_sum: number; pop_sum: number; n_weighted: number };

function statOf(row: StatRow): GroupStat {
	return {
		member: row.member,
		median: orNull(row.median),
		n: row.n,
		weighted_mean: row.n_weighted === 0 ? null : row.weighted_sum / row.pop_sum,
		n_weighted: row.n_weighted
	};
}

/** Both groups, members first, with an empty statistic for a group with no value (as `bothGroups`). */
function bothGroups<T extends { member: boolean }>(rows: T[], empty: (member: boolean) => T): T[] {
	return [true, false].map((member) => rows.find((r) => r.member === member) ?? empty(member));
}

export async function compareLine(db: FallbackEngine, { indicator, from, to, align }: LineParams): Promise<LineData> {
	const [points, smartAfrica, population] = await Promise.all([observations(db, indicator, from, to), members(db), populationOf(db)]);
	points.sort((a, b) => byCode(a.iso3, b.iso3) || a.year - b.year);
	const series: LineData['series'] = [];
	for (const p of points) {
		let last = series[series.length - 1];
		if (!last || last.iso3 !== p.iso3) series.push((last = { iso3: p.iso3, years: [], values: [] }));
		last.years.push(p.year);
		last.values.push(p.value);
	}
	let grouped: { x: number; member: boolean; value: number; pop: number | null }[];
	if (align === 'joined') {
		const joins = new Map(
			((await db.table('memberships')).objects() as { org: string; iso3: string; joined: string | null; joined_precision: string }[])
				.filter((m) => m.org === 'smart-africa' && smartAfrica.has(m.iso3) && ['day', 'month', 'year'].includes(m.joined_precision) && m.joined)
				.map((m) => [m.iso3, Number(m.joined!.slice(0, 4))])
		);
		grouped = points
			.filter((p) => joins.has(p.iso3))
			.map((p) => ({ x: p.year - joins.get(p.iso3)!, member: true, value: p.value, pop: population(p.iso3, p.year) }));
	} else {
		grouped = points.map((p) => ({ x: p.year, member: smartAfrica.has(p.iso3), value: p.value, pop: population(p.iso3, p.year) }));
	}
	const stats = groupStats<StatRow & { x: number }>(grouped, ['x', 'member'])
		.map((row): PointStat => ({ x: row.x, ...statOf(row) }))
		.sort((a, b) => a.x - b.x || Number(b.member) - Number(a.member));
	return { series, stats };
}

/** Each country's latest value from `year - window` to `year` (as the `latest` CTE of indicatorRanking). */
async function latestValues(db: FallbackEngine, indicator: string, year: number, window: number): Promise<Map<string, Observation>> {
	const latest = new Map<string, Observation>();
	for (const o of await observations(db, indicator, year - window, year)) {
		const seen = latest.get(o.iso3);
		if (!seen || o.year > seen.year) latest.set(o.iso3, o);
	}
	return latest;
}

export async function indicatorRanking(
	db: FallbackEngine,
	{ indicator, year, window = 0, lowerIsBetter = false }: { indicator: string; year: number; window?: number; lowerIsBetter?: boolean }
): Promise<RankingRow[]> {
	const [latest, codes] = await Promise.all([latestValues(db, indicator, year, window), countryCodes(db)]);
	const sign = lowerIsBetter ? 1 : -1;
	const rows = codes.map((iso3) => ({ iso3, value: latest.get(iso3)?.value ?? null, year: latest.get(iso3)?.year ?? null, rank: null as number | null }));
	rows.sort((a, b) => (a.value === null ? (b.value === null ? 0 : 1) : b.value === null ? -1 : sign * (a.value - b.value)) || byCode(a.iso3, b.iso3));
	// rank(): ties share a rank, the next rank skips past them.
	rows.forEach((row, i) => {
		if (row.value === null) return;
		row.rank = i > 0 && rows[i - 1].value === row.value ? rows[i - 1].rank : i + 1;
	});
	return rows;
}

export async function compareRanking(db: FallbackEngine, params: RankingParams): Promise<RankingData> {
	const [rows, latest, smartAfrica, population] = await Promise.all([
		indicatorRanking(db, params),
		latestValues(db, params.indicator, params.year, params.window),
		members(db),
		populationOf(db)
	]);
	const grouped = [...latest.values()].map((v) => ({ member: smartAfrica.has(v.iso3), value: v.value, pop: population(v.iso3, v.year) }));
	const stats = groupStats<StatRow>(grouped, ['member']).map(statOf);
	return { rows, stats: bothGroups(stats, (member) => ({ member, median: null, n: 0, weighted_mean: null, n_weighted: 0 })) };
}

export async function compareSlope(db: FallbackEngine, { indicator, from, to }: SlopeParams): Promise<SlopeData> {
	const [points, codes, smartAfrica, population] = await Promise.all([observations(db, indicator), countryCodes(db), members(db), populationOf(db)]);
	const valueIn = (year: number) => new Map(points.filter((p) => p.year === year).map((p) => [p.iso3, p.value]));
	const [a, b] = [valueIn(from), valueIn(to)];
	const rows = codes.map((iso3) => ({ iso3, start: a.get(iso3) ?? null, end: b.get(iso3) ?? null }));
	const both = rows
		.filter((r) => r.start !== null && r.end !== null)
		.map((r) => {
			const [pa, pb] = [population(r.iso3, from), population(r.iso3, to)];
			const weighted = pa !== null && pb !== null;
			return {
				member: smartAfrica.has(r.iso3),
				start: r.start,
				end: r.end,
				pa: weighted ? pa : null,
				pb: weighted ? pb : null,
				wa: weighted ? r.start! * pa : null,
				wb: weighted ? r.end! * pb : null
			};
		});
	type Row = { member: boolean; n: number; median_start: number; median_end: number; n_weighted: number; wa: number; wb: number; pa: number; pb: number };
	const stats = rollup<Row>(both, ['member'], {
		n: op.count(),
		median_start: op.median('start'),
		median_end: op.median('end'),
		n_weighted: op.valid('pa'),
		wa: op.sum('wa'),
		wb: op.sum('wb'),
		pa: op.sum('pa'),
		pb: op.sum('pb')
	}).map(
		(s): SlopeStat => ({
			member: s.member,
			n: s.n,
			median_start: orNull(s.median_start),
			median_end: orNull(s.median_end),
			n_weighted: s.n_weighted,
			weighted_start: s.n_weighted === 0 ? null : s.wa / s.pa,
			weighted_end: s.n_weighted === 0 ? null : s.wb / s.pb
		})
	);
	return {
		rows,
		stats: bothGroups(stats, (member) => ({ member, n: 0, median_start: null, median_end: null, n_weighted: 0, weighted_start: null, weighted_end: null }))
	};
}

export async function compareScatter(db: FallbackEngine, { x, y, year }: ScatterParams): Promise<ScatterData> {
	const [xs, ys, codes, smartAfrica, population] = await Promise.all([
		observations(db, x, year, year),
		observations(db, y, year, year),
		countryCodes(db),
		members(db),
		observations(db, 'population', -Infinity, year)
	]);
	const [xv, yv] = [new Map(xs.map((o) => [o.iso3, o.value])), new Map(ys.map((o) => [o.iso3, o.value]))];
	const latestPopulation = new Map<string, Observation>();
	for (const p of population) if (!latestPopulation.has(p.iso3) || p.year > latestPopulation.get(p.iso3)!.year) latestPopulation.set(p.iso3, p);
	const rows = codes.map((iso3) => ({ iso3, x: xv.get(iso3) ?? null, y: yv.get(iso3) ?? null, population: latestPopulation.get(iso3)?.value ?? null }));
	const both = rows.filter((r) => r.x !== null && r.y !== null).map((r) => ({ member: smartAfrica.has(r.iso3), x: r.x, y: r.y }));
	const stats = rollup<ScatterData['stats'][number]>(both, ['member'], { n: op.count(), median_x: op.median('x'), median_y: op.median('y') });
	return { rows, stats: bothGroups(stats, (member) => ({ member, n: 0, median_x: null, median_y: null })) };
}

export async function compareChart(db: FallbackEngine, params: CompareParams): Promise<CompareData> {
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

export async function indicatorSeries(
	db: FallbackEngine,
	{ indicator, countries = null, from = null, to = null }: { indicator: string; countries?: string[] | null; from?: number | null; to?: number | null }
): Promise<SeriesPoint[]> {
	const keep = countries ? new Set(countries) : null;
	return (await observations(db, indicator, from ?? -Infinity, to ?? Infinity))
		.filter((o) => !keep || keep.has(o.iso3))
		.sort((a, b) => byCode(a.iso3, b.iso3) || a.year - b.year);
}
