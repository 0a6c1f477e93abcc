import { prerenderEngine } from '$lib/db/node';
import { indicatorCoverage, recentSince } from '$lib/queries/coverage';
import { datasetInfo } from '$lib/server/manifest';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];

export const load: PageServerLoad = async () => ({
	indicators: await indicatorCoverage(prerenderEngine(), { since: recentSince(new Date(datasetInfo().built).getUTCFullYear()) })
});
