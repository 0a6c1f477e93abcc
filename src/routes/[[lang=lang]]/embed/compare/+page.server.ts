import { loadCompare } from '$lib/views/compare/load.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];

/** The same default view and data as /compare, prerendered once per language. */
export const load: PageServerLoad = ({ params }) => loadCompare(params);
