/**
 * Property-based test support for the URL state modules (used by *.fuzz.test.ts only): random query
 * strings of the kinds people and scripts actually send (unknown keys, huge lists, bad years, wrong
 * codes, percent-encoded junk), and the real contexts the pages build from the real data.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { NodeEngine } from '$lib/db/node';
import { indicatorCatalogue } from '$lib/queries/compare';
import { indicatorCoverage, recentSince } from '$lib/queries/coverage';
import { countryGroups } from '$lib/queries/groups';
import { indicatorIds, indicatorYears } from '$lib/queries/indicator';
import { indicatorInfoMap } from '$lib/views/compare/derive';
import type { IndicatorInfo } from '$lib/views/compare/state';
import { clip, ECHO_LIST, ECHO_MAX, type Notice } from '$lib/state/params';

/** Runs per property: the issue asks for 10,000 random query strings per view. */
export const RUNS = 10_000;

/**
 * Every view `views` generates survives the trip through the address unchanged and unnoticed:
 * `parse(serialise(view))` gives back `{ view, notices: [] }`.
 */
export function expectRoundTrips<View>(
	views: fc.Arbitrary<View>,
	serialise: (view: View) => string,
	parse: (params: URLSearchParams) => { view: View; notices: unknown[] },
	numRuns = 2_000
): void {
	fc.assert(
		fc.property(views, (view) => {
			expect(parse(new URLSearchParams(serialise(view).slice(1)))).toEqual({ view, notices: [] });
		}),
		{ numRuns }
	);
}

const NASTY = [
	'',
	' ',
	',',
	',,,',
	'%',
	'%zz',
	'%00',
	'%E0%A4%A',
	'%ff%fe',
	'\u0000',
	'\ud800',
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	"'; DROP TABLE observations; --",
	'../../etc/passwd',
	'null',
	'undefined',
	'NaN',
	'Infinity',
	'-1',
	'1e3',
	'0x7E6',
	'２０２０',
	'2020.0',
	' 2020 ',
	'20200',
	'0999',
	'99999999999999999999',
	'__proto__',
	'constructor',
	'toString',
	'hasOwnProperty',
	'all',
	'ALL',
	'none',
	'x,y,x',
	'TGO,tgo, Tgo ,TGO',
	'🇹🇬',
	'Ωmega',
	'a'.repeat(5000)
];

/** A few plausible tokens the parsers know, so that random strings hit the valid paths too. */
export interface Vocabulary {
	keys: readonly string[];
	values: readonly string[];
}

const token = (vocab: Vocabulary) =>
	fc.oneof(
		{ weight: 4, arbitrary: fc.constantFrom(...vocab.values) },
		{ weight: 2, arbitrary: fc.constantFrom(...NASTY) },
		{ weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
		{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
		{ weight: 1, arbitrary: fc.integer({ min: -10_000, max: 10_000 }).map(String) },
		{ weight: 1, arbitrary: fc.double().map(String) }
	);

/** A value: one token, a list (sometimes a huge one), or raw percent-escapes (valid or not). */
export const junkValue = (vocab: Vocabulary) =>
	fc.oneof(
		{ weight: 5, arbitrary: token(vocab) },
		{ weight: 3, arbitrary: fc.array(token(vocab), { maxLength: 8 }).map((a) => a.join(',')) },
		{ weight: 1, arbitrary: fc.array(token(vocab), { minLength: 200, maxLength: 1500 }).map((a) => a.join(',')) },
		{ weight: 1, arbitrary: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 10 }).map((b) => b.map((x) => `%${x.toString(16).padStart(2, '0')}`).join('')) }
	);

const key = (vocab: Vocabulary) =>
	fc.oneof(
		{ weight: 6, arbitrary: fc.constantFrom(...vocab.keys) },
		{ weight: 1, arbitrary: fc.constantFrom('utm_source', 'fbclid', 'Countries', 'COUNTRY', 'lang', '__proto__', 'a'.repeat(300), '') },
		{ weight: 1, arbitrary: fc.string({ maxLength: 10 }) }
	);

/** encodeURIComponent, or the raw text when it cannot be encoded (a lone surrogate), as a browser would pass it. */
function encode(text: string): string {
	try {
		return encodeURIComponent(text);
	} catch {
		return text;
	}
}

/** A whole query string (without `?`), encoded the proper way or sent raw, as a hand-typed link would be. */
export const queryString = (vocab: Vocabulary) =>
	fc
		.array(fc.tuple(key(vocab), junkValue(vocab), fc.boolean()), { maxLength: 8 })
		.map((pairs) => pairs.map(([k, v, raw]) => (raw ? `${k}=${v}` : `${encode(k)}=${encode(v)}`)).join('&'));

/**
 * The notices a query string gives are bounded whatever its size: each echoes at most ECHO_MAX
 * characters of a name or value and at most ECHO_LIST of a group; unknown parameters are counted
 * (all of them, in one notice when several), every known parameter given twice has its notice, and
 * there are never more than a few notices per parameter the page knows.
 */
export function expectNoticesBounded(notices: readonly object[], params: URLSearchParams, known: readonly string[]): void {
	const echoed = (n: Record<string, unknown>) => [n.value, n.param, ...((n.values ?? n.params ?? []) as unknown[])].filter((v) => typeof v === 'string') as string[];
	for (const n of notices as Record<string, unknown>[]) {
		for (const text of echoed(n)) expect(Array.from(text).length, `${n.kind} echoes ${text.length} characters`).toBeLessThanOrEqual(ECHO_MAX);
		for (const list of [n.values, n.params]) if (Array.isArray(list)) expect(list.length).toBeLessThanOrEqual(ECHO_LIST);
	}
	const keys = [...new Set(params.keys())];
	const unknown = keys.filter((k) => !known.includes(k)).length;
	const reported = (notices as Notice[]).reduce((sum, n) => sum + (n.kind === 'unknown-param' ? 1 : n.kind === 'unknown-params' ? n.count : 0), 0);
	expect(reported, 'unknown parameters counted').toBe(unknown);
	const repeated = keys.filter((k) => known.includes(k) && params.getAll(k).length > 1).sort();
	const said = (notices as Notice[]).flatMap((n) => (n.kind === 'repeated-param' ? [n.param] : [])).sort();
	expect(said, 'repeated parameters').toEqual(repeated);
	expect(notices.length).toBeLessThanOrEqual(2 + 3 * known.length);
}

/** Tokens of a list parameter as the parsers read them. */
export const tokens = (raw: string, upper = false) => [
	...new Set(
		raw
			.split(',')
			.map((t) => (upper ? t.trim().toUpperCase() : t.trim().toLowerCase()))
			.filter((t) => t !== '')
	)
];

/**
 * True when some notice names this parameter (as the notice echoes it: clipped, or among the first of a
 * group). Unknown parameters beyond a group's first few are counted by expectNoticesBounded.
 */
export const noticed = (notices: readonly (Notice | { kind: string; param?: string })[], param: string) =>
	notices.some((n) => ('param' in n && n.param === clip(param)) || (n.kind === 'unknown-params' && 'params' in n && n.params.includes(clip(param))));

export interface RealData {
	countries: Set<string>;
	compareIndicators: Map<string, IndicatorInfo>;
	indicatorYears: Map<string, { first: number; last: number; firstWellCovered: number; latestWellCovered: number; wellCovered: boolean }>;
	dataIndicators: Set<string>;
	dataYears: [number, number];
}

/** What the pages' load functions read, from the built Parquet files on native DuckDB. */
export async function realData(): Promise<RealData> {
	const db = new NodeEngine();
	try {
		const [groups, catalogue, coverage, ids] = await Promise.all([
			countryGroups(db),
			indicatorCatalogue(db),
			indicatorCoverage(db, { since: recentSince(new Date().getUTCFullYear()) }),
			indicatorIds(db)
		]);
		const years = new Map();
		for (const id of ids) {
			const y = await indicatorYears(db, id);
			if (y) years.set(id, y);
		}
		const spans = coverage.flatMap((c) => (c.first_year === null ? [] : [c.first_year, c.last_year!]));
		return {
			countries: new Set(groups.map((g) => g.iso3)),
			compareIndicators: indicatorInfoMap(catalogue),
			indicatorYears: years,
			dataIndicators: new Set(coverage.map((c) => c.id)),
			dataYears: [Math.min(...spans), Math.max(...spans)]
		};
	} finally {
		await db.close();
	}
}
