/** What every publisher parser yields: one published value, keyed by the publisher's own codes. */
export interface RawObservation {
	iso3: string;
	/** The publisher's series code (e.g. IT.NET.USER.ZS, SE_ACS_INTNT), plus any breakdown. */
	code: string;
	year: number;
	value: number;
	flag?: string;
	/** Where the value was read, for error messages and data:verify. */
	file: string;
	line: number;
}

export class ParseError extends Error {
	constructor(
		readonly file: string,
		readonly line: number,
		readonly reason: string
	) {
		super(`${file}:${line}: ${reason}`);
	}
}

/** Parses a published number; blank means "no value"; anything else that is not a number is an error. */
export function publishedNumber(cell: string, file: string, line: number): number | null {
	const s = cell.trim();
	if (s === '' || s === '..') return null;
	const n = Number(s);
	if (!Number.isFinite(n) || !/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) {
		throw new ParseError(file, line, `"${cell}" is not a number`);
	}
	return n;
}
