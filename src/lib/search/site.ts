/**
 * The site search's documents: what one result is (an indicator, a country, a project or a page), the
 * link it leads to in the page's language, and how results are grouped by kind. Shared by the header's
 * search field and the results page; the index file (search-index.json) is a list of these.
 */
import type { Locale } from '$lib/i18n/locales';
import { localHref } from '$lib/i18n/routes';

export const SEARCH_KINDS = ['page', 'country', 'indicator', 'project'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchDoc {
	kind: SearchKind;
	/** The indicator id, ISO3 code, project id, or the page's path (without the language prefix). */
	id: string;
	/** Shown, in the index's language. */
	title: string;
	/** Shown under the title (e.g. an indicator's topic). */
	detail?: string;
	/** Searched, never shown: the other language's name, other names in use. */
	names?: string[];
	/** Searched: codes (ISO 3166, the publisher's indicator code). */
	codes?: string[];
	/** Searched with a lower weight: the definition. */
	text?: string;
}

/** Where a result leads, in the page's language. */
export function searchHref(doc: Pick<SearchDoc, 'kind' | 'id'>, locale: Locale): string {
	const path = { page: doc.id, country: `/country/${doc.id}`, indicator: `/indicator/${doc.id}`, project: `/projects/${doc.id}` }[doc.kind];
	return localHref(locale, path);
}

/** The results page for a query, in the page's language. */
export const searchPageHref = (locale: Locale, query = '') => `${localHref(locale, '/search')}${query.trim() ? `?q=${encodeURIComponent(query.trim())}` : ''}`;

/**
 * Results grouped by kind: groups in the order of their best result, results in rank order within a
 * group, at most `perKind` of each (all when omitted).
 */
export function groupByKind<T extends { doc: SearchDoc }>(hits: readonly T[], perKind = Infinity): { kind: SearchKind; hits: T[]; total: number }[] {
	const groups: { kind: SearchKind; hits: T[]; total: number }[] = [];
	for (const hit of hits) {
		let group = groups.find((g) => g.kind === hit.doc.kind);
		if (!group) groups.push((group = { kind: hit.doc.kind, hits: [], total: 0 }));
		group.total++;
		if (group.hits.length < perKind) group.hits.push(hit);
	}
	return groups;
}
