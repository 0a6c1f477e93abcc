import { describe, expect, it } from 'vitest';
import { CountryLookup } from '../lib/country-lookup.ts';
import { parseSchoolAgeConnectivity, UNICEF_SERIES } from './unicef.ts';

const countries = new CountryLookup([
	{ iso3: 'DZA', m49: 12, name_en: 'Algeria', name_fr: 'Algérie' },
	{ iso3: 'EGY', m49: 818, name_en: 'Egypt', name_fr: 'Égypte' },
	{ iso3: 'KEN', m49: 404, name_en: 'Kenya', name_fr: 'Kenya' },
	{ iso3: 'SEN', m49: 686, name_en: 'Senegal', name_fr: 'Sénégal' },
	{ iso3: 'UGA', m49: 800, name_en: 'Uganda', name_fr: 'Ouganda' }
]);
const parse = (text: string) => parseSchoolAgeConnectivity(text, 'u.csv', countries);

const ARTEFACT = 'column A,column B,column C,column  D,column E,column F,column G,column H,column I,column J,column K,column L';
const HEADER =
	'ISO3,Countries and areas,Region,Sub-region,Income Group,Total,Rural (Residence),Urban (Residence),Poorest (Wealth quintile),Richest (Wealth quintile),Data source,Time period';
const table = (...rows: string[]) => [ARTEFACT, HEADER, ...rows].join('\r\n') + '\r\n';
const ALGERIA = 'DZA,Algeria,MENA,MENA,Upper middle income (UM),24%,9%,32%,1%,77%,Multiple Indicator Cluster Survey,2018-19';

describe('UNICEF school-age digital connectivity', () => {
	it('reads the header on line 2, the number before each "%" and the survey period into year and flag', () => {
		expect(parse(table(ALGERIA))).toEqual(
			UNICEF_SERIES.map((code, i) => ({ iso3: 'DZA', code, year: 2018, value: [24, 9, 32, 1, 77][i], flag: 'survey 2018-19', file: 'u.csv', line: 3 }))
		);
	});

	it('dates a one-year survey by that year and skips blank breakdowns', () => {
		const rows = parse(table('SEN,Senegal,WCA,WCA,Lower middle income (LM),5%,,10%,,,Demographic and Health Survey,2017'));
		expect(rows.map((r) => [r.code, r.year, r.value, r.flag])).toEqual([
			['Total', 2017, 5, 'survey 2017'],
			['Urban (Residence)', 2017, 10, 'survey 2017']
		]);
	});

	it('refuses the cells of the copy that cannot be right (Kenya’s urban-only survey: total ≠ urban)', () => {
		const rows = parse(table('KEN,Kenya,SSA,ESA,Lower middle income (LM),32%,,24%,,,"STEP Skills Measurement Household Survey 2013 (Wave 2)",2013'));
		expect(rows).toEqual([]);
	});

	it('sets aside other countries, including malformed non-African rows, and trims padded codes', () => {
		const rows = parse(
			table(
				'COL,Colombia,LAC,LAC,Upper middle income (UM),36%%,5%,48%%,1%,98%,Demographic and Health Survey,2015-16',
				'    GEO,    Georgia,ECA,EECA,    Upper middle income (UM),85%,72%,93%,51%,99%,Multiple Indicator Cluster Survey,2018',
				'NPL,Nepal,SA,SA,Low income (L),47%,32%,55%,16%,88%,Multiple Indicator Cluster Survey,2076',
				'   UGA,Uganda,SSA,ESA,Low income (L),0%,0%,2%,0%,2%,LSMS,2015'
			)
		);
		expect(rows.map((r) => [r.iso3, r.code, r.value])).toEqual(UNICEF_SERIES.map((code, i) => ['UGA', code, [0, 0, 2, 0, 2][i]]));
	});

	it('leaves out the refused cell of the copy (Egypt, poorest quintile) and keeps the rest of the row', () => {
		const rows = parse(table('EGY,Egypt,MENA,MENA,Lower middle income (LM),17%,9%,29%,100%,,"2015 Household Income, Expenditure and Consumption Survey",2015'));
		expect(rows.map((r) => [r.code, r.value])).toEqual([
			['Total', 17],
			['Rural (Residence)', 9],
			['Urban (Residence)', 29]
		]);
	});

	it('stops on a value that is not a percentage or not a number', () => {
		expect(() => parse(table(ALGERIA.replace('24%', '24')))).toThrow('u.csv:3: "24" is not a percentage');
		expect(() => parse(table(ALGERIA.replace('24%', '36%%')))).toThrow('u.csv:3: "36%%" is not a percentage');
		expect(() => parse(table(ALGERIA.replace('24%', 'n/a%')))).toThrow('u.csv:3: "n/a" is not a number');
	});

	it('stops on a total outside its rural and urban values', () => {
		expect(() => parse(table(ALGERIA.replace('24%,9%,32%', '24%,100%,29%')))).toThrow('u.csv:3: total 24% is not between rural 100% and urban 29%');
	});

	it('stops on a survey period it cannot date (another calendar, another format)', () => {
		expect(() => parse(table(ALGERIA.replace('2018-19', '2562')))).toThrow('u.csv:3: "2562" is not a survey period of 2010–2020');
		expect(() => parse(table(ALGERIA.replace('2018-19', '2018/19')))).toThrow('u.csv:3: "2018/19" is not a survey period');
	});

	it('stops on an unknown country code and on a missing header', () => {
		expect(() => parse(table(ALGERIA.replace('DZA', 'XYZ')))).toThrow('u.csv:3: unknown country code "XYZ"');
		expect(() => parse([ARTEFACT, ALGERIA].join('\n'))).toThrow('u.csv:1: no header starting with "ISO3" on line 1 or 2');
	});
});
