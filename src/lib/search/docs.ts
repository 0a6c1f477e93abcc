/**
 * Builds the site search's documents from the data (indicators, countries, projects) and the site's
 * pages, in one language. Countries are found by the same names and codes as in the country pickers
 * (countries.ts); indicators by both languages' names, the publisher's code and the definition in the
 * page's language (the other language's definitions would double the file for little gain).
 */
import type { Locale } from '$lib/i18n/locales';
import { common } from '$lib/i18n/messages/common';
import type { SearchRows } from '$lib/queries/search';
import { countrySearchable } from './countries';
import type { SearchDoc } from './site';

/** The site's pages, in the navigation's order, as the header names them. */
const PAGES = [
	['/', 'home'],
	['/indicators', 'indicators'],
	['/country', 'countries'],
	['/compare', 'compare'],
	['/education', 'education'],
	['/projects', 'projects'],
	['/data', 'data'],
	['/sources', 'sources']
] as const;

const other = (locale: Locale): Locale => (locale === 'fr' ? 'en' : 'fr');
const byTitle = (locale: Locale) => (a: SearchDoc, b: SearchDoc) => a.title.localeCompare(b.title, locale);
/** Names not already the title, without repeats. */
const otherNames = (title: string, names: (string | null | undefined)[]) => [...new Set(names.filter((n): n is string => !!n && n !== title))];

export function searchDocs(rows: SearchRows, locale: Locale): SearchDoc[] {
	const t = common[locale];
	const pages: SearchDoc[] = PAGES.map(([id, key]) => ({
		kind: 'page',
		id,
		title: t.nav[key],
		names: otherNames(t.nav[key], [common[other(locale)].nav[key]])
	}));
	const countries: SearchDoc[] = rows.countries.map((c) => {
		const { names, codes } = countrySearchable(c, locale);
		return { kind: 'country', id: c.iso3, title: names[0], names: otherNames(names[0], names.slice(1)), codes: [...(codes ?? [])] };
	});
	const indicators: SearchDoc[] = rows.indicators.map((i) => {
		const title = locale === 'fr' ? i.name_fr : i.name_en;
		return {
			kind: 'indicator',
			id: i.id,
			title,
			detail: t.topics[i.topic] ?? undefined,
			names: otherNames(title, [locale === 'fr' ? i.name_en : i.name_fr]),
			codes: [i.source_code],
			text: locale === 'fr' ? i.description_fr : i.description_en
		};
	});
	const projects: SearchDoc[] = rows.projects.map((p) => {
		// A project's French name only where a source gives one; otherwise its name as published.
		const title = (locale === 'fr' ? p.name_fr : null) ?? p.name_en;
		return { kind: 'project', id: p.id, title, names: otherNames(title, [p.name_en, p.name_fr]) };
	});
	return [...pages, ...countries.sort(byTitle(locale)), ...indicators.sort(byTitle(locale)), ...projects.sort(byTitle(locale))].map(
		// Empty lists and undefined fields cost bytes in the file and nothing to the search.
		(doc) => Object.fromEntries(Object.entries(doc).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as unknown as SearchDoc
	);
}
