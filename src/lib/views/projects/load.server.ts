import { prerenderEngine } from '$lib/db/node';
import { countryCodes, countryNames } from '$lib/queries/countries';
import { projectList } from '$lib/queries/projects';
import { africaMap } from '$lib/server/africa-map';
import { datasetInfo } from '$lib/server/manifest';

/** Everything the index shows, for every filter: 41 short rows are filtered in the browser without DuckDB. */
export async function loadProjects() {
	const db = prerenderEngine();
	const [projects, countries, codes] = await Promise.all([projectList(db), countryNames(db), countryCodes(db)]);
	return {
		projects,
		countries,
		map: africaMap(codes),
		// The timeline's "today" is the day the data were built, so every prerendered page agrees.
		today: Date.parse(datasetInfo().built)
	};
}

/** What loadProjects returns: the page's data, and the embed's and preview image's. */
export type ProjectsData = Awaited<ReturnType<typeof loadProjects>>;
