/**
 * The education view's three queries (schools, skills, the connectivity pair) as functions of its state,
 * shared by /education and its embeds. The default state is the prerendered result; another level, skill
 * or pair is queried in the browser, and only for the panels shown (an embed of one panel runs one).
 */
import { liveQuery, type LiveQuery } from '$lib/db/live-query.svelte';
import type { Engine } from '$lib/db/engine';
import { queryStatusText } from '$lib/components/query-status';
import type { Locale } from '$lib/i18n/locales';
import { PAIR_MAX_GAP, pairIndicators, type PairParams, type PairRow, type SchoolLevel, type SchoolRow, type Skill, type SkillRow } from '$lib/queries/education';
import type { EducationPanel } from '$lib/share/education-panels';
import type { PanelStatus } from './context';
import type { EducationData } from './load.server';
import type { EducationView } from './state';

/** The page's data: the view's, and the dataset's version from the root layout. */
export type EducationPageData = EducationData & { dataset: { version: string } };
/** Each chart panel's rows with the parameters they answer (as `data.initial` holds the defaults'). */
export type EducationResults = EducationData['initial'];

export function educationQueries(options: {
	data: () => EducationPageData;
	view: () => EducationView;
	locale: () => Locale;
	/** Whether a panel is shown: a hidden panel keeps its default state and never queries. */
	shown: (panel: EducationPanel) => boolean;
}) {
	const data = $derived(options.data());
	const query = <P, R>(name: string, params: () => P, initial: () => { params: P; rows: R }, run: (db: Engine, p: P) => Promise<R>): LiveQuery<P, R> =>
		liveQuery<P, R>({
			name,
			params: () => (options.shown(panelOf[name]) ? params() : initial().params),
			initial: () => ({ params: initial().params, result: initial().rows }),
			run,
			datasetVersion: () => data.dataset.version
		});
	const panelOf: Record<string, EducationPanel> = { 'education-schools': 'schools', 'education-skills': 'skills', 'education-pair': 'connectivity' };
	const schools = query<{ level: SchoolLevel }, SchoolRow[]>(
		'education-schools',
		() => ({ level: options.view().level }),
		() => data.initial.schools,
		async (db, p) => (await import('$lib/queries/education')).schoolsLatest(db, p)
	);
	const skills = query<{ skill: Skill }, SkillRow[]>(
		'education-skills',
		() => ({ skill: options.view().skill }),
		() => data.initial.skills,
		async (db, p) => (await import('$lib/queries/education')).skillsLatest(db, p)
	);
	const pair = query<PairParams, PairRow[]>(
		'education-pair',
		() => ({ ...pairIndicators(options.view().pair, options.view().level), maxGap: PAIR_MAX_GAP }),
		() => data.initial.pair,
		async (db, p) => (await import('$lib/queries/education')).connectivityPair(db, p)
	);
	// The panels draw the results on screen, which may lag the address while a query runs.
	const results = $derived<EducationResults>({
		schools: { params: schools.resultParams, rows: schools.result },
		skills: { params: skills.resultParams, rows: skills.result },
		pair: { params: pair.resultParams, rows: pair.result }
	});
	const statusOf = (q: LiveQuery<unknown, unknown>): PanelStatus => ({ status: q.status, statusText: queryStatusText(options.locale(), q) });
	const status = $derived<Partial<Record<EducationPanel, PanelStatus>>>({ schools: statusOf(schools), skills: statusOf(skills), connectivity: statusOf(pair) });
	const failed = $derived([schools, skills, pair].filter((q) => q.status === 'error'));

	return {
		schools,
		skills,
		pair,
		get results() {
			return results;
		},
		get status() {
			return status;
		},
		get failed() {
			return failed;
		}
	};
}
