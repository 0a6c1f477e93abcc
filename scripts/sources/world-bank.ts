/**
 * World Bank World Development Indicators: parsers for the two published CSV layouts we read.
 * - the bulk "wide" download of one indicator (API_<code>_DS2_en_csv_v2_*.csv): Country Name,
 *   Country Code, Indicator Name, Indicator Code, 1960, …, with an optional 4-line "Data Source /
 *   Last Updated" preamble, a UTF-8 BOM and a trailing comma on every line;
 * - its country metadata file (income groups).
 */
import type { CountryLookup } from '../lib/country-lookup.ts';
import { parseCsv } from '../lib/csv.ts';
import { ParseError, publishedNumber, type RawObservation } from './types.ts';

/**
 * Codes in World Bank files that are not ISO 3166 countries: its regional and income aggregates, and
 * two economies without an ISO code (Kosovo, Channel Islands) and "not classified" (INX). Recognised and set aside.
 */
export const WB_NON_COUNTRY_CODES: ReadonlySet<string> = new Set(
	'AFE AFW ARB CEB CSS EAP EAR EAS ECA ECS EMU EUU FCS HIC HPC IBD IBT IDA IDB IDX LAC LCN LDC LIC LMC LMY LTE MEA MIC MNA NAC OED OSS PRE PSS PST SAS SSA SSF SST TEA TEC TLA TMN TSA TSS UMC WLD XKX CHI INX'.split(' ')
);

/** Skips the preamble the World Bank puts before the header in its API downloads. */
function stripPreamble(text: string): { body: string; skipped: number } {
	const lines = text.replace(/^\uFEFF/, '').split('\n');
	const header = lines.findIndex((l) => l.startsWith('"Country Name"') || l.startsWith('Country Name'));
	if (header < 0) return { body: text, skipped: 0 };
	return { body: lines.slice(header).join('\n'), skipped: header };
}

export function parseWdiWide(text: string, file: string, countries: CountryLookup): RawObservation[] {
	const { body, skipped } = stripPreamble(text);
	const csv = parseCsv(body, file);
	const col = (name: string) => {
		const i = csv.header.indexOf(name);
		if (i < 0) throw new ParseError(file, 1 + skipped, `missing column "${name}"`);
		return i;
	};
	const codeCol = col('Country Code');
	const seriesCol = col('Indicator Code');
	const yearCols = csv.header
		.map((h, i) => [h, i] as const)
		.filter(([h]) => /^\d{4}$/.test(h));
	if (yearCols.length === 0) throw new ParseError(file, 1 + skipped, 'no year columns');
	const out: RawObservation[] = [];
	for (const { line, fields } of csv.records) {
		const at = line + skipped;
		const iso3 = countries.iso3(fields[codeCol], { file, line: at }, WB_NON_COUNTRY_CODES);
		if (!iso3) continue;
		for (const [year, i] of yearCols) {
			const value = publishedNumber(fields[i] ?? '', file, at);
			if (value === null) continue;
			out.push({ iso3, code: fields[seriesCol], year: Number(year), value, file, line: at });
		}
	}
	return out;
}

const INCOME_GROUPS: Record<string, string> = {
	'Low income': 'low',
	'Lower middle income': 'lower-middle',
	'Upper middle income': 'upper-middle',
	'High income': 'high'
};

/** Income group per ISO3 from the Metadata_Country file that ships with every bulk download. */
export function parseWdiCountryMetadata(text: string, file: string): Map<string, string> {
	const csv = parseCsv(text, file);
	const code = csv.header.indexOf('Country Code');
	const income = csv.header.indexOf('IncomeGroup');
	if (code < 0 || income < 0) throw new ParseError(file, 1, 'expected "Country Code" and "IncomeGroup" columns');
	const groups = new Map<string, string>();
	for (const { line, fields } of csv.records) {
		const label = fields[income];
		if (label === '') continue; // aggregates have no income group
		const group = INCOME_GROUPS[label];
		if (!group) throw new ParseError(file, line, `unknown income group "${label}"`);
		groups.set(fields[code], group);
	}
	return groups;
}
