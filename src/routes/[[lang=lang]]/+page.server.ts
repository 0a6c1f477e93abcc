import { prerenderEngine } from '$lib/db/node';
import { countryCodes } from '$lib/queries/countries';
import { countryGroups } from '$lib/queries/groups';
import { smartAfricaMemberships } from '$lib/queries/membership';
import { datasetInfo } from '$lib/server/manifest';
import { africaMap } from '$lib/server/africa-map';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];

export const load: PageServerLoad = async () => {
	const db = prerenderEngine();
	const [countries, memberships, codes] = await Promise.all([countryGroups(db), smartAfricaMemberships(db), countryCodes(db)]);
	return {
		countries,
		memberships,
		map: africaMap(codes),
		// The timeline runs to the day the data were built.
		today: Date.parse(datasetInfo().built)
	};
};
