import type { Handle } from '@sveltejs/kit';
import { appendFileSync } from 'node:fs';
import { building } from '$app/environment';
import { localeFromParam } from '$lib/i18n/locales';

const NOT_FOUND_ROUTE = '/[[lang=lang]]/404';

/** Where the build records each prerendered page's time (scripts/build.ts sets it and sums it up). */
const timings = building ? process.env.PAGE_TIMINGS : undefined;

/**
 * Script preloads go after the page's content, not in <head>: on a slow link three dozen script
 * requests started from the head share the connection with the rest of the HTML, which holds the
 * chart. At the end of <body> they are found once the chart has arrived, and still load in parallel.
 */
function preloadsAfterContent(html: string): string {
	const preloads: string[] = [];
	const page = html.replace(/\s*<link href="[^"]+" rel="modulepreload">/g, (link) => {
		preloads.push(link.trim());
		return '';
	});
	const end = page.lastIndexOf('</body>');
	return preloads.length === 0 || end < 0 ? page : `${page.slice(0, end)}\t${preloads.join('\n\t\t')}\n\t${page.slice(end)}`;
}

/**
 * Sets <html lang> per page, so screen readers and hyphenation use the right language from the HTML.
 * The not-found page is served at any unknown address, deeper than where it was built: its relative
 * links and styles resolve from its own folder through a <base> set before anything else in <head>.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = preloadsAfterContent(html.replace('%lang%', localeFromParam(event.params.lang)));
			if (event.route.id !== NOT_FOUND_ROUTE) return page;
			return page.replace('<head>', `<head>\n\t\t<base href="${event.url.pathname.replace(/[^/]*$/, '')}" />`);
		}
	});
	if (timings) appendFileSync(timings, `${(performance.now() - started).toFixed(1)}\t${event.route.id ?? event.url.pathname}\n`);
	return response;
};
