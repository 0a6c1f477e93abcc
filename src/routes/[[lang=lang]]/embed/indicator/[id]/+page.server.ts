import { prerenderEngine } from '$lib/db/node';
import { indicatorIds } from '$lib/queries/indicator';
import { load as indicatorLoad } from '../../../indicator/[id]/+page.server';
import type { PageServerData as IndicatorData } from '../../../indicator/[id]/$types';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => (await indicatorIds(prerenderEngine())).flatMap((id) => [{ id }, { lang: 'fr', id }]);

/** The same default view and data as /indicator/<id>, prerendered once per language. */
export const load: PageServerLoad = async (event) => (await indicatorLoad(event as never)) as IndicatorData;
