/** Links within the site, for a locale, under the base path. */
import { resolve } from '$app/paths';
import { langParam, type Locale } from './locales';

/** `/indicator/internet-users` in French → `<base>/fr/indicator/internet-users`. */
export function localHref(locale: Locale, path: string): string {
	const prefixed = locale === 'fr' ? (path === '/' ? '/fr' : `/fr${path}`) : path;
	return (resolve as (p: string) => string)(prefixed);
}

/** The current route in another locale, keeping its parameters. */
export function switchLocaleHref(routeId: string, params: Record<string, string | undefined>, target: Locale): string {
	return (resolve as (id: string, p: Record<string, string | undefined>) => string)(routeId, { ...params, lang: langParam(target) });
}
