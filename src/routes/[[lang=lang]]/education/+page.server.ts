import { loadEducation } from '$lib/views/education/load.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];

export const load: PageServerLoad = ({ params }) => loadEducation(params);
