/**
 * Queries behind the data page: exactly the filtered observations, and what is needed to cite them.
 * Each has its query-tier twin (the preview and the downloads need no DuckDB): the named indicators'
 * slices, or the whole observations file when every indicator is asked for.
 */
import { inList, type SqlValue } from '$lib/db/engine';
import { defineQuery, objects } from '$lib/db/query';
import type { IndicatorInfo, LongRow, SourceInfo } from '$lib/downloads/bundle';

export interface DataFilter {
	/** null: every country. */
	countries: string[] | null;
	/** null: every indicator. */
	indicators: string[] | null;
	from: number | null;
	to: number | null;
}

export interface DataRowsParams extends DataFilter {
	/** At most this many rows (none: all). */
	limit?: number | null;
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
export const filteredObservations = defineQuery<DataRowsParams, LongRow[]>({
	name: 'filteredObservations',
	async sql(db, { limit = null, ...filter }) {
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
	},
	async twin({ aq, indicator: slice, table }, { countries, indicators, from, to, limit = null }) {
		const keep = countries ? new Set(countries) : null;
		const [lo, hi] = [from ?? -Infinity, to ?? Infinity];
		const parts = indicators
			? await Promise.all([...new Set(indicators)].map(async (id) => (await slice(id)).derive({ indicator: aq.escape(() => id) })))
			: [await table('observations')];
		const observations = parts
			.reduce((all, part) => all.concat(part))
			.filter(aq.escape((d: LongRow) => d.year >= lo && d.year <= hi && (!keep || keep.has(d.iso3))));
		const names = (await table('countries')).select({ iso3: 'iso3', name_en: 'country_en', name_fr: 'country_fr' });
		const rows = observations
			.join(names, 'iso3')
			.orderby('indicator', 'iso3', 'year')
			.select('iso3', 'country_en', 'country_fr', 'indicator', 'year', 'value', 'flag');
		return objects<LongRow>(limit === null ? rows : rows.slice(0, Math.max(0, Math.floor(limit))));
	}
});

const INDICATOR_COLUMNS = ['id', 'name_en', 'name_fr', 'unit_en', 'unit_fr', 'description_en', 'description_fr', 'source_code', 'source_id'] as const;

export const indicatorInfo = defineQuery<void, IndicatorInfo[]>({
	name: 'indicatorInfo',
	async sql(db) {
		await db.load(['indicators']);
		return db.query<IndicatorInfo>(`SELECT ${INDICATOR_COLUMNS.join(', ')} FROM indicators ORDER BY topic, id`);
	},
	async twin({ table }) {
		return objects<IndicatorInfo>((await table('indicators')).orderby('topic', 'id').select(...INDICATOR_COLUMNS));
	}
});

const SOURCE_COLUMNS = ['id', 'publisher', 'publisher_fr', 'dataset', 'dataset_fr', 'url', 'licence', 'licence_fr', 'licence_url', 'retrieved', 'citation', 'citation_fr'] as const;

export const sourceInfo = defineQuery<void, SourceInfo[]>({
	name: 'sourceInfo',
	async sql(db) {
		await db.load(['sources']);
		return db.query<SourceInfo>(`SELECT ${SOURCE_COLUMNS.join(', ')} FROM sources ORDER BY id`);
	},
	async twin({ aq, table }) {
		// A date in the Arrow file, text in SQL's answer (YYYY-MM-DD).
		const isoDate = aq.escape((d: { retrieved: Date | string | null }) => (d.retrieved instanceof Date ? d.retrieved.toISOString().slice(0, 10) : d.retrieved));
		return objects<SourceInfo>((await table('sources')).derive({ retrieved: isoDate }).orderby('id').select(...SOURCE_COLUMNS));
	}
});
