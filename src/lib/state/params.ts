/**
 * Parsing helpers shared by every view's URL state: each returns a valid value and says, as a notice,
 * what it dropped, so a bad link shows a clear message and a sensible default instead of breaking.
 */
export type Notice =
	| { kind: 'unknown-param'; param: string }
	/** Several unknown parameters, said in one notice: the first few names and how many in all. */
	| { kind: 'unknown-params'; params: string[]; count: number }
	/** A parameter given more than once (`?countries=A&countries=B`): the first value is read. */
	| { kind: 'repeated-param'; param: string }
	| { kind: 'unknown-country'; param: string; value: string }
	/** Several unknown codes in one list, said in one notice: the first few and how many in all. */
	| { kind: 'unknown-countries'; param: string; values: string[]; count: number }
	| { kind: 'too-many'; param: string; max: number }
	| { kind: 'bad-year'; param: string; value: string; first: number; last: number; fallback: number }
	| { kind: 'bad-value'; param: string; value: string; expected: string[] }
	/** Several unknown indicator ids in one list (the data page). */
	| { kind: 'unknown-indicators'; param: string; values: string[]; count: number };

/** A notice echoes at most this many characters of what it dropped (a name or a value)… */
export const ECHO_MAX = 40;
/** …and names at most this many of the things a grouped notice dropped. */
export const ECHO_LIST = 3;

/**
 * `text`, cut to `max` characters with an ellipsis, so a notice never repeats a huge name or value.
 * Counted in code points, so a cut never splits an emoji or other surrogate pair.
 */
export function clip(text: string, max = ECHO_MAX): string {
	const chars = Array.from(text);
	return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export interface Parsed<View> {
	view: View;
	notices: Notice[];
}

/**
 * Flags every parameter this view does not know (one notice; grouped when there are several) and
 * every known one given more than once, of which only the first value is read.
 */
export function unknownParams(params: URLSearchParams, known: readonly string[]): Notice[] {
	const keys = [...new Set(params.keys())];
	const unknown = keys.filter((k) => !known.includes(k));
	const notices: Notice[] =
		unknown.length === 1
			? [{ kind: 'unknown-param', param: clip(unknown[0]) }]
			: unknown.length > 1
				? [{ kind: 'unknown-params', params: unknown.slice(0, ECHO_LIST).map((k) => clip(k)), count: unknown.length }]
				: [];
	notices.push(...repeatedParams(params, known));
	return notices;
}

/** A notice for each of these parameters given more than once (`?countries=A&countries=B`): the first is read. */
export function repeatedParams(params: URLSearchParams, names: readonly string[]): Notice[] {
	return names.filter((k) => params.getAll(k).length > 1).map((param) => ({ kind: 'repeated-param', param }));
}

/** One notice for the codes a list dropped: the first few (a lone country code as before) and the count. */
export function droppedCodes(dropped: string[], param: string, kind: 'country' | 'indicator'): Notice[] {
	if (dropped.length === 0) return [];
	if (dropped.length === 1 && kind === 'country') return [{ kind: 'unknown-country', param, value: clip(dropped[0]) }];
	const values = dropped.slice(0, ECHO_LIST).map((v) => clip(v));
	return [{ kind: kind === 'country' ? 'unknown-countries' : 'unknown-indicators', param, values, count: dropped.length }];
}

/**
 * A comma-separated list of codes → the known ones in order, deduplicated (after `normalise`), and one
 * notice for those dropped, as each was written.
 */
function parseCodes(raw: string, param: string, known: ReadonlySet<string>, kind: 'country' | 'indicator', normalise: (code: string) => string) {
	const codes: string[] = [];
	const dropped = new Map<string, string>();
	for (const token of raw.split(',')) {
		const code = normalise(token.trim());
		if (code === '' || codes.includes(code) || dropped.has(code)) continue;
		if (known.has(code)) codes.push(code);
		else dropped.set(code, token.trim());
	}
	return { codes, notices: droppedCodes([...dropped.values()], param, kind) };
}

/** `TGO,sen , XYZ` → known codes in order, deduplicated, at most `max`; a notice for the codes dropped. */
export function parseCountryList(
	raw: string,
	param: string,
	known: ReadonlySet<string>,
	max: number
): { countries: string[]; notices: Notice[] } {
	const { codes: countries, notices } = parseCodes(raw, param, known, 'country', (code) => code.toUpperCase());
	if (countries.length > max) {
		notices.push({ kind: 'too-many', param, max });
		countries.length = max;
	}
	return { countries, notices };
}

/** `internet-users,Population` → known indicator ids in order, deduplicated; a notice for the ids dropped. */
export function parseIndicatorList(raw: string, param: string, known: ReadonlySet<string>): { indicators: string[]; notices: Notice[] } {
	const { codes: indicators, notices } = parseCodes(raw, param, known, 'indicator', (id) => id.toLowerCase());
	return { indicators, notices };
}

/** An optional choice (`?region=ouest`): its value, or null when absent or not understood (with a notice). */
export function readChoice<T extends string>(
	params: URLSearchParams,
	param: string,
	values: readonly T[],
	aliases: Record<string, T>,
	notices: Notice[]
): T | null {
	const raw = params.get(param);
	if (raw === null) return null;
	const parsed = parseChoice(raw, param, values, aliases);
	notices.push(...parsed.notices);
	return parsed.value;
}

/** `?a=1&b=x,y` from the parameters that are set (null or '' leave one out); '' when none is. Commas stay commas. */
export function queryString(values: Record<string, string | number | null>): string {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(values)) if (value !== null && value !== '') params.set(key, String(value));
	const query = params.toString().replaceAll('%2C', ',');
	return query ? `?${query}` : '';
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
	return { year: fallback, notices: [{ kind: 'bad-year', param, value: clip(raw), first, last, fallback }] };
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
	return { value: null, notices: [{ kind: 'bad-value', param, value: clip(raw), expected: [...values] }] };
}
