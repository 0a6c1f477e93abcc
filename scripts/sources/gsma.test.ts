import { describe, expect, it } from 'vitest';
import { CountryLookup } from '../lib/country-lookup.ts';
import { parseGsmaMci as parseWithLookup } from './gsma.ts';

const countries = new CountryLookup([
	{ iso3: 'AGO', m49: 24, name_en: 'Angola', name_fr: 'Angola' },
	{ iso3: 'CIV', m49: 384, name_en: "Côte d'Ivoire", name_fr: "Côte d'Ivoire" }
]);
const parseMci = (text: string) => parseWithLookup(text, 'mci.csv', countries);

// The export's three header lines, cut to a few columns of each group.
const TITLE = '\uFEFF,Mobile Connectivity Index,,,,,,,,';
const GROUPS = 'GENERAL INFORMATION,,,,CLUSTER,INDEX SCORE,ENABLER SCORES,DIMENSION SCORES,INDICATOR SCORES,';
const NAMES = 'ISO Code,Country,Region,Year,Cluster,Index,Infrastructure,Network coverage,2G Population Coverage,5G Population Coverage';
const mci = (...rows: string[]) => [TITLE, GROUPS, NAMES, ...rows].join('\n') + '\n';

describe('GSMA Mobile Connectivity Index export', () => {
	it('reads every score column under its name, from line 4, skipping empty cells and the cluster', () => {
		const text = mci('AGO,Angola,Sub-Saharan Africa,2014,Discoverer,29.37,25.09,44.72,90.00,');
		expect(parseMci(text)).toEqual([
			{ iso3: 'AGO', code: 'Index', year: 2014, value: 29.37, file: 'mci.csv', line: 4 },
			{ iso3: 'AGO', code: 'Infrastructure', year: 2014, value: 25.09, file: 'mci.csv', line: 4 },
			{ iso3: 'AGO', code: 'Network coverage', year: 2014, value: 44.72, file: 'mci.csv', line: 4 },
			{ iso3: 'AGO', code: '2G Population Coverage', year: 2014, value: 90, file: 'mci.csv', line: 4 }
		]);
	});

	it('reads quoted names and CRLF line ends', () => {
		const text = mci('"CIV","Cote d\'Ivoire","Sub-Saharan Africa",2023,"Emerging",45.5,50.1,60.2,99.0,12.5').replace(/\n/g, '\r\n');
		expect(parseMci(text).map((o) => [o.iso3, o.code, o.value, o.line])).toEqual([
			['CIV', 'Index', 45.5, 4],
			['CIV', 'Infrastructure', 50.1, 4],
			['CIV', 'Network coverage', 60.2, 4],
			['CIV', '2G Population Coverage', 99, 4],
			['CIV', '5G Population Coverage', 12.5, 4]
		]);
	});

	it('sets aside other countries and stops on an unknown code, a non-number or a bad year', () => {
		const angola = 'AGO,Angola,Sub-Saharan Africa,2023,Emerging,40,41,42,43,44';
		expect(parseMci(mci('FRA,France,Europe,2023,Leader,80,81,82,83,84', angola)).map((o) => o.iso3)).toEqual(['AGO', 'AGO', 'AGO', 'AGO', 'AGO']);
		expect(() => parseMci(mci(angola, 'ZZZ,Nowhere,x,2023,Emerging,1,1,1,1,1'))).toThrow('mci.csv:5: unknown country code "ZZZ"');
		expect(() => parseMci(mci('AGO,Angola,x,2023,Emerging,n/a,1,1,1,1'))).toThrow('mci.csv:4: "n/a" is not a number');
		expect(() => parseMci(mci('AGO,Angola,x,FY23,Emerging,1,1,1,1,1'))).toThrow('mci.csv:4: "FY23" is not a year');
	});

	it('stops when the title lines are missing or a column is renamed', () => {
		expect(() => parseMci(`${NAMES}\nAGO,Angola,x,2023,Emerging,1,1,1,1,1\n`)).toThrow('mci.csv:3: expected the column names (ISO Code, Country, …) on the third header line');
		expect(() => parseMci(mci().replace('Year', 'Yr'))).toThrow('mci.csv:3: missing column "Year"');
	});
});
