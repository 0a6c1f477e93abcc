/**
 * Parsing helpers shared by every view's URL state: each returns a valid value and says, as a notice,
 * what it dropped, so a bad link shows a clear message and a sensible default instead of breaking.
 */
export type Notice =
	| { kind: 'unknown-param'; param: string }
	| { kind: 'unknown-country'; param: string; value: string }
	| { kind: 'too-many'; param: string; max: number }
	| { kind: 'bad-year'; param: string; value: string; first: number; last: number; fallback: number }
	| { kind: 'bad-value'; param: string; value: string; expected: string[] };

export interface Parsed<View> {
	view: View;
	notices: Notice[];
}

/** Flags every parameter this view does not know. */
export function unknownParams(params: URLSearchParams, known: readonly string[]): Notice[] {
	return [...new Set(params.keys())].filter((k) => !known.includes(k)).map((param) => ({ kind: 'unknown-param', param }));
}

/** `TGO,sen , XYZ` → known codes in order, deduplicated, at most `max`; a notice for each code dropped. */
export function parseCountryList(
	raw: string,
	param: string,
	known: ReadonlySet<string>,
	max: number
): { countries: string[]; notices: Notice[] } {
	const notices: Notice[] = [];
	const countries: string[] = [];
	for (const token of raw.split(',')) {
		const code = token.trim().toUpperCase();
		if (code === '' || countries.includes(code)) continue;
		if (!known.has(code)) notices.push({ kind: 'unknown-country', param, value: token.trim().slice(0, 40) });
		else countries.push(code);
	}
	if (countries.length > max) {
		notices.push({ kind: 'too-many', param, max });
		countries.length = max;
	}
	return { countries, notices };
}

/** A whole year within [first, last], or the fallback with a notice. */
export function parseYear(
	raw: string,
	param: string,
	first: number,
	last: number,
	fallback: number
): { year: number; notices: Notice[] } {
	const year = /^\d{4}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
	if (year >= first && year <= last) return { year, notices: [] };
	return { year: fallback, notices: [{ kind: 'bad-year', param, value: raw.slice(0, 40), first, last, fallback }] };
}

/**
 * One of a fixed set of values (case-insensitive; `aliases` maps other spellings, e.g. French
 * acronyms, to a value), or null with a notice listing what is expected.
 */
export function parseChoice<T extends string>(
	raw: string,
	param: string,
	values: readonly T[],
	aliases: Record<string, T> = {}
): { value: T | null; notices: Notice[] } {
	const key = raw.trim().toLowerCase();
	// Own keys only: `__proto__`, `constructor` or `toString` must not read the object's prototype.
	const value = (values as readonly string[]).includes(key) ? (key as T) : Object.hasOwn(aliases, key) ? aliases[key] : null;
	if (value) return { value, notices: [] };
	return { value: null, notices: [{ kind: 'bad-value', param, value: raw.slice(0, 40), expected: [...values] }] };
}
