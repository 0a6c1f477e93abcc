import { loadHome } from '$lib/views/home/load.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];

export const load: PageServerLoad = ({ params }) => loadHome(params);
