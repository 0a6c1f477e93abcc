import { localeFromParam } from '$lib/i18n/locales';
import { loadSearchDocs } from '$lib/search/index.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];

export const load: PageServerLoad = async ({ params }) => ({ docs: await loadSearchDocs(localeFromParam(params.lang)) });
