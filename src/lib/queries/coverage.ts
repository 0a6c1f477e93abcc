/** How well each indicator covers the 55 countries: the report behind /sources and `npm run data:report`. */
import type { Engine } from '$lib/db/engine';
import { SMART_AFRICA_MEMBERS_SQL } from './groups';

export interface IndicatorCoverage {
	id: string;
	topic: string;
	family: string | null;
	name_en: string;
	name_fr: string;
	source_id: string;
	source_code: string;
	publisher: string;
	/** The publisher's French name (Banque mondiale, UIT…). */
	publisher_fr: string;
	unit_en: string;
	unit_fr: string;
	/** Countries with at least one value. */
	countries: number;
	first_year: number | null;
	last_year: number | null;
	/** Smart Africa members with a value in `since` or later. */
	recent_members: number;
	members: number;
	total_countries: number;
}

/** `since`: the first year counted as recent (e.g. three years before the build year). */
export async function indicatorCoverage(db: Engine, { since }: { since: number }): Promise<IndicatorCoverage[]> {
	await db.load(['indicators', 'observations', 'memberships', 'countries', 'sources']);
	return db.query<IndicatorCoverage>(
		`WITH members AS (${SMART_AFRICA_MEMBERS_SQL})
		 SELECT i.id, i.topic, i.family, i.name_en, i.name_fr, i.source_id, i.source_code, s.publisher, s.publisher_fr, i.unit_en, i.unit_fr,
		        count(DISTINCT o.iso3)::INTEGER AS countries,
		        min(o.year) AS first_year, max(o.year) AS last_year,
		        count(DISTINCT o.iso3) FILTER (WHERE o.year >= ? AND o.iso3 IN (SELECT iso3 FROM members))::INTEGER AS recent_members,
		        (SELECT count(*) FROM members)::INTEGER AS members,
		        (SELECT count(*) FROM countries)::INTEGER AS total_countries
		 FROM indicators i JOIN sources s ON s.id = i.source_id LEFT JOIN observations o ON o.indicator = i.id
		 GROUP BY ALL
		 ORDER BY i.topic, i.family NULLS FIRST, i.id`,
		[since]
	);
}

/** "Recent" means the last three years before the given year, the window the report uses everywhere. */
export const recentSince = (year: number) => year - 3;
