import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EGDI_CSV_URL_TEMPLATE, EGDI_FILES, unDesa } from '../catalog/un-desa.ts';
import { CountryLookup } from '../lib/country-lookup.ts';
import type { RawObservation } from './types.ts';
import { parseEgdi } from './un-desa.ts';

const countries = new CountryLookup([
	{ iso3: 'CIV', m49: 384, name_en: "Côte d'Ivoire", name_fr: "Côte d'Ivoire" },
	{ iso3: 'TZA', m49: 834, name_en: 'Tanzania', name_fr: 'Tanzanie' },
	{ iso3: 'MAR', m49: 504, name_en: 'Morocco', name_fr: 'Maroc' },
	{ iso3: 'SOM', m49: 706, name_en: 'Somalia', name_fr: 'Somalie' },
	{ iso3: 'SSD', m49: 728, name_en: 'South Sudan', name_fr: 'Soudan du Sud' }
]);
const parse = (text: string, file: string) => parseEgdi(text, file, countries);
/** Rows as [iso3, code, year, value] for compact expectations. */
const brief = (rows: RawObservation[]) => rows.map((r) => [r.iso3, r.code, r.year, r.value]);

const HEADER_2022 =
	'Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index';
const HEADER_2024 = 'Survey Year,Country,Rank,E_Index,E_Participation,Online_Service,Human_Capital,Tele_Infra,Region';
const HEADER_UNU = 'country-code,country-name,e-gov-rank,e-gov-index,e-pat-index,osi,hci,tii';

describe('UN DESA Data Center layout (2022)', () => {
	it('reads the five indices by UN name, with trailing spaces and CRLF, and sets aside other UN members', () => {
		const text = `${HEADER_2022}\r\n2022,"Iraq ",146,0.43830,0.21590,0.20600,0.58880,0.52010\r\n2022,"Micronesia (Federated States of) ",150,0.4,0.1,0.2,0.6,0.3\r\n2022,"United Republic of Tanzania ",119,0.54,0.46,0.57,0.48,0.57\r\n`;
		expect(parse(text, 'un-desa-egdi/EGOV_DATA_2022.csv')).toEqual([
			{ iso3: 'TZA', code: 'EGDI', year: 2022, value: 0.54, file: 'un-desa-egdi/EGOV_DATA_2022.csv', line: 4 },
			{ iso3: 'TZA', code: 'OSI', year: 2022, value: 0.57, file: 'un-desa-egdi/EGOV_DATA_2022.csv', line: 4 },
			{ iso3: 'TZA', code: 'HCI', year: 2022, value: 0.48, file: 'un-desa-egdi/EGOV_DATA_2022.csv', line: 4 },
			{ iso3: 'TZA', code: 'TII', year: 2022, value: 0.57, file: 'un-desa-egdi/EGOV_DATA_2022.csv', line: 4 },
			{ iso3: 'TZA', code: 'EPI', year: 2022, value: 0.46, file: 'un-desa-egdi/EGOV_DATA_2022.csv', line: 4 }
		]);
	});

	it('reads the apostrophe of "Côte d\'Ivoire" and leaves the rank out', () => {
		const rows = parse(`${HEADER_2022}\n2022,"Côte d'Ivoire ",133,0.4,0.3,0.4,0.5,0.3\n`, 'EGOV_DATA_2022.csv');
		expect(rows.map((r) => r.code)).toEqual(['EGDI', 'OSI', 'HCI', 'TII', 'EPI']);
		expect(rows.every((r) => r.iso3 === 'CIV' && r.value !== 133)).toBe(true);
	});
});

describe('2024 copy with renamed headers', () => {
	it('maps the renamed columns and ignores the added Region column', () => {
		const text = `${HEADER_2024}\r\n2024,Morocco ,90,0.67,0.5,0.61,0.69,0.73,Europe\r\n2024,Ireland ,20,0.91,0.91,0.87,0.90,0.95,Europe\r\n`;
		expect(brief(parse(text, 'un-desa-egdi/EGOV_DATA_2024.csv'))).toEqual([
			['MAR', 'EGDI', 2024, 0.67],
			['MAR', 'OSI', 2024, 0.61],
			['MAR', 'HCI', 2024, 0.69],
			['MAR', 'TII', 2024, 0.73],
			['MAR', 'EPI', 2024, 0.5]
		]);
	});
});

describe('UNU-EGOV layout (2010–2018, ISO3, year from the file name)', () => {
	it('takes the survey year from the file name and skips the empty South Sudan row of 2010', () => {
		const text = `${HEADER_UNU}\nSSD,South Sudan,,,,,,\nIRQ,Iraq,136.0,0.29957,0.04285,0.15238,0.69556,0.05522\nMAR,Morocco,126.0,0.3287,0.1,0.2,0.5,0.2\n`;
		const rows = parse(text, 'un-desa-egdi/egdi-2010.csv');
		expect(rows.map((r) => [r.iso3, r.year, r.line])).toEqual(Array(5).fill(['MAR', 2010, 4]));
	});

	it('gives back the published decimals where the copy shows floating-point noise', () => {
		const text = `${HEADER_UNU}\nMAR,Morocco,126.0,0.6955600000000001,0.04285,0.15238,0.9120299999999999,0.055220000000000005\n`;
		const values = Object.fromEntries(parse(text, 'egdi-2012.csv').map((r) => [r.code, r.value]));
		expect(values).toMatchObject({ EGDI: 0.69556, HCI: 0.91203, TII: 0.05522 });
	});

	it('keeps published zeros and skips only the blank cell (Somalia 2010)', () => {
		const text = `${HEADER_UNU}\nSOM,Somalia,184.0,0.0,0.0,0.0,,0.0122\n`;
		expect(brief(parse(text, 'egdi-2010.csv'))).toEqual([
			['SOM', 'EGDI', 2010, 0],
			['SOM', 'OSI', 2010, 0],
			['SOM', 'TII', 2010, 0.0122],
			['SOM', 'EPI', 2010, 0]
		]);
	});
});

describe('errors', () => {
	it('stops on a country name or code it cannot place', () => {
		expect(() => parse(`${HEADER_2022}\n2022,"Atlantis ",1,0.5,0.5,0.5,0.5,0.5\n`, 'f.csv')).toThrow('f.csv:2: unknown country name "Atlantis "');
		expect(() => parse(`${HEADER_UNU}\nXXX,Nowhere,1,0.5,0.5,0.5,0.5,0.5\n`, 'egdi-2014.csv')).toThrow('egdi-2014.csv:2: unknown country code "XXX"');
	});

	it('stops on a value that is not a number', () => {
		expect(() => parse(`${HEADER_2024}\n2024,Morocco ,90,0.67,n/a,0.61,0.69,0.73,Africa\n`, 'f.csv')).toThrow('f.csv:2: "n/a" is not a number');
	});

	it('stops on a missing column, a file without a year, and a year that contradicts the file name', () => {
		expect(() => parse('Survey Year,Country Name,E-Government Index\n', 'f.csv')).toThrow('f.csv:1: missing column for OSI');
		expect(() => parse(`${HEADER_UNU}\n`, 'egdi.csv')).toThrow('egdi.csv:1: no "Survey Year" column and no year in the file name');
		expect(() => parse(`${HEADER_2022}\n2022,Morocco ,1,0.5,0.5,0.5,0.5,0.5\n`, 'EGOV_DATA_2024.csv')).toThrow(
			'EGOV_DATA_2024.csv:2: survey year 2022 in a file named for 2024'
		);
	});
});

describe('UN DESA fetcher (offline, fake fetch)', () => {
	let out = '';
	afterEach(() => rmSync(out, { recursive: true, force: true }));

	/** Answers every survey year's URL with a small file in the publisher's layout. */
	const publisher = (status = 200, body?: string) => async (input: string | URL | Request) => {
		const url = String(input);
		const year = Object.keys(EGDI_FILES).find((y) => url === EGDI_CSV_URL_TEMPLATE.replaceAll('{year}', y));
		if (!year) return new Response('not found', { status: 404, statusText: 'Not Found' });
		return new Response(body ?? `${HEADER_2022}\r\n${year},"Morocco ",90,0.5,0.4,0.3,0.6,0.7\r\n`, { status, statusText: status === 200 ? 'OK' : 'Server Error' });
	};

	it('writes every survey year under the snapshot file names, in a layout the parser reads', async () => {
		out = mkdtempSync(join(tmpdir(), 'un-desa-'));
		const written = await unDesa.fetch!(out, { fetch: publisher() as typeof fetch });
		expect(written).toEqual(Object.values(EGDI_FILES).map((f) => join(out, f)));
		const rows = Object.entries(EGDI_FILES).flatMap(([, file]) => parse(readFileSync(join(out, file), 'utf8'), file));
		expect(rows.filter((r) => r.code === 'EGDI').map((r) => [r.iso3, r.year, r.value])).toEqual(
			Object.keys(EGDI_FILES).map((y) => ['MAR', Number(y), 0.5])
		);
		// The indicators read exactly the files the fetcher writes.
		expect(unDesa.indicators.every((i) => JSON.stringify(i.raw.file) === JSON.stringify(Object.values(EGDI_FILES)))).toBe(true);
	});

	it('stops with the year, HTTP status and URL on an HTTP error', async () => {
		out = mkdtempSync(join(tmpdir(), 'un-desa-'));
		const url = EGDI_CSV_URL_TEMPLATE.replaceAll('{year}', '2010');
		await expect(unDesa.fetch!(out, { fetch: publisher(500) as typeof fetch })).rejects.toThrow(
			`UN DESA E-Government Survey 2010: HTTP 500 Server Error from ${url}`
		);
	});

	it('refuses a page that is not an EGDI table before writing it', async () => {
		out = mkdtempSync(join(tmpdir(), 'un-desa-'));
		await expect(unDesa.fetch!(out, { fetch: publisher(200, '<html><body>Data Center</body></html>') as typeof fetch })).rejects.toThrow(
			'no country column'
		);
		expect(existsSync(join(out, EGDI_FILES[2010]))).toBe(false);
	});
});
