import { prerenderEngine } from '$lib/db/node';
import { indicatorIds } from '$lib/queries/indicator';
import { loadIndicator } from '$lib/views/indicator/load.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => {
	const ids = await indicatorIds(prerenderEngine());
	return ids.flatMap((id) => [{ id }, { lang: 'fr', id }]);
};

export const load: PageServerLoad = ({ params }) => loadIndicator(params);
