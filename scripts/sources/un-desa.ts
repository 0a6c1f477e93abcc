/**
 * UN DESA E-Government Survey: the E-Government Development Index (EGDI), its three components and the
 * E-Participation Index, one CSV per survey year, in the three layouts of our copies:
 * - the Data Center download (2022): Survey Year, Country Name, E-Government Rank, E-Government Index, …;
 * - a 2024 copy whose headers were renamed (Country, E_Index, …) and given a Region column by its author;
 * - UNU-EGOV's 2010–2018 files: ISO3 codes (country-code) and no year column, the year being in the file name.
 * UN country names carry trailing spaces. Ranks (derived) and regions (not UN DESA's) are not read.
 */
import type { CountryLookup, Where } from '../lib/country-lookup.ts';
import { parseCsv } from '../lib/csv.ts';
import { ParseError, publishedNumber, type RawObservation } from './types.ts';

/** The series codes emitted, each with its column name in the three layouts. */
export const EGDI_SERIES: Record<string, readonly string[]> = {
	EGDI: ['E-Government Index', 'E_Index', 'e-gov-index'],
	OSI: ['Online Service Index', 'Online_Service', 'osi'],
	HCI: ['Human Capital Index', 'Human_Capital', 'hci'],
	TII: ['Telecommunication Infrastructure Index', 'Tele_Infra', 'tii'],
	EPI: ['E-Participation Index', 'E_Participation', 'e-pat-index']
};

const ISO3_COLUMN = 'country-code';
const NAME_COLUMNS = ['Country Name', 'Country'];
const YEAR_COLUMN = 'Survey Year';

interface EgdiLayout {
	country: { column: number; by: 'iso3' | 'name' };
	/** Survey Year column, or -1 when the year comes from the file name. */
	yearColumn: number;
	fileYear: number | null;
	series: [code: string, column: number][];
}

/** Finds the columns an EGDI file must have; stops on a file that is not one (e.g. an HTML error page). */
export function egdiLayout(header: string[], file: string): EgdiLayout {
	const at = (names: readonly string[]) => header.findIndex((h) => names.includes(h.trim()));
	const iso3 = at([ISO3_COLUMN]);
	const name = at(NAME_COLUMNS);
	if (iso3 < 0 && name < 0) throw new ParseError(file, 1, `no country column (${[ISO3_COLUMN, ...NAME_COLUMNS].join(', ')})`);
	const series = Object.entries(EGDI_SERIES).map(([code, names]): [string, number] => {
		const column = at(names);
		if (column < 0) throw new ParseError(file, 1, `missing column for ${code} (${names.join(' / ')})`);
		return [code, column];
	});
	const yearColumn = at([YEAR_COLUMN]);
	const fileYear = Number(/(\d{4})\.csv$/i.exec(file)?.[1]) || null;
	if (yearColumn < 0 && fileYear === null) throw new ParseError(file, 1, `no "${YEAR_COLUMN}" column and no year in the file name`);
	return { country: iso3 >= 0 ? { column: iso3, by: 'iso3' } : { column: name, by: 'name' }, yearColumn, fileYear, series };
}

function surveyYear(layout: EgdiLayout, fields: string[], where: Where): number {
	if (layout.yearColumn < 0) return layout.fileYear!;
	const cell = fields[layout.yearColumn]?.trim() ?? '';
	const year = Number(cell);
	if (!/^\d{4}$/.test(cell)) throw new ParseError(where.file, where.line, `"${cell}" is not a survey year`);
	// A file saved under another year's name would put its values in the wrong survey.
	if (layout.fileYear !== null && year !== layout.fileYear) {
		throw new ParseError(where.file, where.line, `survey year ${year} in a file named for ${layout.fileYear}`);
	}
	return year;
}

/**
 * UNU-EGOV's copies print some values with binary floating-point noise (0.6955600000000001 for UN DESA's
 * 0.69556); 15 significant digits give back the published decimal and never change a published digit.
 */
const withoutFloatNoise = (value: number) => Number(value.toPrecision(15));

/** Reads one survey year's file: one row per country, one observation per index (blank cells skipped). */
export function parseEgdi(text: string, file: string, countries: CountryLookup): RawObservation[] {
	const csv = parseCsv(text, file);
	const layout = egdiLayout(csv.header, file);
	const out: RawObservation[] = [];
	for (const { line, fields } of csv.records) {
		const where = { file, line };
		const id = fields[layout.country.column] ?? '';
		const iso3 = layout.country.by === 'iso3' ? countries.iso3(id, where) : countries.name(id, where);
		if (!iso3) continue;
		const year = surveyYear(layout, fields, where);
		for (const [code, column] of layout.series) {
			const value = publishedNumber(fields[column] ?? '', file, line);
			if (value !== null) out.push({ iso3, code, year, value: withoutFloatNoise(value), file, line });
		}
	}
	return out;
}
