import { prerenderEngine } from '$lib/db/node';
import { sourcesWithIndicators } from '$lib/queries/sources';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];

export const load: PageServerLoad = async () => ({ sources: await sourcesWithIndicators(prerenderEngine()) });
