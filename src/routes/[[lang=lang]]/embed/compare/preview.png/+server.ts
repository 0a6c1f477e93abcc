/** The compare page's (and its embed's) link preview: the default line chart, drawn by LineView itself. */
import { engine } from '$lib/i18n/messages/common';
import { localeFromParam } from '$lib/i18n/locales';
import { comparePage } from '$lib/i18n/messages/compare';
import { pngResponse, previewPng, renderChart } from '$lib/share/preview.server';
import { sourceText } from '$lib/share/source-text';
import { DEFAULT_VIEW } from '$lib/views/compare/state';
import { loadCompare } from '$lib/views/compare/load.server';
import LineView from '$lib/views/compare/LineView.svelte';
import { indicatorText, type ViewContext } from '$lib/views/compare/context';
import { selectionColours } from '$lib/views/compare/derive';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];

export const GET: RequestHandler = async ({ params }) => {
	const locale = localeFromParam(params.lang);
	const data = await loadCompare(params);
	const query = data.initialParams;
	const result = data.initial;
	if (result.chart !== 'line' || query.chart !== 'line') throw new Error('the default compare view is a line chart');
	const t = comparePage[locale];
	const entry = data.catalogue.find((c) => c.id === query.indicator)!;
	const countries = new Map(data.countries.map((c) => [c.iso3, c]));
	const selected = DEFAULT_VIEW.countries;
	const ctx: ViewContext = {
		locale,
		t,
		name: (iso3) => (locale === 'fr' ? countries.get(iso3)?.name_fr : countries.get(iso3)?.name_en) ?? iso3,
		countries,
		selected,
		colours: selectionColours(selected),
		refs: ['median'],
		status: 'ready',
		statusText: engine[locale].updating,
		tab: 'chart',
		enhanced: false,
		onTab: () => {},
		sources: data.sources,
		indicatorHref: () => ''
	};
	const ind = indicatorText(entry, locale);
	const chart = renderChart(LineView, { ctx, entry, params: query, data: result });
	return pngResponse(
		previewPng({
			chart,
			title: t.titleLine(ind.name, query.from, query.to),
			subtitle: ind.unit,
			source: sourceText(data.sources[entry.source_id], locale, entry.source_code),
			locale
		})
	);
};
