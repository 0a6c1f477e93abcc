import { error } from '@sveltejs/kit';
import { prerenderEngine } from '$lib/db/node';
import { countryIdentity, countryIds } from '$lib/queries/country';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () =>
	(await countryIds(prerenderEngine())).flatMap((iso3) => [{ iso3 }, { lang: 'fr', iso3 }]);

export const load: PageServerLoad = async ({ params }) => {
	const country = await countryIdentity(prerenderEngine(), params.iso3);
	if (!country) error(404, `No country "${params.iso3}"`);
	return { country };
};
