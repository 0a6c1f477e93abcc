import type { Handle } from '@sveltejs/kit';
import { appendFileSync } from 'node:fs';
import { building } from '$app/environment';
import { localeFromParam } from '$lib/i18n/locales';

const NOT_FOUND_ROUTE = '/[[lang=lang]]/404';

/** Where the build records each prerendered page's time (scripts/build.ts sets it and sums it up). */
const timings = building ? process.env.PAGE_TIMINGS : undefined;

/**
 * Sets <html lang> per page, so screen readers and hyphenation use the right language from the HTML.
 * The not-found page is served at any unknown address, deeper than where it was built: its relative
 * links and styles resolve from its own folder through a <base> set before anything else in <head>.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', localeFromParam(event.params.lang));
			if (event.route.id !== NOT_FOUND_ROUTE) return page;
			return page.replace('<head>', `<head>\n\t\t<base href="${event.url.pathname.replace(/[^/]*$/, '')}" />`);
		}
	});
	if (timings) appendFileSync(timings, `${(performance.now() - started).toFixed(1)}\t${event.route.id ?? event.url.pathname}\n`);
	return response;
};
