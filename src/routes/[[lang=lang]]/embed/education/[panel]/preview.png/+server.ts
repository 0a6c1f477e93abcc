/** An education panel's link preview: the panel's first chart in its default view, drawn by the panel itself. */
import { localeFromParam } from '$lib/i18n/locales';
import { educationPage } from '$lib/i18n/messages/education';
import { EDUCATION_PANELS, type EducationPanel } from '$lib/share/education-panels';
import { pngResponse, previewPng, renderFigure } from '$lib/share/preview.server';
import ChartPanel from '$lib/views/education/ChartPanel.svelte';
import { educationContext, panelHeading } from '$lib/views/education/context';
import { loadEducation } from '$lib/views/education/load.server';
import { DEFAULT_VIEW } from '$lib/views/education/state';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => EDUCATION_PANELS.flatMap((panel) => [{ panel }, { lang: 'fr', panel }]);

export const GET: RequestHandler = async ({ params }) => {
	const locale = localeFromParam(params.lang);
	const panel = params.panel as EducationPanel;
	const data = await loadEducation(params);
	const ctx = educationContext(data, locale, DEFAULT_VIEW.countries, false);
	// The panel's own source lines, word for word.
	const { chart, source } = renderFigure(ChartPanel, { ctx, panel, results: data.initial, schoolsView: DEFAULT_VIEW.schools, context: data.context });
	return pngResponse(previewPng({ chart, title: panelHeading(educationPage[locale], panel), source, locale }));
};
