/** The search documents of one language, from the data on native DuckDB at build time. */
import { prerenderEngine } from '$lib/db/node';
import type { Locale } from '$lib/i18n/locales';
import { searchRows } from '$lib/queries/search';
import { searchDocs } from './docs';
import type { SearchDoc } from './site';

export async function loadSearchDocs(locale: Locale): Promise<SearchDoc[]> {
	return searchDocs(await searchRows(prerenderEngine()), locale);
}
