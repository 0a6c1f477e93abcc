import { load as compareLoad } from '../../compare/+page.server';
import type { PageServerData as CompareData } from '../../compare/$types';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];

/** The same default view and data as /compare, prerendered once per language. */
export const load: PageServerLoad = async (event) => (await compareLoad(event as never)) as CompareData;
