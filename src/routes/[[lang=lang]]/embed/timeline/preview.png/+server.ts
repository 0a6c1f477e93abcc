/** The accession timeline's link preview. */
import AccessionTimeline from '$lib/charts/AccessionTimeline.svelte';
import { localeFromParam, localized } from '$lib/i18n/locales';
import { home } from '$lib/i18n/messages/home';
import { membershipSource } from '$lib/share/membership-source';
import { membershipTimelineProps } from '$lib/share/membership-timeline';
import { pngResponse, previewPng, renderChart } from '$lib/share/preview.server';
import { loadHome } from '$lib/views/home/load.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];

export const GET: RequestHandler = async ({ params }) => {
	const locale = localeFromParam(params.lang);
	const data = await loadHome(params);
	const names = new Map(data.countries.map((c) => [c.iso3, localized(c, 'name', locale)]));
	const chart = renderChart(AccessionTimeline, membershipTimelineProps(locale, names, data.memberships, data.today));
	return pngResponse(previewPng({ chart, title: home[locale].timelineTitle, source: membershipSource(data.memberships, locale, data.membershipLicence), locale }));
};
