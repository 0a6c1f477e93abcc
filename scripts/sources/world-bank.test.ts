import { describe, expect, it } from 'vitest';
import { CountryLookup } from '../lib/country-lookup.ts';
import { parseWdiCountryMetadata, parseWdiWide as parseWithLookup } from './world-bank.ts';

const countries = new CountryLookup([
	{ iso3: 'TGO', m49: 768, name_en: 'Togo', name_fr: 'Togo' },
	{ iso3: 'COD', m49: 180, name_en: 'DR Congo', name_fr: 'RD Congo' }
]);
const parseWdiWide = (text: string, file: string) => parseWithLookup(text, file, countries);

const HEADER = '"Country Name","Country Code","Indicator Name","Indicator Code","2021","2022","2023",';

describe('World Bank bulk CSV (wide)', () => {
	it('reads one value per country and year, skipping blanks, with a BOM and trailing commas', () => {
		const text = `\uFEFF${HEADER}\n"Togo","TGO","Individuals using the Internet (% of population)","IT.NET.USER.ZS","32.5051","37.6212","",\n`;
		expect(parseWdiWide(text, 'f.csv')).toEqual([
			{ iso3: 'TGO', code: 'IT.NET.USER.ZS', year: 2021, value: 32.5051, file: 'f.csv', line: 2 },
			{ iso3: 'TGO', code: 'IT.NET.USER.ZS', year: 2022, value: 37.6212, file: 'f.csv', line: 2 }
		]);
	});

	it('skips the "Data Source / Last Updated" preamble of API downloads, keeping true line numbers', () => {
		const preamble = '"Data Source","World Development Indicators",\n\n"Last Updated Date","2024-10-15",\n\n';
		const text = `${preamble}${HEADER}\n"Congo, Dem. Rep.","COD","x","IT.NET.USER.ZS","1","2","3",\n`;
		const rows = parseWdiWide(text, 'f.csv');
		expect(rows.map((r) => [r.iso3, r.year, r.value, r.line])).toEqual([
			['COD', 2021, 1, 6],
			['COD', 2022, 2, 6],
			['COD', 2023, 3, 6]
		]);
	});

	it('reads scientific notation as published', () => {
		const text = `${HEADER}\n"Togo","TGO","x","IT.NET.USER.ZS","4.37E-06","","",\n`;
		expect(parseWdiWide(text, 'f.csv')[0].value).toBe(0.00000437);
	});

	it('stops on a value that is not a number, naming file and line', () => {
		const row = (cell: string) => `${HEADER}\n"Togo","TGO","x","IT.NET.USER.ZS","${cell}","","",\n`;
		expect(() => parseWdiWide(row('n.a.'), 'f.csv')).toThrow('f.csv:2: "n.a." is not a number');
		// A decimal comma is not the World Bank's format: refuse it rather than misread 12,5 as 125.
		expect(() => parseWdiWide(row('12,5'), 'f.csv')).toThrow('f.csv:2: "12,5" is not a number');
	});

	it('sets aside other countries and World Bank aggregates, and stops on an unknown code', () => {
		const text = `${HEADER}\n"Africa Western and Central","AFW","x","IT.NET.USER.ZS","1","","",\n"France","FRA","x","IT.NET.USER.ZS","80","","",\n"Togo","TGO","x","IT.NET.USER.ZS","5","","",\n`;
		expect(parseWdiWide(text, 'f.csv').map((r) => r.iso3)).toEqual(['TGO']);
		expect(() => parseWdiWide(`${HEADER}\n"Nowhere","NWH","x","IT.NET.USER.ZS","1","","",\n`, 'f.csv')).toThrow(
			'f.csv:2: unknown country code "NWH"'
		);
	});

	it('stops when a required column is missing', () => {
		expect(() => parseWdiWide('"Country Name","Code","2020"\n"Togo","TGO","1"\n', 'f.csv')).toThrow('f.csv:1: missing column "Country Code"');
	});
});

describe('World Bank country metadata', () => {
	it('maps income groups to slugs and skips aggregates', () => {
		const text = '\uFEFFCountry Code,Region,IncomeGroup,SpecialNotes,TableName\nTGO,Sub-Saharan Africa,Low income,,Togo\nAFE,,,"26 countries",Africa Eastern and Southern\nMUS,Sub-Saharan Africa,Upper middle income,,Mauritius\n';
		expect([...parseWdiCountryMetadata(text, 'm.csv')]).toEqual([
			['TGO', 'low'],
			['MUS', 'upper-middle']
		]);
	});

	it('stops on an income group it does not know', () => {
		expect(() => parseWdiCountryMetadata('Country Code,IncomeGroup\nTGO,Very low income\n', 'm.csv')).toThrow('m.csv:2: unknown income group "Very low income"');
	});
});
