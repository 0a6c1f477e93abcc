/**
 * Valibot schemas for CSV cells: each takes the raw string of one cell and yields a typed value, or
 * fails with a reason a curator can act on. Empty cells are null only where a column says so.
 */
import * as v from 'valibot';

export type CellValue = string | number | boolean | null;
export type CellSchema<T extends CellValue = CellValue> = v.GenericSchema<string, T>;

const show = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** Control characters (C0 but line breaks, DEL, C1): a tab, NUL or BEL in a name is a paste or encoding accident. */
const CONTROL = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const controlName = (s: string) => {
	const c = CONTROL.exec(s)![0].charCodeAt(0);
	const names: Record<number, string> = { 0: ' (NUL)', 7: ' (BEL)', 9: ' (tab)', 0x7f: ' (DEL)' };
	return `U+${c.toString(16).toUpperCase().padStart(4, '0')}${names[c] ?? ''}`;
};

/** Non-empty text without stray surrounding white space or control characters (line breaks are allowed). */
export const text = (pattern?: RegExp, what = 'text'): CellSchema<string> =>
	v.pipe(
		v.string(),
		v.check((s) => s.length > 0, 'is empty'),
		v.check((s) => !CONTROL.test(s), (i) => `${show(i.input)} contains the control character ${controlName(i.input)}`),
		v.check((s) => s.trim() === s, (i) => `${show(i.input)} has leading or trailing spaces`),
		v.check((s) => !pattern || pattern.test(s), (i) => `${show(i.input)} is not a valid ${what}`)
	);

/** An empty cell becomes null; anything else must pass `inner`. */
export const optional = <T extends CellValue>(inner: CellSchema<T>): CellSchema<T | null> =>
	v.union([v.pipe(v.literal(''), v.transform(() => null)), inner], (issue) => {
		// Report the inner schema's own reason rather than valibot's generic union message.
		const nested = issue.issues?.find((i) => i.kind !== 'schema' || i.type !== 'literal');
		return nested?.message ?? `${show(String(issue.input))} is invalid`;
	}) as CellSchema<T | null>;

export const slug = () => text(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'id (lower-case letters, digits, dashes)');
export const iso3 = () => text(/^[A-Z]{3}$/, 'ISO 3166-1 alpha-3 code');
export const iso2 = () => text(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code');
export const url = () => text(/^https?:\/\/[^\s]+$/, 'http(s) URL');

export const oneOf = <const T extends readonly string[]>(values: T): CellSchema<T[number]> =>
	v.pipe(
		v.string(),
		v.check(
			(s) => (values as readonly string[]).includes(s),
			(i) => `${show(i.input)} is not one of ${values.join(', ')}`
		),
		v.transform((s) => s as T[number])
	);

export const bool = (): CellSchema<boolean> =>
	v.pipe(
		v.string(),
		v.check((s) => s === 'true' || s === 'false', (i) => `${show(i.input)} is not true or false`),
		v.transform((s) => s === 'true')
	);

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

export const number = (): CellSchema<number> =>
	v.pipe(
		v.string(),
		v.check((s) => NUMBER.test(s), (i) => `${show(i.input)} is not a number`),
		v.transform(Number),
		v.check((n) => Number.isFinite(n), 'is not a finite number')
	);

export const integer = (min = -Infinity, max = Infinity): CellSchema<number> =>
	v.pipe(
		v.string(),
		v.check((s) => /^-?\d+$/.test(s), (i) => `${show(i.input)} is not a whole number`),
		v.transform(Number),
		v.check(
			(n) => n >= min && n <= max,
			(i) => `${i.input} is outside ${min}–${max}`
		)
	);

function isCalendarDate(y: number, m: number, d: number) {
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A full calendar date, YYYY-MM-DD, that exists. */
export const isoDate = (): CellSchema<string> =>
	v.pipe(
		v.string(),
		v.check((s) => {
			const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
			return !!m && isCalendarDate(+m[1], +m[2], +m[3]);
		}, (i) => `${show(i.input)} is not a date (YYYY-MM-DD)`)
	);

/** A date known to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = (): CellSchema<string> =>
	v.pipe(
		v.string(),
		v.check((s) => {
			const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
			if (!m) return false;
			return isCalendarDate(+m[1], m[2] ? +m[2] : 1, m[3] ? +m[3] : 1);
		}, (i) => `${show(i.input)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`)
	);
