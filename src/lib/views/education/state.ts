/**
 * URL state of the education page: `level=primary|lower-secondary|upper-secondary` (the schools level,
 * which the schools scatters follow too), `schools=dots|chain` (the dot plot or the electricity →
 * computers → Internet chain), `skill=<type>` (SDG 4.4.1 skill type), `pair=internet|electricity|price`
 * (which scatter against connectivity) and `countries=TGO,SEN` (countries named in every chart). Only
 * what differs from the default is written, so the default keeps the clean, prerendered address.
 */
import { PAIRS, SCHOOL_LEVELS, SKILLS, type Pair, type SchoolLevel, type Skill } from '$lib/queries/education';
import { parseChoice, parseCountryList, unknownParams, type Notice } from '$lib/state/params';

export const SCHOOL_VIEWS = ['dots', 'chain'] as const;
export type SchoolView = (typeof SCHOOL_VIEWS)[number];
export const PAIR_KEYS = Object.keys(PAIRS) as Pair[];

export interface EducationView {
	level: SchoolLevel;
	schools: SchoolView;
	skill: Skill;
	pair: Pair;
	/** Countries named and outlined in the charts, in selection order. */
	countries: string[];
}

/** The countries of the seed articles' programmes: Togo, Senegal and Mali. */
export const DEFAULT_COUNTRIES = ['TGO', 'SEN', 'MLI'];
/** Copy-and-paste: the skill reported by the most countries (with e-mail, presentations…). */
export const DEFAULT_VIEW: EducationView = {
	level: 'primary',
	schools: 'dots',
	skill: 'copy-paste',
	pair: 'internet',
	countries: DEFAULT_COUNTRIES
};
export const MAX_HIGHLIGHTED = 12;

const PARAMS = ['level', 'schools', 'skill', 'pair', 'countries'] as const;

/** French and shorter spellings people type. */
const LEVEL_ALIASES: Record<string, SchoolLevel> = {
	primaire: 'primary',
	lower: 'lower-secondary',
	upper: 'upper-secondary',
	'lower-sec': 'lower-secondary',
	'upper-sec': 'upper-secondary',
	college: 'lower-secondary',
	collège: 'lower-secondary',
	lycee: 'upper-secondary',
	lycée: 'upper-secondary'
};
const VIEW_ALIASES: Record<string, SchoolView> = { dot: 'dots', points: 'dots', chaine: 'chain', chaîne: 'chain' };
const PAIR_ALIASES: Record<string, Pair> = { electricite: 'electricity', électricité: 'electricity', prix: 'price' };

export function parseEducationView(params: URLSearchParams, knownCountries: ReadonlySet<string>): { view: EducationView; notices: Notice[] } {
	const notices = unknownParams(params, PARAMS);
	const view: EducationView = { ...DEFAULT_VIEW };
	const choice = <T extends string>(param: string, values: readonly T[], aliases: Record<string, T>, fallback: T): T => {
		const raw = params.get(param);
		if (raw === null) return fallback;
		const parsed = parseChoice(raw, param, values, aliases);
		notices.push(...parsed.notices);
		return parsed.value ?? fallback;
	};
	view.level = choice('level', SCHOOL_LEVELS, LEVEL_ALIASES, view.level);
	view.schools = choice('schools', SCHOOL_VIEWS, VIEW_ALIASES, view.schools);
	view.skill = choice('skill', SKILLS, {}, view.skill);
	view.pair = choice('pair', PAIR_KEYS, PAIR_ALIASES, view.pair);
	const rawCountries = params.get('countries');
	if (rawCountries !== null) {
		// `countries=none` (or empty) names no country; a list whose every code is unknown keeps the default.
		if (['', 'none'].includes(rawCountries.trim().toLowerCase())) view.countries = [];
		else {
			const parsed = parseCountryList(rawCountries, 'countries', knownCountries, MAX_HIGHLIGHTED);
			notices.push(...parsed.notices);
			if (parsed.countries.length) view.countries = parsed.countries;
		}
	}
	return { view, notices };
}

export function serialiseEducationView(view: EducationView): string {
	const params = new URLSearchParams();
	if (view.level !== DEFAULT_VIEW.level) params.set('level', view.level);
	if (view.schools !== DEFAULT_VIEW.schools) params.set('schools', view.schools);
	if (view.skill !== DEFAULT_VIEW.skill) params.set('skill', view.skill);
	if (view.pair !== DEFAULT_VIEW.pair) params.set('pair', view.pair);
	if (view.countries.join(',') !== DEFAULT_VIEW.countries.join(',')) params.set('countries', view.countries.length ? view.countries.join(',') : 'none');
	const query = params.toString().replaceAll('%2C', ',');
	return query ? `?${query}` : '';
}
