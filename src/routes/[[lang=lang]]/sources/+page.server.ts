import { prerenderEngine } from '$lib/db/node';
import { indicatorCoverage, recentSince } from '$lib/queries/coverage';
import { sourcesWithIndicators } from '$lib/queries/sources';
import { datasetInfo } from '$lib/server/manifest';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];

export const load: PageServerLoad = async () => {
	const db = prerenderEngine();
	// "Recent" is counted from the build's year, so the page and `npm run data:report` agree.
	const since = recentSince(new Date(datasetInfo().built).getUTCFullYear());
	const [sources, coverage] = await Promise.all([sourcesWithIndicators(db), indicatorCoverage(db, { since })]);
	// Which copy a source was read from (a repository, a path, a commit) is kept in the public data files
	// for audit; the page only says that a third-party copy was used, so the page data does not carry it.
	return { sources: sources.map(({ via, ...s }) => ({ ...s, thirdPartyCopy: via !== null })), coverage, since };
};
