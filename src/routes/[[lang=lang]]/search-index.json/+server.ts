import { json } from '@sveltejs/kit';
import { localeFromParam } from '$lib/i18n/locales';
import { loadSearchDocs } from '$lib/search/index.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];

/**
 * The site search's documents in the page's language, prerendered as a static file: the header's search
 * field fetches it when a reader focuses it, never before.
 */
export const GET: RequestHandler = async ({ params }) => json(await loadSearchDocs(localeFromParam(params.lang)));
