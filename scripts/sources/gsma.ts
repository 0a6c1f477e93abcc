/**
 * GSMA Mobile Connectivity Index: the parser for the "download data" CSV of the MCI website
 * (CONNECTIVITY.csv). It has three header lines: a title (",Mobile Connectivity Index,,,…"), the
 * column groups (GENERAL INFORMATION, CLUSTER, INDEX SCORE, ENABLER SCORES, DIMENSION SCORES,
 * INDICATOR SCORES) and the column names (ISO Code, Country, Region, Year, Cluster, Index, …).
 * Every column from "Index" on is a GSMA-normalised score; an empty cell is "not available".
 */
import type { CountryLookup } from '../lib/country-lookup.ts';
import { parseCsv } from '../lib/csv.ts';
import { ParseError, publishedNumber, type RawObservation } from './types.ts';

/** The third header line, with the column names; checked, since a re-export might drop the title lines. */
function columnNames(records: { line: number; fields: string[] }[], file: string) {
	const names = records[1];
	if (names?.line !== 3 || names.fields[0] !== 'ISO Code') throw new ParseError(file, 3, 'expected the column names (ISO Code, Country, …) on the third header line');
	const col = (name: string) => {
		const i = names.fields.indexOf(name);
		if (i < 0) throw new ParseError(file, 3, `missing column "${name}"`);
		return i;
	};
	return { names: names.fields, iso: col('ISO Code'), year: col('Year'), firstScore: col('Index') };
}

/**
 * Reads the MCI export: one observation per AU member, score column and year, with `code` = the
 * column name (Index, Infrastructure, Network coverage, 2G Population Coverage, …).
 */
export function parseGsmaMci(text: string, file: string, countries: CountryLookup): RawObservation[] {
	// parseCsv takes the title line as the header: the group and name lines are its first two records.
	const { records } = parseCsv(text, file);
	const { names, iso, year, firstScore } = columnNames(records, file);
	const scores = names.map((name, i) => [name, i] as const).filter(([name, i]) => i >= firstScore && name !== '');
	const out: RawObservation[] = [];
	for (const { line, fields } of records.filter((r) => r.line > 3)) {
		const iso3 = countries.iso3(fields[iso], { file, line });
		if (!iso3) continue;
		if (!/^\d{4}$/.test(fields[year])) throw new ParseError(file, line, `"${fields[year]}" is not a year`);
		for (const [code, i] of scores) {
			const value = publishedNumber(fields[i] ?? '', file, line);
			if (value !== null) out.push({ iso3, code, year: Number(fields[year]), value, file, line });
		}
	}
	return out;
}
