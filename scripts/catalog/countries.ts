/**
 * Curates data/countries.csv from the sourced fact table ../shared/data/facts/countries.csv (names,
 * AU regions, economic communities, languages), UN M49 codes (= ISO 3166-1 numeric, from the
 * i18n-iso-countries package) and World Bank income groups.
 */
import { createRequire } from 'node:module';
import { parseCsv } from '../lib/csv.ts';
import { ParseError } from '../sources/types.ts';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries') as { alpha3ToNumeric(code: string): string | undefined };

/**
 * Display names that differ from the fact table's package-derived names: the names the AU, UN and
 * francophone press use (Côte d'Ivoire, Cabo Verde), and short forms that fit chart labels.
 * ESH is the AU member state, the Sahrawi Arab Democratic Republic; ISO and the UN code the territory.
 */
const NAME_OVERRIDES: Record<string, { en?: string; fr?: string }> = {
	CIV: { en: "Côte d'Ivoire", fr: "Côte d'Ivoire" },
	CPV: { en: 'Cabo Verde', fr: 'Cap-Vert' },
	COG: { en: 'Congo', fr: 'Congo' },
	COD: { en: 'DR Congo', fr: 'RD Congo' },
	CAF: { fr: 'République centrafricaine' },
	SWZ: { fr: 'Eswatini' },
	TZA: { fr: 'Tanzanie' },
	ESH: { en: 'Western Sahara (SADR)', fr: 'Sahara occidental (RASD)' }
};

const REGIONS: Record<string, string> = {
	Northern: 'north',
	Western: 'west',
	Central: 'central',
	Eastern: 'east',
	Southern: 'southern'
};

/** Fact-table column for each REC id of the curated table. */
const REC_COLUMNS: Record<string, string> = {
	ecowas: 'ecowas',
	uemoa: 'uemoa_waemu',
	eac: 'eac',
	sadc: 'sadc',
	eccas: 'eccas',
	cemac: 'cemac',
	comesa: 'comesa',
	igad: 'igad',
	amu: 'amu',
	censad: 'cen_sad'
};

export interface CountryRow {
	iso3: string;
	iso2: string;
	m49: number;
	name_en: string;
	name_fr: string;
	au_region: string;
	[rec: string]: string | number | boolean | null;
}

export function curateCountries(factsText: string, file: string, incomeGroups: Map<string, string>): CountryRow[] {
	const csv = parseCsv(factsText, file);
	const get = (fields: string[], line: number, name: string) => {
		const i = csv.header.indexOf(name);
		if (i < 0) throw new ParseError(file, 1, `missing column "${name}"`);
		return fields[i];
	};
	return csv.records.map(({ fields, line }) => {
		const iso3 = get(fields, line, 'iso3');
		const numeric = isoCountries.alpha3ToNumeric(iso3);
		if (!numeric) throw new ParseError(file, line, `no ISO 3166-1 numeric (M49) code for "${iso3}"`);
		const region = REGIONS[get(fields, line, 'au_region')];
		if (!region) throw new ParseError(file, line, `unknown AU region "${get(fields, line, 'au_region')}"`);
		const row: CountryRow = {
			iso3,
			iso2: get(fields, line, 'iso2'),
			m49: Number(numeric),
			name_en: NAME_OVERRIDES[iso3]?.en ?? get(fields, line, 'name_en'),
			name_fr: NAME_OVERRIDES[iso3]?.fr ?? get(fields, line, 'name_fr'),
			au_region: region
		};
		const former: string[] = [];
		for (const [rec, column] of Object.entries(REC_COLUMNS)) {
			const value = get(fields, line, column);
			if (value === 'former') former.push(rec);
			else if (value !== 'Y' && value !== 'N') throw new ParseError(file, line, `${column}: expected Y, N or former, got "${value}"`);
			row[rec] = value === 'Y';
		}
		row.former_recs = former.join(';') || null;
		row.languages = get(fields, line, 'language_groups');
		row.income_group = incomeGroups.get(iso3) ?? null;
		row.note = get(fields, line, 'notes') || null;
		return row;
	});
}
