import { page } from '$app/state';
import { localeFromParam, type Locale } from './locales';

/**
 * The language of the page being shown, from its optional `[[lang=lang]]` parameter: English at /…,
 * French at /fr/…. Reactive in a component: `const locale = $derived(pageLocale())`.
 */
export const pageLocale = (): Locale => localeFromParam(page.params.lang);
