/**
 * The site search: MiniSearch (prefix and typo-tolerant matching, field boosts) over the site's
 * documents, with accents, case and apostrophes folded as in the pickers (rank.ts `fold`), and results
 * in tiers — the whole name or code, then a name that starts with what was typed, then whole words,
 * then word prefixes, then words within a typo or two — best score first within a tier.
 * Loaded only when a reader reaches for a search field (it is a chunk of its own).
 */
import MiniSearch from 'minisearch';
import { fold } from './rank';
import type { SearchDoc } from './site';

export const SEARCH_TIER = { exactName: 0, namePrefix: 1, words: 2, wordPrefixes: 3, fuzzy: 4 } as const;

export interface SearchHit {
	doc: SearchDoc;
	tier: number;
	score: number;
}

/** Accents, case and every gap folded away: "Côte d’Ivoire", "cote divoire" and "COTE-D'IVOIRE" are one. */
export const compact = (text: string) => fold(text).replace(/ /g, '');

/** A word, including elided ones ("d’Ivoire", "l’éducation"); hyphens and other punctuation separate words. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Words, and for an elided word also its parts ("d'Ivoire" → d, Ivoire, dIvoire), so "divoire" and "ivoire" both match whole. */
export function tokenize(text: string): string[] {
	const out: string[] = [];
	for (const [word] of text.matchAll(WORD)) {
		if (/['’]/.test(word)) out.push(...word.split(/['’]/), word.replace(/['’]/g, ''));
		else out.push(word);
	}
	return out;
}

const processTerm = (term: string) => compact(term) || null;

const fieldText = (doc: SearchDoc, field: string): string => {
	if (field === 'key') return `${doc.kind}:${doc.id}`;
	const value = doc[field as keyof SearchDoc];
	return Array.isArray(value) ? value.join(' ') : (value ?? '');
};

export interface SiteSearch {
	/** Ranked results; an empty query gives every document in the index's order. */
	search(query: string): SearchHit[];
}

export function createSiteSearch(docs: readonly SearchDoc[]): SiteSearch {
	const index = new MiniSearch<SearchDoc>({
		idField: 'key',
		fields: ['title', 'names', 'codes', 'text'],
		extractField: fieldText,
		tokenize,
		processTerm,
		searchOptions: {
			boost: { title: 4, codes: 3, names: 2, text: 0.5 },
			// Every word must be found; each may be the start of a word, and a long one may hold a typo
			// (one edit up to 7 letters, two beyond: "senegl" finds Senegal, "sen" finds no "ben").
			combineWith: 'AND',
			prefix: true,
			fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
			maxFuzzy: 2
		}
	});
	const byKey = new Map(docs.map((doc) => [`${doc.kind}:${doc.id}`, doc]));
	index.addAll(docs as SearchDoc[]);

	return {
		search(query) {
			const whole = compact(query);
			if (!whole) return docs.map((doc) => ({ doc, tier: SEARCH_TIER.exactName, score: 0 }));
			const queryTerms = tokenize(query).map(compact).filter(Boolean);
			return index
				.search(query)
				.map((result) => {
					const doc = byKey.get(String(result.id))!;
					const names = [doc.title, ...(doc.names ?? []), ...(doc.codes ?? [])].map(compact);
					let tier: number;
					if (names.includes(whole)) tier = SEARCH_TIER.exactName;
					else if (names.some((n) => n.startsWith(whole))) tier = SEARCH_TIER.namePrefix;
					else
						tier = Math.max(
							...queryTerms.map((q) =>
								result.terms.includes(q) ? SEARCH_TIER.words : result.terms.some((t) => t.startsWith(q)) ? SEARCH_TIER.wordPrefixes : SEARCH_TIER.fuzzy
							)
						);
					return { doc, tier, score: result.score };
				})
				.sort((a, b) => a.tier - b.tier || b.score - a.score);
		}
	};
}
