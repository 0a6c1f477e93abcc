/** The site's languages: English at /…, French at /fr/…. */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** The locale of a route from its optional `[[lang=lang]]` parameter. */
export const localeFromParam = (lang: string | undefined): Locale => (lang === 'fr' ? 'fr' : 'en');

/** The route parameter for a locale (undefined for English, which has no prefix). */
export const langParam = (locale: Locale) => (locale === 'fr' ? 'fr' : undefined);

/**
 * The same page in another language. `pathname` is without the base path; the query string (the view's
 * state) is kept, so switching language never loses the view.
 */
export function localisedPath(pathname: string, target: Locale, search = ''): string {
	const bare = pathname.replace(/^\/fr(?=\/|$)/, '') || '/';
	const path = target === 'fr' ? (bare === '/' ? '/fr' : `/fr${bare}`) : bare;
	return `${path}${search}`;
}

/**
 * A record's field in a language: `localized(meta, 'name', locale)` is `meta.name_fr` on French pages and
 * `meta.name_en` otherwise. The one way the site picks between a table's `_en` and `_fr` columns.
 */
export function localized<K extends string, T extends Record<`${K}_en` | `${K}_fr`, unknown>>(record: T, field: K, locale: Locale): T[`${K}_${Locale}`] {
	return record[`${field}_${locale}` as `${K}_${Locale}`];
}
