/**
 * URL state of the projects index: `?kind=education`, `?country=TGO`, `?status=active`, alone or
 * together, narrow the timeline, the map and the table. Kinds and statuses are the families of
 * src/lib/queries/projects.ts (the data's free text, classified by explicit tables); their French
 * names are accepted too, as francophone readers may type them.
 */
import { KIND_GROUPS, STATUS_CLASSES, type KindGroup, type StatusClass } from '$lib/queries/projects';
import { clip, parseChoice, parseCountryList, unknownParams, type Notice, type Parsed } from '$lib/state/params';

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
	const view: ProjectsView = { ...DEFAULT_PROJECTS_VIEW };
	const kind = params.get('kind');
	if (kind !== null) {
		const parsed = parseChoice(kind, 'kind', KIND_GROUPS, KIND_ALIASES);
		view.kind = parsed.value;
		notices.push(...parsed.notices);
	}
	const country = params.get('country');
	if (country !== null) {
		// One country at a time: a list is not understood as a filter, so it is dropped whole.
		if (country.includes(',')) notices.push({ kind: 'bad-value', param: 'country', value: clip(country), expected: ['ISO3'] });
		else {
			const parsed = parseCountryList(country, 'country', knownCountries, 1);
			view.country = parsed.countries[0] ?? null;
			notices.push(...parsed.notices);
		}
	}
	const status = params.get('status');
	if (status !== null) {
		const parsed = parseChoice(status, 'status', STATUS_CLASSES, STATUS_ALIASES);
		view.status = parsed.value;
		notices.push(...parsed.notices);
	}
	return { view, notices };
}

export function serialiseProjectsView(view: ProjectsView): string {
	const params = new URLSearchParams();
	if (view.kind) params.set('kind', view.kind);
	if (view.country) params.set('country', view.country);
	if (view.status) params.set('status', view.status);
	const query = params.toString();
	return query ? `?${query}` : '';
}
