import { prerenderEngine } from '$lib/db/node';
import { countryGroups } from '$lib/queries/groups';
import { smartAfricaMemberships } from '$lib/queries/membership';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];

export const load: PageServerLoad = async () => {
	const db = prerenderEngine();
	const [countries, memberships] = await Promise.all([countryGroups(db), smartAfricaMemberships(db)]);
	return { countries, memberships };
};
