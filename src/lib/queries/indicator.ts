/** Queries behind an indicator page: its definition and source, its years, its series and ranking. */
import { inList, type Engine } from '$lib/db/engine';
import { defineQuery, objects, type Table, type TierTables } from '$lib/db/query';

/** How an indicator's values are named and written: every query returning indicators carries these. */
export interface IndicatorText {
	name_en: string;
	name_fr: string;
	unit: string;
	unit_en: string;
	unit_fr: string;
	decimals: number;
	higher_is_better: boolean | null;
}

/** An indicator's names, units and definition in both languages, as the downloads and the search index carry them. */
export interface IndicatorWording {
	name_en: string;
	name_fr: string;
	unit_en: string;
	unit_fr: string;
	description_en: string;
	description_fr: string;
}

/** An indicator as the catalogue defines it, without its long texts. */
export interface IndicatorDefinition extends IndicatorText {
	id: string;
	source_code: string;
	topic: string;
	family: string | null;
	valid_min: number | null;
	valid_max: number | null;
}

export interface IndicatorMeta extends IndicatorDefinition {
	description_en: string;
	description_fr: string;
	notes: string | null;
	/** The notes in French (the data build refuses notes without it). */
	notes_fr: string | null;
	source: SourceMeta;
}

export interface SourceMeta {
	id: string;
	publisher: string;
	/** The publisher's French name, dataset and licence, for French pages (see sourceNames). */
	publisher_fr: string;
	dataset: string;
	dataset_fr: string;
	url: string;
	licence: string;
	licence_fr: string;
	licence_url: string | null;
	retrieved: string;
	citation: string;
	/** The citation in French, for French pages. */
	citation_fr: string;
}

export async function indicatorIds(db: Engine): Promise<string[]> {
	await db.load(['indicators']);
	const rows = await db.query<{ id: string }>('SELECT id FROM indicators ORDER BY id');
	return rows.map((r) => r.id);
}

export async function indicatorMeta(db: Engine, id: string): Promise<IndicatorMeta | null> {
	await db.load(['indicators', 'sources']);
	const [row] = await db.query<Omit<IndicatorMeta, 'source'> & Record<`source_${string}`, string | null>>(
		`SELECT i.id, i.source_code, i.topic, i.name_en, i.name_fr, i.unit, i.unit_en, i.unit_fr, i.decimals,
		        i.higher_is_better, i.valid_min, i.valid_max, i.family, i.description_en, i.description_fr, i.notes, i.notes_fr,
		        s.id AS source_id, s.publisher AS source_publisher, s.dataset AS source_dataset, s.url AS source_url,
		        s.licence AS source_licence, s.publisher_fr AS source_publisher_fr, s.dataset_fr AS source_dataset_fr,
		        s.licence_fr AS source_licence_fr, s.licence_url AS source_licence_url, s.retrieved AS source_retrieved,
		        s.citation AS source_citation, s.citation_fr AS source_citation_fr
		 FROM indicators i JOIN sources s ON s.id = i.source_id
		 WHERE i.id = ?`,
		[id]
	);
	if (!row) return null;
	const meta: Record<string, unknown> = { source: {} };
	for (const [key, value] of Object.entries(row)) {
		if (key.startsWith('source_') && key !== 'source_code') (meta.source as Record<string, unknown>)[key.slice(7)] = value;
		else meta[key] = value;
	}
	return meta as unknown as IndicatorMeta;
}

export interface YearCoverage {
	first: number;
	last: number;
	/**
	 * The first year with values for at least a third of the countries the indicator covers: charts start
	 * there rather than at a lone early value (WDI publishes a few isolated zeros back to 1960).
	 */
	firstWellCovered: number;
	/** The latest year with values for at least two thirds of the countries the indicator covers. */
	latestWellCovered: number;
	/**
	 * False for survey-based indicators whose countries report in different years, so that no single
	 * year has two thirds of them: rankings then use each country's latest value.
	 */
	wellCovered: boolean;
}

export async function indicatorYears(db: Engine, id: string): Promise<YearCoverage | null> {
	await db.load(['observations']);
	const [row] = await db.query<{
		first: number | null;
		last: number | null;
		first_well_covered: number | null;
		latest_well_covered: number | null;
	}>(
		`WITH per_year AS (
		   SELECT year, count(*) AS n FROM observations WHERE indicator = ? GROUP BY year
		 ), covered AS (
		   SELECT count(DISTINCT iso3) AS n FROM observations WHERE indicator = ?
		 )
		 SELECT min(year) AS first, max(year) AS last,
		        min(year) FILTER (WHERE per_year.n * 3 >= covered.n) AS first_well_covered,
		        max(year) FILTER (WHERE per_year.n * 3 >= covered.n * 2) AS latest_well_covered
		 FROM per_year, covered`,
		[id, id]
	);
	if (!row || row.first === null || row.last === null) return null;
	return {
		first: row.first,
		last: row.last,
		firstWellCovered: row.first_well_covered ?? row.first,
		latestWellCovered: row.latest_well_covered ?? row.last,
		wellCovered: row.latest_well_covered !== null
	};
}

export interface SeriesPoint {
	iso3: string;
	year: number;
	value: number;
}

export interface SeriesParams {
	indicator: string;
	/** null: every country. */
	countries?: string[] | null;
	from?: number | null;
	to?: number | null;
}

/** Every value of an indicator, for the given countries (all when `countries` is null), by country and year. */
export const indicatorSeries = defineQuery<SeriesParams, SeriesPoint[]>({
	name: 'indicatorSeries',
	async sql(db, { indicator, countries = null, from = null, to = null }) {
		await db.load(['observations']);
		const params: (string | number)[] = [indicator];
		let where = 'indicator = ?';
		if (countries) {
			where += ` AND iso3 IN (${inList(countries.length)})`;
			params.push(...countries);
		}
		if (from !== null) {
			where += ' AND year >= ?';
			params.push(from);
		}
		if (to !== null) {
			where += ' AND year <= ?';
			params.push(to);
		}
		return db.query<SeriesPoint>(`SELECT iso3, year, value FROM observations WHERE ${where} ORDER BY iso3, year`, params);
	},
	async twin({ aq, indicator: slice }, { indicator, countries = null, from = null, to = null }) {
		const keep = countries ? new Set(countries) : null;
		const [lo, hi] = [from ?? -Infinity, to ?? Infinity];
		const rows = (await slice(indicator)).filter(
			aq.escape((d: SeriesPoint) => d.year >= lo && d.year <= hi && (!keep || keep.has(d.iso3)))
		);
		return objects<SeriesPoint>(rows.orderby('iso3', 'year').select('iso3', 'year', 'value'));
	}
});

export interface RankingRow {
	iso3: string;
	/** null: the country has no value for this year (or window), and is listed as such. */
	value: number | null;
	/** The year the value is for (earlier than the ranking year when a window is used). */
	year: number | null;
	rank: number | null;
}

export interface RankingQuery {
	indicator: string;
	year: number;
	window?: number;
	lowerIsBetter?: boolean;
}

/** Each country's latest value from `year - window` to `year` (arg_max(value, year) per country). */
export async function latestValues({ aq, indicator: slice }: TierTables, indicator: string, year: number, window: number): Promise<Table> {
	const from = year - window;
	const inWindow = (await slice(indicator)).filter(aq.escape((d: SeriesPoint) => d.year >= from && d.year <= year));
	const latestYear = inWindow.groupby('iso3').rollup({ year: aq.op.max('year') });
	return inWindow.semijoin(latestYear, [['iso3', 'year'], ['iso3', 'year']]);
}

/**
 * All 55 countries, best first (highest value, or lowest where lower is better, e.g. prices);
 * countries without a value come last with nulls. With `window` 0 each country's value for `year`;
 * otherwise its latest value from `year - window` to `year`.
 */
export const indicatorRanking = defineQuery<RankingQuery, RankingRow[]>({
	name: 'indicatorRanking',
	async sql(db, { indicator, year, window = 0, lowerIsBetter = false }) {
		// The direction is one of two fixed keywords, never user text, so it can be written into the SQL.
		const order = lowerIsBetter ? 'ASC' : 'DESC';
		await db.load(['observations', 'countries']);
		return db.query<RankingRow>(
			`WITH latest AS (
			   SELECT iso3, arg_max(value, year) AS value, max(year) AS year
			   FROM observations
			   WHERE indicator = ? AND year BETWEEN ? AND ?
			   GROUP BY iso3
			 )
			 SELECT c.iso3, l.value, l.year,
			        CASE WHEN l.value IS NULL THEN NULL ELSE rank() OVER (ORDER BY l.value ${order} NULLS LAST) END::INTEGER AS rank
			 FROM countries c LEFT JOIN latest l ON l.iso3 = c.iso3
			 ORDER BY l.value ${order} NULLS LAST, c.iso3`,
			[indicator, year - window, year]
		);
	},
	async twin(tables, { indicator, year, window = 0, lowerIsBetter = false }) {
		const { aq } = tables;
		const [latest, countries] = await Promise.all([latestValues(tables, indicator, year, window), tables.countries()]);
		const byValue = lowerIsBetter ? 'value' : aq.desc('value');
		// rank(): ties share a rank, the next rank skips past them (peers: equal values).
		const ranked = latest
			.orderby(byValue)
			.derive({ rank: aq.op.rank() })
			.orderby(byValue, 'iso3')
			.select('iso3', 'value', 'year', 'rank')
			.reify(); // in that order: concat keeps rows as stored
		const missing = countries
			.antijoin(latest, 'iso3')
			.orderby('iso3')
			.reify()
			.derive({ value: aq.escape(() => null), year: aq.escape(() => null), rank: aq.escape(() => null) });
		return objects<RankingRow>(ranked.concat(missing));
	}
});
