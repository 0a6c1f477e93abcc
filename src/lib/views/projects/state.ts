/**
 * URL state of the projects index: `?kind=education`, `?country=TGO`, `?status=active`, alone or
 * together, narrow the timeline, the map and the table. Kinds and statuses are the families of
 * src/lib/queries/projects.ts (the data's free text, classified by explicit tables); their French
 * names are accepted too, as francophone readers may type them.
 */
import { KIND_GROUPS, STATUS_CLASSES, type KindGroup, type StatusClass } from '$lib/queries/projects';
import { clip, parseCountryList, queryString, readChoice, unknownParams, type Notice, type Parsed } from '$lib/state/params';

export interface ProjectsView {
	kind: KindGroup | null;
	/** ISO3 of an AU member state. */
	country: string | null;
	status: StatusClass | null;
}

export const DEFAULT_PROJECTS_VIEW: ProjectsView = { kind: null, country: null, status: null };

const KIND_ALIASES: Record<string, KindGroup> = {
	connectivité: 'connectivity',
	connectivite: 'connectivity',
	infrastructure: 'connectivity',
	éducation: 'education',
	compétences: 'skills',
	competences: 'skills',
	gouvernance: 'governance',
	économie: 'economy',
	economie: 'economy',
	secteurs: 'sectors'
};
const STATUS_ALIASES: Record<string, StatusClass> = {
	'en-cours': 'active',
	ongoing: 'active',
	'clos-en-partie': 'partly-closed',
	clos: 'closed',
	annoncé: 'announced',
	annonce: 'announced',
	'non-indiqué': 'not-stated',
	'non-indique': 'not-stated',
	unknown: 'not-stated'
};

export function parseProjectsView(params: URLSearchParams, knownCountries: ReadonlySet<string>): Parsed<ProjectsView> {
	const notices: Notice[] = unknownParams(params, ['kind', 'country', 'status']);
	const kind = readChoice(params, 'kind', KIND_GROUPS, KIND_ALIASES, notices);
	let country: string | null = null;
	const rawCountry = params.get('country');
	if (rawCountry !== null) {
		// One country at a time: a list is not understood as a filter, so it is dropped whole.
		if (rawCountry.includes(',')) notices.push({ kind: 'bad-value', param: 'country', value: clip(rawCountry), expected: ['ISO3'] });
		else {
			const parsed = parseCountryList(rawCountry, 'country', knownCountries, 1);
			country = parsed.countries[0] ?? null;
			notices.push(...parsed.notices);
		}
	}
	const status = readChoice(params, 'status', STATUS_CLASSES, STATUS_ALIASES, notices);
	return { view: { kind, country, status }, notices };
}

export function serialiseProjectsView(view: ProjectsView): string {
	return queryString({ kind: view.kind, country: view.country, status: view.status });
}
