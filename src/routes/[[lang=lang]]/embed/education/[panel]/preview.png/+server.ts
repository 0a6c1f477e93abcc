/** An education panel's link preview: the panel's first chart in its default view, drawn by the panel itself. */
import type { Component } from 'svelte';
import ContextPanel from '$lib/views/education/ContextPanel.svelte';
import type { EducationContext } from '$lib/views/education/context';
import PairPanel from '$lib/views/education/PairPanel.svelte';
import SchoolsPanel from '$lib/views/education/SchoolsPanel.svelte';
import SkillsPanel from '$lib/views/education/SkillsPanel.svelte';
import { localeFromParam } from '$lib/i18n/locales';
import { educationPage } from '$lib/i18n/messages/education';
import { EDUCATION_PANELS, type EducationPanel } from '$lib/share/education-panels';
import { pngResponse, previewPng, renderFigure } from '$lib/share/preview.server';
import { DEFAULT_VIEW } from '$lib/views/education/state';
import { loadEducation } from '$lib/views/education/load.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => EDUCATION_PANELS.flatMap((panel) => [{ panel }, { lang: 'fr', panel }]);

export const GET: RequestHandler = async ({ params }) => {
	const locale = localeFromParam(params.lang);
	const panel = params.panel as EducationPanel;
	const data = await loadEducation(params);
	const t = educationPage[locale];
	const ctx: EducationContext = {
		locale,
		t,
		countries: new Map(data.countries.map((c) => [c.iso3, c])),
		selected: DEFAULT_VIEW.countries,
		programmeCountries: new Set(data.programmes.flatMap((p) => p.countries.map((c) => c.iso3))),
		entries: new Map(data.catalogue.map((c) => [c.id, c])),
		sources: data.sources,
		enhanced: false
	};
	const { schools, skills, pair } = data.initial;
	const drawn: Record<EducationPanel, { component: Component<never>; props: Record<string, unknown>; title: string }> = {
		schools: { component: SchoolsPanel as never, props: { ctx, level: schools.params.level, view: DEFAULT_VIEW.schools, rows: schools.rows }, title: t.schoolsHeading },
		skills: { component: SkillsPanel as never, props: { ctx, skill: skills.params.skill, rows: skills.rows }, title: t.skillsHeading },
		connectivity: {
			component: PairPanel as never,
			props: { ctx, y: pair.params.y, x: pair.params.x, rows: pair.rows, logX: pair.params.x.startsWith('mobile-broadband-price') },
			title: t.connectivityHeading
		},
		context: { component: ContextPanel as never, props: { ctx, values: data.context }, title: t.contextHeading }
	};
	const { component, props, title } = drawn[panel];
	// The panel's own source lines, word for word.
	const { chart, source } = renderFigure(component as Component<Record<string, unknown>>, props);
	return pngResponse(previewPng({ chart, title, source, locale }));
};
