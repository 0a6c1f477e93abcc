import { prerenderEngine } from '$lib/db/node';
import { countryCodes, countryNames } from '$lib/queries/countries';
import { projectList } from '$lib/queries/projects';
import { africaMap } from '$lib/server/africa-map';
import { datasetInfo } from '$lib/server/manifest';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];

/** Everything the index shows, for every filter: 41 short rows are filtered in the browser without DuckDB. */
export const load: PageServerLoad = async () => {
	const db = prerenderEngine();
	const [projects, countries, codes] = await Promise.all([projectList(db), countryNames(db), countryCodes(db)]);
	return {
		projects,
		countries,
		map: africaMap(codes),
		// The timeline's "today" is the day the data were built, so every prerendered page agrees.
		today: Date.parse(datasetInfo().built)
	};
};
