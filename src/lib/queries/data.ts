/** Queries behind the data page: exactly the filtered observations, and what is needed to cite them. */
import { inList, type Engine, type SqlValue } from '$lib/db/engine';
import type { IndicatorInfo, LongRow, SourceInfo } from '$lib/downloads/bundle';

export interface DataFilter {
	/** null: every country. */
	countries: string[] | null;
	/** null: every indicator. */
	indicators: string[] | null;
	from: number | null;
	to: number | null;
}

function where(filter: DataFilter): { sql: string; params: SqlValue[] } {
	const clauses: string[] = [];
	const params: SqlValue[] = [];
	if (filter.countries) {
		clauses.push(`o.iso3 IN (${inList(filter.countries.length)})`);
		params.push(...filter.countries);
	}
	if (filter.indicators) {
		clauses.push(`o.indicator IN (${inList(filter.indicators.length)})`);
		params.push(...filter.indicators);
	}
	if (filter.from !== null) {
		clauses.push('o.year >= ?');
		params.push(filter.from);
	}
	if (filter.to !== null) {
		clauses.push('o.year <= ?');
		params.push(filter.to);
	}
	return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** The filtered observations, by indicator, country and year (at most `limit` when given). */
export async function filteredObservations(db: Engine, filter: DataFilter, limit: number | null = null): Promise<LongRow[]> {
	await db.load(['observations', 'countries']);
	const w = where(filter);
	return db.query<LongRow>(
		`SELECT o.iso3, c.name_en AS country_en, c.name_fr AS country_fr, o.indicator, o.year, o.value, o.flag
		 FROM observations o JOIN countries c ON c.iso3 = o.iso3
		 ${w.sql}
		 ORDER BY o.indicator, o.iso3, o.year
		 ${limit === null ? '' : `LIMIT ${Math.max(0, Math.floor(limit))}`}`,
		w.params
	);
}

export async function indicatorInfo(db: Engine): Promise<IndicatorInfo[]> {
	await db.load(['indicators']);
	return db.query<IndicatorInfo>(
		'SELECT id, name_en, name_fr, unit_en, unit_fr, description_en, description_fr, source_code, source_id FROM indicators ORDER BY topic, id'
	);
}

export async function sourceInfo(db: Engine): Promise<SourceInfo[]> {
	await db.load(['sources']);
	return db.query<SourceInfo>('SELECT id, publisher, dataset, url, licence, licence_url, retrieved, citation FROM sources ORDER BY id');
}
