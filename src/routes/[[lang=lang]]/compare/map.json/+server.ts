import { json } from '@sveltejs/kit';
import { prerenderEngine } from '$lib/db/node';
import { countryCodes } from '$lib/queries/countries';
import { africaMap } from '$lib/server/africa-map';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
/** One file for both languages: the shapes have no text. */
export const entries: EntryGenerator = () => [{}];

/**
 * The map's projected shapes, prerendered as a static file that the compare page fetches only when a
 * map is asked for: most views never need its 24 KB, so the page's first view does not carry it.
 */
export const GET: RequestHandler = async () => json(africaMap(await countryCodes(prerenderEngine())));
