import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { wdiIndicators, worldBank } from '../catalog/world-bank.ts';
import { CountryLookup } from '../lib/country-lookup.ts';
import { fetchWdi, parseWdiCountryMetadata, parseWdiLong as parseLongWithLookup, parseWdiWide as parseWithLookup, WDI_METADATA_FILE } from './world-bank.ts';

const countries = new CountryLookup([
	{ iso3: 'TGO', m49: 768, name_en: 'Togo', name_fr: 'Togo' },
	{ iso3: 'COD', m49: 180, name_en: 'DR Congo', name_fr: 'RD Congo' }
]);
const parseWdiWide = (text: string, file: string) => parseWithLookup(text, file, countries);
const parseWdiLong = (text: string, file: string) => parseLongWithLookup(text, file, countries);

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

const LONG_HEADER = 'Country Name,Country Code,Year,Value';
const POP_FILE = 'world-bank-wdi-datasets-repo/sp.pop.totl.csv';

describe('World Bank per-indicator CSV (long)', () => {
	it('reads one value per line, with the series code from the file name and quoted names with commas', () => {
		const text = `${LONG_HEADER}\nTogo,TGO,2024,9515236\n"Congo, Dem. Rep.",COD,2025,112832473\n`;
		expect(parseWdiLong(text, POP_FILE)).toEqual([
			{ iso3: 'TGO', code: 'SP.POP.TOTL', year: 2024, value: 9515236, file: POP_FILE, line: 2 },
			{ iso3: 'COD', code: 'SP.POP.TOTL', year: 2025, value: 112832473, file: POP_FILE, line: 3 }
		]);
	});

	it('reads upper-case scientific notation as published (tiny values in IT.NET.BBND.P2, SE.XPD.TOTL.GD.ZS)', () => {
		const rows = parseWdiLong(`${LONG_HEADER}\n"Somalia, Fed. Rep.",COD,2018,4.00990834307E-06\n`, 'se.xpd.totl.gd.zs.csv');
		expect(rows.map((r) => [r.code, r.value])).toEqual([['SE.XPD.TOTL.GD.ZS', 0.00000400990834307]]);
	});

	it('keeps published zeros and skips a blank value', () => {
		const text = `${LONG_HEADER}\nTogo,TGO,1985,0\nTogo,TGO,1986,\n`;
		expect(parseWdiLong(text, 'se.xpd.totl.gb.zs.csv').map((r) => [r.year, r.value])).toEqual([[1985, 0]]);
	});

	it('sets aside other countries and World Bank aggregates, and stops on an unknown code', () => {
		const text = `${LONG_HEADER}\nSub-Saharan Africa,SSF,2024,1\nFrance,FRA,2024,2\nKosovo,XKX,2024,3\nTogo,TGO,2024,4\n`;
		expect(parseWdiLong(text, POP_FILE).map((r) => r.iso3)).toEqual(['TGO']);
		expect(() => parseWdiLong(`${LONG_HEADER}\nNowhere,NWH,2024,1\n`, POP_FILE)).toThrow(`${POP_FILE}:2: unknown country code "NWH"`);
	});

	it('stops on a value that is not a number or a year that is not a year, naming file and line', () => {
		expect(() => parseWdiLong(`${LONG_HEADER}\nTogo,TGO,2024,n.a.\n`, POP_FILE)).toThrow(`${POP_FILE}:2: "n.a." is not a number`);
		expect(() => parseWdiLong(`${LONG_HEADER}\nTogo,TGO,2024,5\nTogo,TGO,FY24,5\n`, POP_FILE)).toThrow(`${POP_FILE}:3: "FY24" is not a year`);
	});

	it('stops on a missing column or a file not named after a series', () => {
		expect(() => parseWdiLong('Country Name,Country Code,Year,OBS_VALUE\nTogo,TGO,2024,5\n', POP_FILE)).toThrow(`${POP_FILE}:1: missing column "Value"`);
		expect(() => parseWdiLong(`${LONG_HEADER}\nTogo,TGO,2024,5\n`, 'dir/population.csv')).toThrow('dir/population.csv:1: file name "population.csv" is not a WDI series code');
	});
});

/** An Indicators API v2 observation, as the API lists it. */
const apiObs = (iso3: string, date: string, value: number | null, name = iso3, code = 'SP.POP.TOTL') => ({
	indicator: { id: code, value: `Series ${code}` },
	country: { id: iso3.slice(0, 2), value: name },
	countryiso3code: iso3,
	date,
	value,
	unit: '',
	obs_status: '',
	decimal: 0
});
const apiPage = (page: number, pages: number, rows: unknown[] | null) => [{ page, pages, per_page: 20000, total: 0, sourceid: '2' }, rows];
const ECONOMIES = apiPage(1, 1, [
	{ id: 'TGO', iso2Code: 'TG', name: 'Togo', region: { id: 'SSF', value: 'Sub-Saharan Africa ' }, incomeLevel: { id: 'LIC', value: 'Low income' } },
	{ id: 'AFW', iso2Code: 'B3', name: 'Africa Western and Central', region: { id: 'NA', value: 'Aggregates' }, incomeLevel: { id: 'NA', value: 'Aggregates' } },
	{ id: 'VEN', iso2Code: 'VE', name: 'Venezuela, RB', region: { id: 'LCN', value: 'Latin America & Caribbean ' }, incomeLevel: { id: 'INX', value: 'Not classified' } }
]);

/** A fetch that answers from `answer(url)` and records the URLs asked for. */
function fakeFetch(answer: (url: URL) => { status?: number; body: unknown }) {
	const urls: string[] = [];
	const fetch = (async (input: string | URL | Request) => {
		urls.push(String(input));
		const { status = 200, body } = answer(new URL(String(input)));
		return new Response(JSON.stringify(body), { status, statusText: status === 500 ? 'Internal Server Error' : '' });
	}) as typeof globalThis.fetch;
	return { fetch, urls };
}
const isEconomies = (url: URL) => url.pathname === '/v2/country';

describe('World Bank Indicators API fetcher', () => {
	let out = '';
	const tmp = () => (out = mkdtempSync(join(tmpdir(), 'wdi-fetch-')));
	afterEach(() => rmSync(out, { recursive: true, force: true }));

	it('follows the pages and writes the long layout the parser reads, without aggregates lacking an ISO3 code', async () => {
		const { fetch, urls } = fakeFetch((url) => {
			if (isEconomies(url)) return { body: ECONOMIES };
			if (url.searchParams.get('page') === '1')
				return { body: apiPage(1, 2, [apiObs('AFW', '2024', 5e8, 'Africa Western and Central'), apiObs('', '2024', 7, 'IDA blend'), apiObs('TGO', '2024', 9515236, 'Togo'), apiObs('TGO', '2023', null, 'Togo')]) };
			return { body: apiPage(2, 2, [apiObs('COD', '2025', 4.37e-6, 'Congo, Dem. Rep.')]) };
		});
		const written = await fetchWdi(tmp(), [{ code: 'SP.POP.TOTL', file: POP_FILE, layout: 'long' }], { fetch });
		expect(written).toEqual([POP_FILE, WDI_METADATA_FILE]);
		expect(urls.slice(0, 2)).toEqual([
			'https://api.worldbank.org/v2/country/all/indicator/SP.POP.TOTL?format=json&per_page=20000&page=1',
			'https://api.worldbank.org/v2/country/all/indicator/SP.POP.TOTL?format=json&per_page=20000&page=2'
		]);
		const text = readFileSync(join(out, POP_FILE), 'utf8');
		expect(text).toBe('Country Name,Country Code,Year,Value\nAfrica Western and Central,AFW,2024,500000000\n"Congo, Dem. Rep.",COD,2025,0.00000437\nTogo,TGO,2024,9515236\n');
		expect(parseWdiLong(text, POP_FILE).map((r) => [r.iso3, r.code, r.year, r.value])).toEqual([
			['COD', 'SP.POP.TOTL', 2025, 0.00000437],
			['TGO', 'SP.POP.TOTL', 2024, 9515236]
		]);
	});

	it('writes the bulk wide layout, blanks kept, and the country metadata the curation reads income groups from', async () => {
		const file = 'world-bank-wdi/API_IT.NET.USER.ZS_DS2_en_csv_v2_2160.csv';
		const { fetch } = fakeFetch((url) =>
			isEconomies(url)
				? { body: ECONOMIES }
				: { body: apiPage(1, 1, [apiObs('TGO', '2023', 37.6, 'Togo', 'IT.NET.USER.ZS'), apiObs('TGO', '2022', null, 'Togo', 'IT.NET.USER.ZS'), apiObs('FRA', '2022', 85, 'France', 'IT.NET.USER.ZS')]) }
		);
		await fetchWdi(tmp(), [{ code: 'IT.NET.USER.ZS', file, layout: 'wide' }], { fetch });
		const text = readFileSync(join(out, file), 'utf8');
		expect(text.split('\n')[0]).toBe('Country Name,Country Code,Indicator Name,Indicator Code,2022,2023');
		expect(parseWdiWide(text, file)).toEqual([{ iso3: 'TGO', code: 'IT.NET.USER.ZS', year: 2023, value: 37.6, file, line: 3 }]);
		const metadata = readFileSync(join(out, WDI_METADATA_FILE), 'utf8');
		expect(metadata).toContain('AFW,,,,Africa Western and Central');
		expect([...parseWdiCountryMetadata(metadata, WDI_METADATA_FILE)]).toEqual([['TGO', 'low']]);
	});

	it('reports an HTTP error with its status and URL', async () => {
		const { fetch } = fakeFetch(() => ({ status: 500, body: 'oops' }));
		await expect(fetchWdi(tmp(), [{ code: 'SP.POP.TOTL', file: POP_FILE, layout: 'long' }], { fetch })).rejects.toThrow(
			'World Bank API: HTTP 500 Internal Server Error for https://api.worldbank.org/v2/country/all/indicator/SP.POP.TOTL?format=json&per_page=20000&page=1'
		);
	});

	it('reports an error the API answers with HTTP 200 (e.g. an unknown series)', async () => {
		const { fetch } = fakeFetch(() => ({ body: [{ message: [{ id: '120', key: 'Invalid value', value: 'The provided parameter value is not valid' }] }] }));
		await expect(fetchWdi(tmp(), [{ code: 'XX.NOPE', file: 'x/xx.nope.csv', layout: 'long' }], { fetch })).rejects.toThrow(
			/^World Bank API: unexpected answer for https:\/\/api\.worldbank\.org\/v2\/country\/all\/indicator\/XX\.NOPE\?format=json&per_page=20000&page=1: .*Invalid value/
		);
	});

	it('fetches every series of the module into the files its indicators read', async () => {
		const { fetch } = fakeFetch((url) => {
			if (isEconomies(url)) return { body: ECONOMIES };
			const code = url.pathname.split('/').pop()!;
			return { body: apiPage(1, 1, [apiObs('TGO', '2020', 12.5, 'Togo', code), apiObs('SSF', '2020', 1, 'Sub-Saharan Africa', code)]) };
		});
		const written = await worldBank.fetch!(tmp(), { fetch });
		expect(written).toHaveLength(wdiIndicators.length + 1);
		for (const { raw } of wdiIndicators) {
			const rows = raw.parse(readFileSync(join(out, raw.file), 'utf8'), raw.file, countries);
			expect(rows.map((r) => [r.iso3, r.code, r.year, r.value])).toEqual([['TGO', raw.code, 2020, 12.5]]);
		}
		expect(existsSync(join(out, WDI_METADATA_FILE))).toBe(true);
	});
});
