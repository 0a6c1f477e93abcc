/** Queries behind a country profile. */
import { inList, type Engine } from '$lib/db/engine';
import { SMART_AFRICA_MEMBERS_SQL } from './groups';
import { citedObservations } from './full-data';
import type { IndicatorText } from './indicator';
import type { ProjectIdentity } from './projects';

export async function countryIds(db: Engine): Promise<string[]> {
	await db.load(['countries']);
	return (await db.query<{ iso3: string }>('SELECT iso3 FROM countries ORDER BY iso3')).map((r) => r.iso3);
}

export interface CountryIdentity {
	iso3: string;
	iso2: string;
	name_en: string;
	name_fr: string;
	au_region: string;
	languages: string;
	income_group: string | null;
	note: string | null;
}

export async function countryIdentity(db: Engine, iso3: string): Promise<CountryIdentity | null> {
	await db.load(['countries']);
	const [row] = await db.query<CountryIdentity>(
		'SELECT iso3, iso2, name_en, name_fr, au_region, languages, income_group, note FROM countries WHERE iso3 = ?',
		[iso3]
	);
	return row ?? null;
}

export interface ScorecardRow extends IndicatorText {
	indicator: string;
	/** The country's latest year and value; null when it has none. */
	year: number | null;
	value: number | null;
	/** The latest year any country has a value for. */
	indicator_last_year: number | null;
	/** Position among the members (and among all 55) reporting the same year, best first. */
	rank_members: number | null;
	members_reporting: number;
	rank_all: number | null;
	all_reporting: number;
	/** Medians of members and of the country's AU region, for the same year. */
	median_members: number | null;
	median_region: number | null;
	source_id: string;
	source_publisher: string;
	source_dataset: string;
	source_licence: string;
	source_publisher_fr: string;
	source_dataset_fr: string;
	source_licence_fr: string;
	source_retrieved: string;
}

/**
 * A country's latest value of each indicator, compared with the countries reporting the same year:
 * its rank (best first: highest, or lowest where lower is better) and the members' and region's medians.
 */
export async function countryScorecard(db: Engine, iso3: string, indicators: readonly string[]): Promise<ScorecardRow[]> {
	await db.load(['countries', 'indicators', 'observations', 'memberships', 'sources']);
	const rows = await db.query<ScorecardRow>(
		`WITH members AS (${SMART_AFRICA_MEMBERS_SQL}),
		 me AS (
		   SELECT indicator, arg_max(value, year) AS value, max(year) AS year
		   FROM observations WHERE iso3 = ? AND indicator IN (${inList(indicators.length)}) GROUP BY indicator
		 ),
		 peers AS (
		   SELECT o.indicator, o.iso3, o.value, c.au_region, o.iso3 IN (SELECT iso3 FROM members) AS member
		   FROM observations o JOIN me ON me.indicator = o.indicator AND me.year = o.year JOIN countries c ON c.iso3 = o.iso3
		 ),
		 ranked AS (
		   SELECT p.*, i.higher_is_better,
		          rank() OVER (PARTITION BY p.indicator ORDER BY CASE WHEN i.higher_is_better = false THEN p.value ELSE -p.value END) AS rank_all,
		          CASE WHEN p.member THEN rank() OVER (PARTITION BY p.indicator, p.member ORDER BY CASE WHEN i.higher_is_better = false THEN p.value ELSE -p.value END) END AS rank_members
		   FROM peers p JOIN indicators i ON i.id = p.indicator
		 ),
		 stats AS (
		   SELECT indicator, count(*) FILTER (WHERE member) AS members_reporting, count(*) AS all_reporting,
		          median(value) FILTER (WHERE member) AS median_members,
		          median(value) FILTER (WHERE au_region = (SELECT au_region FROM countries WHERE iso3 = ?)) AS median_region
		   FROM peers GROUP BY indicator
		 ),
		 last AS (SELECT indicator, max(year) AS indicator_last_year FROM observations GROUP BY indicator)
		 SELECT i.id AS indicator, i.name_en, i.name_fr, i.unit, i.unit_en, i.unit_fr, i.decimals, i.higher_is_better,
		        me.year, me.value, last.indicator_last_year,
		        r.rank_members::INTEGER AS rank_members, coalesce(s.members_reporting, 0)::INTEGER AS members_reporting,
		        r.rank_all::INTEGER AS rank_all, coalesce(s.all_reporting, 0)::INTEGER AS all_reporting,
		        s.median_members::DOUBLE AS median_members, s.median_region::DOUBLE AS median_region,
		        src.id AS source_id, src.publisher AS source_publisher, src.dataset AS source_dataset,
		        src.licence AS source_licence, src.retrieved AS source_retrieved,
		        src.publisher_fr AS source_publisher_fr, src.dataset_fr AS source_dataset_fr, src.licence_fr AS source_licence_fr
		 FROM indicators i
		 JOIN sources src ON src.id = i.source_id
		 LEFT JOIN me ON me.indicator = i.id
		 LEFT JOIN ranked r ON r.indicator = i.id AND r.iso3 = ?
		 LEFT JOIN stats s ON s.indicator = i.id
		 LEFT JOIN last ON last.indicator = i.id
		 WHERE i.id IN (${inList(indicators.length)})`,
		[iso3, ...indicators, iso3, iso3, ...indicators]
	);
	// Keep the caller's order (topics, then importance).
	return indicators.map((id) => rows.find((r) => r.indicator === id)).filter((r): r is ScorecardRow => r !== undefined);
}

/** The country's values of these indicators since `from`, for sparklines. */
export async function countrySeries(db: Engine, iso3: string, indicators: readonly string[], from: number) {
	await db.load(['observations']);
	return db.query<{ indicator: string; year: number; value: number }>(
		`SELECT indicator, year, value FROM observations
		 WHERE iso3 = ? AND year >= ? AND indicator IN (${inList(indicators.length)})
		 ORDER BY indicator, year`,
		[iso3, from, ...indicators]
	);
}

export interface CountryProject extends ProjectIdentity {
	role: string;
	phase: string | null;
	amount_usd: number | null;
	uncertain: boolean;
}

export async function countryProjects(db: Engine, iso3: string): Promise<CountryProject[]> {
	await db.load(['projects', 'project_countries']);
	return db.query<CountryProject>(
		`SELECT p.id, p.name_en, p.name_fr, p.kind, p.start, p."end", pc.role, pc.phase, pc.amount_usd, p.uncertain
		 FROM project_countries pc JOIN projects p ON p.id = pc.project_id
		 WHERE pc.iso3 = ?
		 ORDER BY coalesce(p.start, '9999'), p.id, pc.phase NULLS FIRST`,
		[iso3]
	);
}

/**
 * Every observation of a country with what a download needs to cite it, under the country file's own
 * column names (English names and units unsuffixed, as the file first published them).
 */
export async function countryDownload(db: Engine, iso3: string) {
	return (await citedObservations(db, { iso3 })).map((r) => ({
		iso3: r.iso3,
		indicator: r.indicator,
		indicator_name: r.indicator_name_en,
		indicator_name_fr: r.indicator_name_fr,
		year: r.year,
		value: r.value,
		unit: r.unit_en,
		unit_fr: r.unit_fr,
		flag: r.flag,
		source: r.source,
		source_fr: r.source_fr,
		licence: r.licence,
		licence_fr: r.licence_fr,
		source_url: r.source_url,
		retrieved: r.retrieved
	}));
}
