import { load as homeLoad } from '../../+page.server';
import type { PageServerData as HomeData } from '../../$types';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];

/** The home page's map and memberships, prerendered once per language. */
export const load: PageServerLoad = async (event) => (await homeLoad(event as never)) as HomeData;
