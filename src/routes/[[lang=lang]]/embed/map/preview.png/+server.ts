/** The membership map's link preview: the home page's (and default) image. */
import ChoroplethMap from '$lib/charts/ChoroplethMap.svelte';
import { localeFromParam } from '$lib/i18n/locales';
import { home } from '$lib/i18n/messages/home';
import { membershipMapProps } from '$lib/share/membership-map';
import { membershipSource } from '$lib/share/membership-source';
import { pngResponse, previewPng, renderChart } from '$lib/share/preview.server';
import { loadHome } from '$lib/views/home/load.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];

export const GET: RequestHandler = async ({ params }) => {
	const locale = localeFromParam(params.lang);
	const data = await loadHome(params);
	const props = membershipMapProps(locale, data.countries, data.memberships);
	const chart = renderChart(ChoroplethMap, { id: 'membership-map', map: data.map, ...props });
	return pngResponse(previewPng({ chart, title: home[locale].mapTitle, source: membershipSource(data.memberships, locale, data.membershipLicence), locale }));
};
