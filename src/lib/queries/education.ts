/**
 * Queries behind the education page: SDG 4.a.1 (schools with electricity, computers and Internet, by
 * level), SDG 4.4.1 and 4.5.1 (ICT skills by type and sex, and their parity index), schools and skills
 * read against national connectivity, the education context, which countries report what, and the
 * seed articles' education and skills programmes. Every value is a country's latest published one, with
 * its year: the years differ between countries and between measures, and the page shows them.
 */
import { inList, type Engine } from '$lib/db/engine';
import { defineQuery, objects, type Table, type TierTables } from '$lib/db/query';
import { SMART_AFRICA_MEMBERS_SQL } from './groups';
import type { ProjectIdentity, ProjectReach } from './projects';

export const SCHOOL_LEVELS = ['primary', 'lower-secondary', 'upper-secondary'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];
/** The chain, in order: a school needs electricity before computers, and computers before Internet for teaching. */
export const SCHOOL_MEASURES = ['electricity', 'computers', 'internet'] as const;
export type SchoolMeasure = (typeof SCHOOL_MEASURES)[number];

export const schoolIndicator = (measure: SchoolMeasure, level: SchoolLevel) => `schools-${measure}-${level}`;

/** The skill types of SDG 4.4.1, as the indicator ids spell them (`ict-skills-<skill>-youth`). */
export const SKILLS = [
	'copy-paste',
	'copy-move-files',
	'email-attachments',
	'spreadsheet-formulas',
	'presentations',
	'install-devices',
	'install-software',
	'transfer-files',
	'programming',
	'privacy-settings',
	'online-security'
] as const;
export type Skill = (typeof SKILLS)[number];
/** The series of one skill: young women, young men, all youth, adults; and the parity index (4.5.1). */
export const SKILL_SERIES = ['youth-female', 'youth-male', 'youth', 'adults', 'parity'] as const;
export type SkillSeries = (typeof SKILL_SERIES)[number];
export const skillIndicator = (skill: Skill, series: SkillSeries) =>
	series === 'parity' ? `ict-skills-parity-${skill}` : `ict-skills-${skill}-${series}`;

/** Schools, skills and connectivity read together: y against x, each country's latest y. */
export const PAIRS = {
	internet: { y: 'schools-internet', x: 'internet-users' },
	electricity: { y: 'schools-electricity', x: 'electricity-access' },
	price: { y: 'internet-users', x: 'mobile-broadband-price-gni' }
} as const;
export type Pair = keyof typeof PAIRS;

/** The pair's two indicators; the schools pairs follow the chosen level. */
export function pairIndicators(pair: Pair, level: SchoolLevel): { y: string; x: string } {
	const { y, x } = PAIRS[pair];
	return { y: y.startsWith('schools-') ? `${y}-${level}` : y, x };
}

/** The education context: enrolment, completion, literacy and spending. */
export const CONTEXT_INDICATORS = [
	'gross-enrolment-primary',
	'gross-enrolment-secondary',
	'gross-enrolment-tertiary',
	'primary-completion',
	'literacy-adult',
	'literacy-youth',
	'education-spending-gdp',
	'education-spending-budget'
] as const;

/** The seed articles' programmes, in the order the page tells them. */
export const PROGRAMMES = ['tgo-ent', 'sen-snsa-focus-elearning', 'sen-imt-fablab-mooc', 'mli-hub-iit'] as const;

/** The indicators whose coverage the page shows (its own, in the order of its panels). */
export const COVERAGE_INDICATORS = [
	...SCHOOL_LEVELS.flatMap((level) => SCHOOL_MEASURES.map((m) => schoolIndicator(m, level))),
	...SKILLS.map((s) => skillIndicator(s, 'youth')),
	...SKILLS.map((s) => skillIndicator(s, 'parity')),
	...CONTEXT_INDICATORS,
	'internet-users',
	'electricity-access',
	'mobile-broadband-price-gni'
];

/** Every indicator the page can draw (for names, units and sources). */
export const PAGE_INDICATORS = [
	...new Set([
		...COVERAGE_INDICATORS,
		...SKILLS.flatMap((s) => SKILL_SERIES.map((series) => skillIndicator(s, series)))
	])
];

/** A country's latest value of one indicator. */
export interface LatestValue {
	iso3: string;
	indicator: string;
	year: number;
	value: number;
}

/** Each country's latest value of each indicator, in one statement. */
export const latestValues = defineQuery<readonly string[], LatestValue[]>({
	name: 'educationLatestValues',
	async sql(db, indicators) {
		await db.load(['observations']);
		return db.query<LatestValue>(
			`SELECT iso3, indicator, max(year)::INTEGER AS year, arg_max(value, year) AS value
			 FROM observations WHERE indicator IN (${inList(indicators.length)})
			 GROUP BY iso3, indicator ORDER BY indicator, iso3`,
			[...indicators]
		);
	},
	async twin(tables, indicators) {
		const latest = await Promise.all([...new Set(indicators)].map(async (id) => (await latestOf(tables, id)).derive({ indicator: tables.aq.escape(() => id) })));
		if (latest.length === 0) return [];
		return objects<LatestValue>(latest[0].concat(...latest.slice(1)).orderby('indicator', 'iso3').select('iso3', 'indicator', 'year', 'value'));
	}
});

/** Each country's latest row (iso3, year, value) of one indicator: arg_max(value, year). */
async function latestOf(tables: TierTables, indicator: string): Promise<Table> {
	const slice = await tables.indicator(indicator);
	return slice.semijoin(slice.groupby('iso3').rollup({ year: tables.aq.op.max('year') }), [['iso3', 'year'], ['iso3', 'year']]).reify();
}

/** One country's schools at one level: each measure's latest value and year (null: never reported). */
export interface SchoolRow {
	iso3: string;
	electricity: number | null;
	electricity_year: number | null;
	computers: number | null;
	computers_year: number | null;
	internet: number | null;
	internet_year: number | null;
}

/** Countries reporting any of the three measures at this level, ordered by Internet, then computers, then electricity. */
export async function schoolsLatest(db: Engine, { level }: { level: SchoolLevel }): Promise<SchoolRow[]> {
	const ids = SCHOOL_MEASURES.map((m) => schoolIndicator(m, level));
	const latest = await latestValues(db, ids);
	const rows = new Map<string, SchoolRow>();
	for (const v of latest) {
		let row = rows.get(v.iso3);
		if (!row) {
			row = { iso3: v.iso3, electricity: null, electricity_year: null, computers: null, computers_year: null, internet: null, internet_year: null };
			rows.set(v.iso3, row);
		}
		const measure = SCHOOL_MEASURES[ids.indexOf(v.indicator)];
		row[measure] = v.value;
		row[`${measure}_year`] = v.year;
	}
	const desc = (a: number | null, b: number | null) => (b ?? -1) - (a ?? -1);
	return [...rows.values()].sort(
		(a, b) => desc(a.internet, b.internet) || desc(a.computers, b.computers) || desc(a.electricity, b.electricity) || a.iso3.localeCompare(b.iso3)
	);
}

/** One country's ICT skill of one type: its latest survey year and the values of that year. */
export interface SkillRow {
	iso3: string;
	year: number;
	youth_female: number | null;
	youth_male: number | null;
	youth: number | null;
	adults: number | null;
	parity: number | null;
}

/**
 * Countries reporting the skill, with the values of their latest survey year (all series of a survey
 * share its year, so women, men and the parity index are never mixed across years). The latest year is
 * the latest with a share: a parity index published for a later year alone (Egypt's 2016) would
 * otherwise leave the country's row without a single marker.
 */
export const skillsLatest = defineQuery<{ skill: Skill }, SkillRow[]>({
	name: 'skillsLatest',
	async sql(db, { skill }) {
		await db.load(['observations']);
		const ids = SKILL_SERIES.map((s) => skillIndicator(skill, s));
		return db.query<SkillRow>(
			`WITH v AS (SELECT iso3, indicator, year, value FROM observations WHERE indicator IN (${inList(ids.length)})),
			 latest AS (SELECT iso3, coalesce(max(year) FILTER (WHERE indicator <> ?), max(year)) AS year FROM v GROUP BY iso3)
			 SELECT l.iso3, l.year::INTEGER AS year,
			        max(value) FILTER (WHERE indicator = ?) AS youth_female,
			        max(value) FILTER (WHERE indicator = ?) AS youth_male,
			        max(value) FILTER (WHERE indicator = ?) AS youth,
			        max(value) FILTER (WHERE indicator = ?) AS adults,
			        max(value) FILTER (WHERE indicator = ?) AS parity
			 FROM latest l JOIN v ON v.iso3 = l.iso3 AND v.year = l.year
			 GROUP BY l.iso3, l.year
			 ORDER BY youth DESC NULLS LAST, l.iso3`,
			[...ids, ids[SKILL_SERIES.indexOf('parity')], ...ids]
		);
	},
	async twin(tables, { skill }) {
		const { aq } = tables;
		type Obs = { iso3: string; year: number; value: number };
		const series = await Promise.all(SKILL_SERIES.map(async (s) => (await tables.indicator(skillIndicator(skill, s))).derive({ series: aq.escape(() => s) })));
		const all = series[0].concat(...series.slice(1));
		// The latest survey year of each country with a share (a parity index alone does not count, unless
		// the country has nothing else); then that year's value of each series.
		const latestShare = all
			.filter(aq.escape((d: { series: string }) => d.series !== 'parity'))
			.groupby('iso3')
			.rollup({ year: aq.op.max('year') });
		const latest = all.groupby('iso3').rollup({ year: aq.op.max('year') }).antijoin(latestShare, 'iso3').concat(latestShare);
		const ofYear = all.semijoin(latest, [['iso3', 'year'], ['iso3', 'year']]);
		const rows = latest.derive(
			Object.fromEntries(
				SKILL_SERIES.map((s) => {
					const values = new Map(objects<Obs & { series: string }>(ofYear.filter(aq.escape((d: { series: string }) => d.series === s))).map((d) => [d.iso3, d.value]));
					return [s.replace('-', '_'), aq.escape((d: Obs) => values.get(d.iso3) ?? null)];
				})
			)
		);
		const ordered = objects<SkillRow>(rows.select('iso3', 'year', 'youth_female', 'youth_male', 'youth', 'adults', 'parity'));
		return ordered.sort((a, b) => (a.youth === null ? (b.youth === null ? 0 : 1) : b.youth === null ? -1 : b.youth - a.youth) || (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
	}
});

/** Countries reporting each skill type (any series, any year), and the span of years. */
export interface SkillCoverage {
	skill: Skill;
	countries: number;
	first_year: number | null;
	last_year: number | null;
}

export async function skillsCoverage(db: Engine): Promise<SkillCoverage[]> {
	await db.load(['observations']);
	const rows = await db.query<{ indicator: string; countries: number; first_year: number; last_year: number }>(
		`SELECT indicator, count(DISTINCT iso3)::INTEGER AS countries, min(year)::INTEGER AS first_year, max(year)::INTEGER AS last_year
		 FROM observations WHERE indicator LIKE 'ict-skills-%' AND indicator NOT LIKE 'ict-skills-parity-%' GROUP BY indicator`
	);
	return SKILLS.map((skill) => {
		const own = rows.filter((r) => SKILL_SERIES.some((s) => r.indicator === skillIndicator(skill, s)));
		return {
			skill,
			countries: Math.max(0, ...own.map((r) => r.countries)),
			first_year: own.length ? Math.min(...own.map((r) => r.first_year)) : null,
			last_year: own.length ? Math.max(...own.map((r) => r.last_year)) : null
		};
	});
}

/** All countries that report any ICT skill, and their latest survey year. */
export async function skillsReporters(db: Engine): Promise<{ iso3: string; year: number }[]> {
	await db.load(['observations']);
	return db.query(
		`SELECT iso3, max(year)::INTEGER AS year FROM observations WHERE indicator LIKE 'ict-skills-%' GROUP BY iso3 ORDER BY iso3`
	);
}

/** One country in a pair: its latest y, and x from the nearest year to it (within `maxGap` years). */
export interface PairRow {
	iso3: string;
	y: number;
	y_year: number;
	/** Null when x has no value within `maxGap` years of y's year. */
	x: number | null;
	x_year: number | null;
	/** Population of y's year (or the latest), to size the circle. */
	population: number | null;
}

export interface PairParams {
	y: string;
	x: string;
	/** How far x's year may be from y's; the nearer wins, the earlier on a tie. */
	maxGap: number;
}

/** Years apart that a pair may still be read together: beyond it, x is shown as missing. */
export const PAIR_MAX_GAP = 3;

export const connectivityPair = defineQuery<PairParams, PairRow[]>({
	name: 'connectivityPair',
	async sql(db, { y, x, maxGap }) {
		await db.load(['observations']);
		return db.query<PairRow>(
			`WITH ly AS (
			   SELECT iso3, max(year) AS y_year, arg_max(value, year) AS y FROM observations WHERE indicator = ? GROUP BY iso3
			 ), nx AS (
			   SELECT ly.iso3, arg_min(o.value, abs(o.year - ly.y_year) * 2 + (o.year > ly.y_year)::INTEGER) AS x,
			          arg_min(o.year, abs(o.year - ly.y_year) * 2 + (o.year > ly.y_year)::INTEGER) AS x_year
			   FROM ly JOIN observations o ON o.iso3 = ly.iso3 AND o.indicator = ? AND abs(o.year - ly.y_year) <= ?
			   GROUP BY ly.iso3
			 ), pop AS (
			   SELECT ly.iso3, coalesce(max(p.value) FILTER (WHERE p.year = ly.y_year), arg_max(p.value, p.year)) AS population
			   FROM ly JOIN observations p ON p.iso3 = ly.iso3 AND p.indicator = 'population' GROUP BY ly.iso3
			 )
			 SELECT ly.iso3, ly.y, ly.y_year::INTEGER AS y_year, nx.x, nx.x_year::INTEGER AS x_year, pop.population
			 FROM ly LEFT JOIN nx USING (iso3) LEFT JOIN pop USING (iso3)
			 ORDER BY ly.y DESC, ly.iso3`,
			[y, x, maxGap]
		);
	},
	async twin(tables, { y, x, maxGap }) {
		const { aq } = tables;
		type Obs = { iso3: string; year: number; value: number };
		const [ly, xs, population] = await Promise.all([latestOf(tables, y), tables.indicator(x), tables.indicator('population')]);
		const yYear = new Map(objects<Obs>(ly).map((d) => [d.iso3, d.year]));
		// x from the nearest year to y's (the earlier on a tie), within maxGap years.
		const distance = (d: Obs) => Math.abs(d.year - yYear.get(d.iso3)!) * 2 + (d.year > yYear.get(d.iso3)! ? 1 : 0);
		const near = xs
			.filter(aq.escape((d: Obs) => yYear.has(d.iso3) && Math.abs(d.year - yYear.get(d.iso3)!) <= maxGap))
			.derive({ distance: aq.escape(distance) });
		const nearest = near.semijoin(near.groupby('iso3').rollup({ distance: aq.op.min('distance') }), [['iso3', 'distance'], ['iso3', 'distance']]);
		// Population of y's year, else the latest.
		const pop = population.filter(aq.escape((d: Obs) => yYear.has(d.iso3)));
		const sameYear = new Map(objects<Obs>(pop.filter(aq.escape((d: Obs) => d.year === yYear.get(d.iso3)))).map((d) => [d.iso3, d.value]));
		const latestPop = new Map(objects<Obs>(pop.semijoin(pop.groupby('iso3').rollup({ year: aq.op.max('year') }), [['iso3', 'year'], ['iso3', 'year']])).map((d) => [d.iso3, d.value]));
		const rows = ly
			.rename({ value: 'y', year: 'y_year' })
			.lookup(nearest.rename({ value: 'x', year: 'x_year' }), 'iso3', 'x', 'x_year')
			.derive({ population: aq.escape((d: { iso3: string }) => sameYear.get(d.iso3) ?? latestPop.get(d.iso3) ?? null) })
			.orderby(aq.desc('y'), 'iso3')
			.select('iso3', 'y', 'y_year', 'x', 'x_year', 'population');
		return objects<PairRow>(rows);
	}
});

/** A country's most recent year with a value of each indicator, for the coverage grid. */
export interface LatestYear {
	iso3: string;
	indicator: string;
	year: number;
}

export async function latestYears(db: Engine, indicators: readonly string[]): Promise<LatestYear[]> {
	await db.load(['observations']);
	return db.query<LatestYear>(
		`SELECT iso3, indicator, max(year)::INTEGER AS year FROM observations
		 WHERE indicator IN (${inList(indicators.length)}) GROUP BY iso3, indicator ORDER BY indicator, iso3`,
		[...indicators]
	);
}

/** A programme from the seed articles, with the countries it names and their role. */
export interface Programme extends ProjectIdentity, ProjectReach {
	/** English free text from the compilation (the places, e.g. "Espaces Senegal Services in 45 departments"). */
	beneficiaries: string | null;
	source_urls: string;
	countries: { iso3: string; role: string; phase: string | null; member: boolean }[];
}

export async function educationProgrammes(db: Engine, ids: readonly string[] = PROGRAMMES): Promise<Programme[]> {
	await db.load(['projects', 'project_countries', 'memberships']);
	const projects = await db.query<Omit<Programme, 'countries'>>(
		`SELECT id, name_en, name_fr, kind, start, "end", status, beneficiaries_count, beneficiaries_unit_en, beneficiaries_unit_fr,
		        beneficiaries, source_urls
		 FROM projects WHERE id IN (${inList(ids.length)})`,
		[...ids]
	);
	const countries = await db.query<{ project_id: string; iso3: string; role: string; phase: string | null; member: boolean }>(
		`SELECT project_id, iso3, role, phase, iso3 IN (${SMART_AFRICA_MEMBERS_SQL}) AS member
		 FROM project_countries WHERE project_id IN (${inList(ids.length)}) ORDER BY project_id, iso3`,
		[...ids]
	);
	const byId = new Map(projects.map((p) => [p.id, p]));
	return ids
		.filter((id) => byId.has(id))
		.map((id) => ({
			...byId.get(id)!,
			countries: countries.filter((c) => c.project_id === id).map(({ project_id: _, ...c }) => c)
		}));
}
