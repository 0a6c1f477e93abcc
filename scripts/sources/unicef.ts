/**
 * UNICEF global database on school-age digital connectivity (with ITU, 2020): share of children of
 * school-attendance age with Internet at home, from each country's latest household survey.
 * Layout: an Excel artefact line (column A … column L), the header on line 2 (ISO3, …, Total,
 * Rural (Residence), Urban (Residence), Poorest (Wealth quintile), Richest (Wealth quintile), Data source,
 * Time period), percentages written as text ("24%"), survey periods such as "2016" or "2018-19".
 */
import type { CountryLookup, Where } from '../lib/country-lookup.ts';
import { parseCsv, type CsvRecord } from '../lib/csv.ts';
import { ParseError, publishedNumber, type RawObservation } from './types.ts';

/** The series emitted, named by their published columns. */
export const UNICEF_SERIES = [
	'Total',
	'Rural (Residence)',
	'Urban (Residence)',
	'Poorest (Wealth quintile)',
	'Richest (Wealth quintile)'
] as const;

/**
 * Cells of our copy that are not taken, with the reason. The copy is a data-cleaning exercise file with
 * errors planted in it; these are the ones that show in the African rows.
 */
export const REFUSED_CELLS: Record<string, string> = {
	'EGY|Poorest (Wealth quintile)': 'poorest quintile 100% against a total of 17%: impossible, an error of the copy',
	// Kenya's STEP survey covers urban areas only, so its total and urban values must match; they do
	// not (32% against 24%), and nothing says which is right, so neither is published.
	'KEN|Total': 'total 32% against urban 24% from an urban-only survey: inconsistent, one is an error of the copy',
	'KEN|Urban (Residence)': 'urban 24% against total 32% from an urban-only survey: inconsistent, one is an error of the copy'
};

/** Publication of December 2020, from surveys of 2010 onwards (UNICEF's rule for the database). */
const FIRST_SURVEY = 2010;
const LAST_SURVEY = 2020;

/** "24%" → 24; blank → null; a cell without exactly one trailing % sign is an error. */
export function percentCell(cell: string, file: string, line: number): number | null {
	const s = cell.trim();
	if (s === '') return null;
	const m = /^([^%]*)%$/.exec(s);
	if (!m) throw new ParseError(file, line, `"${cell}" is not a percentage`);
	return publishedNumber(m[1], file, line);
}

/** The first calendar year of a survey period ("2018-19" → 2018), which stands for the period. */
export function surveyStart(period: string, where: Where): number {
	const m = /^(\d{4})(-\d{2})?$/.exec(period.trim());
	const year = Number(m?.[1]);
	if (!m || year < FIRST_SURVEY || year > LAST_SURVEY) {
		throw new ParseError(where.file, where.line, `"${period}" is not a survey period of ${FIRST_SURVEY}–${LAST_SURVEY} (YYYY or YYYY-YY)`);
	}
	return year;
}

/** The header is on line 2 after the Excel artefact; a copy without the artefact line is read too. */
function splitHeader(records: CsvRecord[], file: string): { header: string[]; rows: CsvRecord[] } {
	const at = records.slice(0, 2).findIndex((r) => r.fields[0]?.trim() === 'ISO3');
	if (at < 0) throw new ParseError(file, 1, 'no header starting with "ISO3" on line 1 or 2');
	return { header: records[at].fields.map((h) => h.trim()), rows: records.slice(at + 1) };
}

/** The total is a weighted mean of the rural and urban values, so it must lie between them. */
function checkResidence(values: Map<string, number | null>, where: Where) {
	const [total, rural, urban] = ['Total', 'Rural (Residence)', 'Urban (Residence)'].map((s) => values.get(s));
	if (total == null || rural == null || urban == null) return;
	if (total < Math.min(rural, urban) || total > Math.max(rural, urban)) {
		throw new ParseError(where.file, where.line, `total ${total}% is not between rural ${rural}% and urban ${urban}%`);
	}
}

/**
 * Reads the table: one observation per AU country and published breakdown, dated by the first year of
 * the survey period, the full period kept in the flag ("survey 2018-19").
 */
export function parseSchoolAgeConnectivity(text: string, file: string, countries: CountryLookup): RawObservation[] {
	const csv = parseCsv(text, file);
	const { header, rows } = splitHeader([{ line: 1, fields: csv.header }, ...csv.records], file);
	const col = (name: string) => {
		const i = header.indexOf(name);
		if (i < 0) throw new ParseError(file, 1, `missing column "${name}"`);
		return i;
	};
	const iso3Col = col('ISO3');
	const periodCol = col('Time period');
	const seriesCols = UNICEF_SERIES.map((s) => [s, col(s)] as const);
	const out: RawObservation[] = [];
	for (const { line, fields } of rows) {
		const where = { file, line };
		const iso3 = countries.iso3(fields[iso3Col] ?? '', where);
		if (!iso3) continue;
		const period = (fields[periodCol] ?? '').trim();
		const year = surveyStart(period, where);
		const values = new Map(
			seriesCols.map(([s, i]) => [s, `${iso3}|${s}` in REFUSED_CELLS ? null : percentCell(fields[i] ?? '', file, line)])
		);
		checkResidence(values, where);
		for (const [code, value] of values) {
			if (value === null) continue;
			out.push({ iso3, code, year, value, flag: `survey ${period}`, file, line });
		}
	}
	return out;
}
