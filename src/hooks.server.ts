import type { Handle } from '@sveltejs/kit';
import { localeFromParam } from '$lib/i18n/locales';

/** Sets <html lang> per page, so screen readers and hyphenation use the right language from the HTML. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', localeFromParam(event.params.lang))
	});
