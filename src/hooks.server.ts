import type { Handle } from '@sveltejs/kit';
import { appendFileSync } from 'node:fs';
import { building } from '$app/environment';
import { localeFromParam } from '$lib/i18n/locales';

/** Where the build records each prerendered page's time (scripts/build.ts sets it and sums it up). */
const timings = building ? process.env.PAGE_TIMINGS : undefined;

/** Sets <html lang> per page, so screen readers and hyphenation use the right language from the HTML. */
export const handle: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', localeFromParam(event.params.lang))
	});
	if (timings) appendFileSync(timings, `${(performance.now() - started).toFixed(1)}\t${event.route.id ?? event.url.pathname}\n`);
	return response;
};
