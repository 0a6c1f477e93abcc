/**
 * Ranks what a reader typed against names: an exact name first, then a name that starts with it, then a
 * name with a word that starts with it, then one that merely contains it. Accents, case, apostrophes and
 * hyphens are ignored ("cote d ivoire" finds Côte d'Ivoire, "guinee bissau" finds Guinée-Bissau).
 * Codes (ISO 3166 alpha-3, alpha-2) match only exactly. Pure, so every list that searches shares it.
 */

export interface Searchable {
	/** Names in order of preference: the shown name first, then other languages and other names. */
	names: readonly string[];
	/** Codes matched only whole (e.g. `MLI`, `ML`); a three-letter one ranks with exact names. */
	codes?: readonly string[];
	/** Searched last, word by word (e.g. a group name or a description). */
	extra?: string;
}

/** Lower case, no accents, and every run of punctuation or spaces as one space. */
export function fold(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** How well an item matches (lower is better), or null when it does not match at all. */
export const TIER = { exact: 0, code: 1, prefix: 2, wordPrefix: 3, substring: 4, words: 5 } as const;

function nameTier(query: string, words: string[], name: string): number | null {
	if (name === query) return TIER.exact;
	if (name.startsWith(query)) return TIER.prefix;
	const nameWords = name.split(' ');
	if (name.includes(` ${query}`) || words.every((w) => nameWords.some((n) => n.startsWith(w)))) return TIER.wordPrefix;
	if (name.includes(query)) return TIER.substring;
	return null;
}

export interface Match {
	tier: number;
	/** Which name matched (0: the shown one): a tie goes to the shown name. */
	nameIndex: number;
}

/** The best match of a folded query over an item, or null. */
export function matchItem(query: string, item: Searchable): Match | null {
	const q = fold(query);
	if (!q) return { tier: TIER.exact, nameIndex: 0 };
	const words = q.split(' ');
	let best: Match | null = null;
	const consider = (m: Match) => {
		if (!best || m.tier < best.tier || (m.tier === best.tier && m.nameIndex < best.nameIndex)) best = m;
	};
	for (const code of item.codes ?? []) {
		const c = fold(code);
		if (c === q) consider({ tier: c.length >= 3 ? TIER.code : TIER.substring, nameIndex: 0 });
	}
	item.names.forEach((name, nameIndex) => {
		const tier = nameTier(q, words, fold(name));
		if (tier !== null) consider({ tier, nameIndex });
	});
	if (!best) {
		const all = fold(`${item.names.join(' ')} ${item.extra ?? ''} ${(item.codes ?? []).join(' ')}`);
		if (words.every((w) => all.includes(w))) consider({ tier: TIER.words, nameIndex: item.names.length });
	}
	return best;
}

/**
 * The items that match, best first; ties keep the order given (e.g. alphabetical in the page's
 * language). An empty query keeps every item in its order.
 */
export function rankSearch<T>(query: string, items: readonly T[], searchable: (item: T) => Searchable): T[] {
	if (!fold(query)) return [...items];
	return items
		.map((item, order) => ({ item, order, match: matchItem(query, searchable(item)) }))
		.filter((r): r is { item: T; order: number; match: Match } => r.match !== null)
		.sort((a, b) => a.match.tier - b.match.tier || a.match.nameIndex - b.match.nameIndex || a.order - b.order)
		.map((r) => r.item);
}
