import { prerenderEngine } from '$lib/db/node';
import { indicatorCoverage, recentSince } from '$lib/queries/coverage';
import { filteredObservations } from '$lib/queries/data';
import { countryGroups } from '$lib/queries/groups';
import { datasetInfo, publicFiles } from '$lib/server/manifest';
import { DEFAULT_DATA_VIEW } from '$lib/views/data/state';

export async function loadData() {
	const db = prerenderEngine();
	// Only what the pickers and the default preview need: definitions and sources are queried in the
	// browser when a download is made, with the rows themselves.
	const [countries, coverage, rows] = await Promise.all([
		countryGroups(db),
		indicatorCoverage(db, { since: recentSince(new Date(datasetInfo().built).getUTCFullYear()) }),
		filteredObservations(db, DEFAULT_DATA_VIEW)
	]);
	const years = coverage.flatMap((c) => (c.first_year === null ? [] : [c.first_year, c.last_year!]));
	return {
		countries,
		indicators: coverage.map(({ id, topic, name_en, name_fr, unit_en, unit_fr, publisher, publisher_fr }) => ({ id, topic, name_en, name_fr, unit_en, unit_fr, publisher, publisher_fr })),
		rows,
		firstYear: Math.min(...years),
		lastYear: Math.max(...years),
		files: publicFiles()
	};
}

/** What loadData returns: the page's data, and the embed's and preview image's. */
export type DataPageData = Awaited<ReturnType<typeof loadData>>;
