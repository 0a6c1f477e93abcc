/**
 * JavaScript twins of the queries behind the compare and indicator pages' common views, for devices
 * without DuckDB-WASM (src/lib/db/fallback.ts). Each returns exactly what its SQL version returns —
 * fallback.test.ts checks them against native DuckDB on the real data.
 */
import { median, sum } from 'd3-array';
import type { FallbackEngine } from '$lib/db/fallback';
import type {
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

interface Membership {
	org: string;
	iso3: string;
	status: string;
	joined: string | null;
	joined_precision: string;
}

/** The observations of one indicator, optionally within years. */
async function observations(db: FallbackEngine, indicator: string, from = -Infinity, to = Infinity): Promise<Observation[]> {
	const rows = await db.rows<Observation & { indicator: string }>('observations');
	return rows.filter((d) => d.indicator === indicator && d.year >= from && d.year <= to).map(({ iso3, year, value }) => ({ iso3, year, value }));
}

/** Smart Africa members (confirmed or not), as in SMART_AFRICA_MEMBERS_SQL. */
async function members(db: FallbackEngine): Promise<Set<string>> {
	const rows = await db.rows<Membership>('memberships');
	return new Set(rows.filter((m) => m.org === 'smart-africa' && (m.status === 'member' || m.status === 'member-unconfirmed')).map((m) => m.iso3));
}

async function countryCodes(db: FallbackEngine): Promise<string[]> {
	return (await db.rows<{ iso3: string }>('countries')).map((c) => c.iso3).sort(byCode);
}

/** Population by country and year, to weight means with. */
async function populationOf(db: FallbackEngine): Promise<(iso3: string, year: number) => number | null> {
	const byKey = new Map((await observations(db, 'population')).map((p) => [`${p.iso3} ${p.year}`, p.value]));
	return (iso3, year) => byKey.get(`${iso3} ${year}`) ?? null;
}

/** One aggregate per group of rows with the same `key` (as SQL's GROUP BY: no rows, no groups). */
function rollup<T, Out>(rows: T[], key: (row: T) => string | number | boolean, aggregate: (group: T[]) => Out): Out[] {
	const groups = new Map<string | number | boolean, T[]>();
	for (const row of rows) {
		const k = key(row);
		const group = groups.get(k);
		if (group) group.push(row);
		else groups.set(k, [row]);
	}
	return [...groups.values()].map(aggregate);
}

/** Median, count and population-weighted mean of one group (as STATS_SQL). */
function statOf(group: { member: boolean; value: number; pop: number | null }[]): GroupStat {
	const weighted = group.filter((r) => r.pop !== null);
	return {
		member: group[0].member,
		median: orNull(median(group, (r) => r.value)),
		n: group.length,
		weighted_mean: weighted.length === 0 ? null : sum(weighted, (r) => r.value * r.pop!) / sum(weighted, (r) => r.pop!),
		n_weighted: weighted.length
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
			(await db.rows<Membership>('memberships'))
				.filter((m) => m.org === 'smart-africa' && smartAfrica.has(m.iso3) && ['day', 'month', 'year'].includes(m.joined_precision) && m.joined)
				.map((m) => [m.iso3, Number(m.joined!.slice(0, 4))])
		);
		grouped = points
			.filter((p) => joins.has(p.iso3))
			.map((p) => ({ x: p.year - joins.get(p.iso3)!, member: true, value: p.value, pop: population(p.iso3, p.year) }));
	} else {
		grouped = points.map((p) => ({ x: p.year, member: smartAfrica.has(p.iso3), value: p.value, pop: population(p.iso3, p.year) }));
	}
	const stats = rollup(grouped, (r) => `${r.x} ${r.member}`, (group): PointStat => ({ x: group[0].x, ...statOf(group) }))
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
	const stats = rollup(grouped, (r) => r.member, statOf);
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
			};
		});
	const stats = rollup(
		both,
		(r) => r.member,
		(group): SlopeStat => {
			const weighted = group.filter((r) => r.pa !== null);
			return {
				member: group[0].member,
				n: group.length,
				median_start: orNull(median(group, (r) => r.start)),
				median_end: orNull(median(group, (r) => r.end)),
				n_weighted: weighted.length,
				weighted_start: weighted.length === 0 ? null : sum(weighted, (r) => r.start! * r.pa!) / sum(weighted, (r) => r.pa!),
				weighted_end: weighted.length === 0 ? null : sum(weighted, (r) => r.end! * r.pb!) / sum(weighted, (r) => r.pb!)
			};
		}
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
	const stats = rollup(both, (r) => r.member, (group) => ({
		member: group[0].member,
		n: group.length,
		median_x: orNull(median(group, (r) => r.x)),
		median_y: orNull(median(group, (r) => r.y))
	}));
	return { rows, stats: bothGroups(stats, (member) => ({ member, n: 0, median_x: null, median_y: null })) };
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
