import { loadCompare } from '$lib/views/compare/load.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];

export const load: PageServerLoad = ({ params }) => loadCompare(params);
