/**
 * The golden files must not change with the day they are rendered. The site dates its "today" (the
 * timelines' end, the coverage panel's "recent") from the data build's time in static/data/manifest.json;
 * here it is the date in the dataset's version (its latest retrieval), which changes only with the data.
 */
import { vi } from 'vitest';

vi.mock('$lib/server/manifest', async (importOriginal) => {
	const actual = await importOriginal<typeof import('$lib/server/manifest')>();
	return {
		...actual,
		datasetInfo: () => {
			const { version } = actual.datasetInfo();
			return { version, built: `${version.slice(0, 10)}T00:00:00.000Z` };
		}
	};
});
