/**
 * Queries behind the projects pages — the list of flagship projects with their countries, one project
 * with its programme, phases and countries, and the indicator series shown around a project's years —
 * and the explicit, documented classifications of the data's free-text values (kinds, statuses) and the
 * choice of related indicators per project. Every classification is a table of the values that occur
 * in data/projects.csv; projects.test.ts fails when a new value appears that no table covers.
 */
import { inList, type Engine } from '$lib/db/engine';
import type { SourceMeta } from './indicator';

/** What names and dates a project: every query returning projects carries these. */
export interface ProjectIdentity {
	id: string;
	name_en: string;
	/** Only where a source uses a French name. */
	name_fr: string | null;
	/** As the sources describe it (English free text; see KIND_GROUPS). */
	kind: string;
	/** Partial dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
	start: string | null;
	end: string | null;
}

/** A project's status and reach as its latest source states them. */
export interface ProjectReach {
	/** As of the latest source (English free text; see STATUS_CLASSES). */
	status: string | null;
	beneficiaries_count: number | null;
	beneficiaries_unit_en: string | null;
	beneficiaries_unit_fr: string | null;
}

/** A project (or a programme's phase) as the list, the timeline and the map need it. */
export interface ProjectSummary extends ProjectIdentity, ProjectReach {
	/** The programme this is a phase of (e.g. `warcip` for `warcip-apl2`). */
	parent: string | null;
	/** In US dollars as the source states it (not converted); never summed across projects. */
	amount_usd: number | null;
	uncertain: boolean;
	/** Sources, separated by " ; ". */
	source_urls: string;
	/** The countries listed for the project itself (ISO3, sorted); a programme's phases list their own. */
	countries: string[];
}

/** Everything a project page shows about the project itself. */
export interface Project extends ProjectSummary {
	lead_org: string | null;
	funder: string | null;
	wb_project_id: string | null;
	amount_note: string | null;
	beneficiaries: string | null;
	summary: string | null;
	notes: string | null;
	/** The shown texts in French (data/projects.csv carries both; the data build requires them). */
	lead_org_fr: string | null;
	funder_fr: string | null;
	status_fr: string | null;
	amount_note_fr: string | null;
	beneficiaries_fr: string | null;
	summary_fr: string | null;
	notes_fr: string | null;
	source_id: string;
	source_dates: string | null;
}

/** A country's part in a project (one row per role and phase). */
export interface ProjectCountry {
	project_id: string;
	iso3: string;
	role: string;
	phase: string | null;
	amount_usd: number | null;
	source_url: string | null;
	note: string | null;
	note_fr: string | null;
}

export interface ProjectDetail {
	project: Project;
	/** The programme it belongs to, if it is a phase. */
	parent: ProjectSummary | null;
	/** Its phases, if it is a programme, by start date. */
	children: ProjectSummary[];
	/** Its other phases, if it is one (for the programme's timeline). */
	siblings: ProjectSummary[];
	/** Countries of the project and of its phases. */
	countries: ProjectCountry[];
	/** The compilation the project rows come from (publisher, licence). */
	source: SourceMeta;
}

const SUMMARY_COLUMNS = `p.id, p.parent, p.name_en, p.name_fr, p.kind, p.start, p."end", p.status, p.amount_usd,
	p.beneficiaries_count, p.beneficiaries_unit_en, p.beneficiaries_unit_fr, p.uncertain, p.source_urls`;

/** Countries per project as one comma-separated string (lists travel differently through the two engines). */
const COUNTRIES_JOIN = `LEFT JOIN (
	  SELECT project_id, string_agg(DISTINCT iso3, ',' ORDER BY iso3) AS countries FROM project_countries GROUP BY project_id
	) pc ON pc.project_id = p.id`;

type Row<T> = Omit<T, 'countries'> & { countries: string | null };
const withCountries = <T extends ProjectSummary>({ countries, ...row }: Row<T>): T =>
	({ ...row, countries: countries ? countries.split(',') : [] }) as unknown as T;

/** Order of a timeline: by start (projects without one last), then by id. */
const BY_START = `coalesce(p.start, '9999'), p.id`;

export async function projectIds(db: Engine): Promise<string[]> {
	await db.load(['projects']);
	return (await db.query<{ id: string }>('SELECT id FROM projects ORDER BY id')).map((r) => r.id);
}

/** Every project and phase with the countries listed for it, by start date. */
export async function projectList(db: Engine): Promise<ProjectSummary[]> {
	await db.load(['projects', 'project_countries']);
	const rows = await db.query<Row<ProjectSummary>>(`SELECT ${SUMMARY_COLUMNS}, pc.countries FROM projects p ${COUNTRIES_JOIN} ORDER BY ${BY_START}`);
	return rows.map(withCountries);
}

/** One project with its programme, phases, countries (its own and its phases') and source; null if unknown. */
export async function projectDetail(db: Engine, id: string): Promise<ProjectDetail | null> {
	await db.load(['projects', 'project_countries', 'sources']);
	const [project] = await db.query<Row<Project>>(
		`SELECT ${SUMMARY_COLUMNS}, p.lead_org, p.funder, p.wb_project_id, p.amount_note, p.beneficiaries, p.summary, p.notes,
		        p.lead_org_fr, p.funder_fr, p.status_fr, p.amount_note_fr, p.beneficiaries_fr, p.summary_fr, p.notes_fr,
		        p.source_id, p.source_dates, pc.countries
		 FROM projects p ${COUNTRIES_JOIN} WHERE p.id = ?`,
		[id]
	);
	if (!project) return null;
	// The programme, its phases and this project's siblings: every row of the family but this one.
	const family = (
		await db.query<Row<ProjectSummary>>(
			`SELECT ${SUMMARY_COLUMNS}, pc.countries FROM projects p ${COUNTRIES_JOIN}
			 WHERE p.id <> ? AND (p.parent = ? OR p.id = ? OR (p.parent IS NOT NULL AND p.parent = ?))
			 ORDER BY ${BY_START}`,
			[id, id, project.parent ?? '', project.parent ?? '']
		)
	).map(withCountries);
	const countries = await db.query<ProjectCountry>(
		`SELECT pc.project_id, pc.iso3, pc.role, pc.phase, pc.amount_usd, pc.source_url, pc.note, pc.note_fr
		 FROM project_countries pc JOIN projects p ON p.id = pc.project_id
		 WHERE p.id = ? OR p.parent = ?
		 ORDER BY coalesce(p.start, '9999'), p.id, pc.iso3, pc.phase NULLS FIRST, pc.role`,
		[id, id]
	);
	const [source] = await db.query<SourceMeta>(
		'SELECT id, publisher, publisher_fr, dataset, dataset_fr, url, licence, licence_fr, licence_url, retrieved, citation FROM sources WHERE id = ?',
		[project.source_id]
	);
	return {
		project: withCountries(project),
		parent: family.find((p) => p.id === project.parent) ?? null,
		children: family.filter((p) => p.parent === id),
		siblings: project.parent ? family.filter((p) => p.parent === project.parent) : [],
		countries,
		source
	};
}

export interface ProjectIndicatorPoint {
	indicator: string;
	iso3: string;
	year: number;
	value: number;
	flag: string | null;
}

/** The values of some indicators for some countries from a year on (no value: no row, shown as missing). */
export async function projectIndicatorSeries(
	db: Engine,
	{ indicators, countries, from }: { indicators: readonly string[]; countries: readonly string[]; from: number }
): Promise<ProjectIndicatorPoint[]> {
	await db.load(['observations']);
	return db.query<ProjectIndicatorPoint>(
		`SELECT indicator, iso3, year, value, flag FROM observations
		 WHERE indicator IN (${inList(indicators.length)}) AND iso3 IN (${inList(countries.length)}) AND year >= ?
		 ORDER BY indicator, iso3, year`,
		[...indicators, ...countries, from]
	);
}

// ---------------------------------------------------------------------------------------------------
// Classifications of the free-text values, so pages can filter and translate them without guessing.

/** Families of kinds, for the filter: a kind may belong to more than one (Giga: connectivity and education). */
export const KIND_GROUPS = ['connectivity', 'education', 'skills', 'governance', 'economy', 'sectors'] as const;
export type KindGroup = (typeof KIND_GROUPS)[number];

/** Every kind in data/projects.csv and the families it belongs to. */
export const KIND_GROUP_OF: Record<string, KindGroup[]> = {
	infrastructure: ['connectivity'],
	'infrastructure/policy': ['connectivity', 'governance'],
	'infrastructure / digital integration': ['connectivity'],
	'rural connectivity': ['connectivity'],
	'telecom policy': ['connectivity', 'governance'],
	'education connectivity': ['connectivity', 'education'],
	education: ['education'],
	'education / digital literacy': ['education', 'skills'],
	skills: ['skills'],
	'skills / TVET': ['skills'],
	'skills / training of trainers': ['skills'],
	'skills / fablabs': ['skills'],
	'skills / innovation': ['skills', 'economy'],
	'e-government': ['governance'],
	'digital identity / data': ['governance'],
	statistics: ['governance'],
	cybersecurity: ['governance'],
	'policy / e-commerce': ['governance', 'economy'],
	'digital economy': ['economy'],
	'umbrella programme': ['economy'],
	industry: ['economy'],
	entrepreneurship: ['economy'],
	fintech: ['economy'],
	'SME technology extension': ['economy'],
	AI: ['economy'],
	'smart cities': ['sectors'],
	'energy/environment': ['sectors'],
	energy: ['sectors'],
	'blue economy': ['sectors'],
	agriculture: ['sectors']
};

export const kindGroups = (kind: string): KindGroup[] => KIND_GROUP_OF[kind] ?? [];

/** Status, in five classes: the raw text stays on the page; the class colours the timeline and filters. */
export const STATUS_CLASSES = ['active', 'partly-closed', 'closed', 'announced', 'not-stated'] as const;
export type StatusClass = (typeof STATUS_CLASSES)[number];

/** Every status in data/projects.csv and its class (an empty status is "not stated"). */
export const STATUS_CLASS_OF: Record<string, StatusClass> = {
	active: 'active',
	'active (financing secured for Gambia and Guinea per ECOWAS)': 'active',
	pilots: 'active',
	'deployed (operational phase launched 2018-07-02)': 'active',
	'phases closed; Togo AF 2021': 'partly-closed',
	'closed for MRT; Togo extended to 2020-05-31 and received AF in 2021': 'partly-closed',
	'closed (ICR 2017-12-30; outcome rated satisfactory)': 'closed',
	'closed (ICR 2022-02-25)': 'closed',
	'closed (planned end 2018)': 'closed',
	completed: 'closed',
	// The project row is the 2015–2017 pilot; its later deployment phase (to 2023) is stated, not dated as a row.
	'pilot completed; deployment phase 2018-2023': 'closed',
	'blueprint/priority announced': 'announced',
	announced: 'announced',
	'agreement signed': 'announced',
	'declaration signed': 'announced',
	unknown: 'not-stated'
};

export const statusClass = (status: string | null): StatusClass => (status ? (STATUS_CLASS_OF[status] ?? 'not-stated') : 'not-stated');

// ---------------------------------------------------------------------------------------------------
// Related indicators: which series to show beside a project, for its countries, around its years.

/**
 * Named sets of indicators, each chosen for what the projects of that family aim to change, and for
 * series that reach back before most projects began (prices, published only from 2023, would show no
 * "before"). Showing them side by side is context, not evaluation: the pages say co-movement is not
 * attribution.
 */
export const RELATED_SETS = {
	/** Backbones, submarine cables and regional integration: access, capacity, take-up. */
	backbone: ['internet-users', 'international-bandwidth', 'fixed-broadband-subscriptions', 'mobile-broadband-subscriptions'],
	/** Togo's school intranet: schools with the Internet and computers, secondary enrolment, Internet use. */
	schoolIntranet: [
		'schools-internet-lower-secondary',
		'schools-internet-upper-secondary',
		'schools-computers-lower-secondary',
		'schools-computers-upper-secondary',
		'gross-enrolment-secondary',
		'internet-users'
	],
	/** Connecting schools (Giga): schools online at each level, and children with the Internet at home. */
	schoolConnectivity: ['schools-internet-primary', 'schools-internet-lower-secondary', 'schools-internet-upper-secondary', 'children-home-internet'],
	/** Education and e-learning programmes. */
	education: ['schools-internet-upper-secondary', 'schools-computers-upper-secondary', 'children-home-internet', 'internet-users'],
	/** Digital skills, training, fab labs: measured skills, basic-skills score, tertiary enrolment, use. */
	skills: ['ict-skills-copy-paste-youth', 'mci-basic-skills', 'gross-enrolment-tertiary', 'internet-users'],
	/** E-government, digital identity, data: the UN e-government indices and Internet use. */
	governance: ['egdi', 'egov-osi', 'internet-users', 'mobile-broadband-subscriptions'],
	/** Cybersecurity: secure servers and the GSMA online-security score. */
	cybersecurity: ['secure-servers', 'mci-online-security', 'internet-users'],
	/** Roaming and telecom policy: subscriptions and affordability. */
	mobileMarket: ['mobile-subscriptions', 'mobile-broadband-subscriptions', 'mci-affordability', 'internet-users'],
	/** Rural connectivity and agriculture: coverage and electricity in the countryside. */
	rural: ['mobile-coverage-3g', 'mobile-coverage-4g', 'electricity-access-rural', 'internet-users'],
	/** Energy and environment. */
	energy: ['electricity-access', 'electricity-access-rural', 'internet-users'],
	/** Smart cities. */
	cities: ['urban-population', 'mobile-coverage-4g', 'internet-users', 'fixed-broadband-subscriptions'],
	/** Digital economy, industry, start-ups, payments, AI. */
	economy: ['internet-users', 'mobile-broadband-subscriptions', 'secure-servers', 'mci-index'],
	/** Anything else: use and mobile broadband. */
	default: ['internet-users', 'mobile-broadband-subscriptions']
} as const satisfies Record<string, readonly string[]>;

export type RelatedSet = keyof typeof RELATED_SETS;

/** The set for each project; a phase without its own entry takes its programme's. Unlisted: `default`. */
export const RELATED_SET_OF: Record<string, RelatedSet> = {
	warcip: 'backbone',
	'cab-apl1a': 'backbone',
	'cab-apl1b': 'backbone',
	'cab-stp': 'backbone',
	wardip: 'backbone',
	'sa-broadband-2025': 'backbone',
	'tgo-ent': 'schoolIntranet',
	giga: 'schoolConnectivity',
	'sa-scholarship': 'education',
	'sen-snsa-focus-elearning': 'education',
	'sa-digital-literacy': 'skills',
	'sa-ict-skills': 'skills',
	'sa-sada': 'skills',
	'sen-focus-vtc': 'skills',
	'sen-imt-fablab-mooc': 'skills',
	'sen-labs-xalaat-defar': 'skills',
	'tgo-woelab-defitech': 'skills',
	'sa-digital-id': 'governance',
	'sa-sata': 'governance',
	'sa-data-measurement': 'governance',
	'sa-cybersecurity': 'cybersecurity',
	'sa-oan': 'mobileMarket',
	'sa-smart-villages': 'rural',
	'sa-agritech': 'rural',
	'sa-green-economy': 'energy',
	'sa-smart-energy': 'energy',
	'sa-blue-economy': 'energy',
	'sa-smart-cities': 'cities',
	'sa-digital-economy': 'economy',
	'sa-ict-industry': 'economy',
	'sa-private-sector': 'economy',
	'sa-startups': 'economy',
	'sa-crossborder-pay': 'economy',
	'sa-idect': 'economy',
	'sa-ai': 'economy',
	'mli-hub-iit': 'economy',
	'wb-de4a': 'economy'
};

export function relatedSet(project: { id: string; parent: string | null }): RelatedSet {
	return RELATED_SET_OF[project.id] ?? (project.parent ? RELATED_SET_OF[project.parent] : undefined) ?? 'default';
}

export const relatedIndicators = (project: { id: string; parent: string | null }): readonly string[] => RELATED_SETS[relatedSet(project)];

/** Years before a project's start that its related indicators show, for a "before". */
export const YEARS_BEFORE = 5;
/** First year shown when a project has no start date. */
export const UNDATED_FROM = 2010;
