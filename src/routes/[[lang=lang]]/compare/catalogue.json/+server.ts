import { json } from '@sveltejs/kit';
import { prerenderEngine } from '$lib/db/node';
import { indicatorCatalogue, sourceList } from '$lib/queries/compare';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
/** One file for both languages: it holds both languages' names. */
export const entries: EntryGenerator = () => [{}];

/**
 * Every indicator (names, units, years) and every source, prerendered as a static file. The compare
 * page fetches it when it needs more than its default indicator: to read a URL's parameters, or when
 * the reader reaches for the controls. The default view's first load does without it.
 */
export const GET: RequestHandler = async () => {
	const db = prerenderEngine();
	const [catalogue, sources] = await Promise.all([indicatorCatalogue(db), sourceList(db)]);
	return json({ catalogue, sources: Object.fromEntries(sources.map((s) => [s.id, s])) });
};
