import { loadHome } from '$lib/views/home/load.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];

/** The home page's map and memberships, prerendered once per language. */
export const load: PageServerLoad = ({ params }) => loadHome(params);
