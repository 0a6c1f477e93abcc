import { prerenderEngine } from '$lib/db/node';
import { indicatorIds } from '$lib/queries/indicator';
import { loadIndicator } from '$lib/views/indicator/load.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => (await indicatorIds(prerenderEngine())).flatMap((id) => [{ id }, { lang: 'fr', id }]);

/** The same default view and data as /indicator/<id>, prerendered once per language. */
export const load: PageServerLoad = ({ params }) => loadIndicator(params);
