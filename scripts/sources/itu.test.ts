import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { ITU_FILES, itu } from '../catalog/itu.ts';
import { CountryLookup } from '../lib/country-lookup.ts';
import { fetchItuDataHub, ITU_DOWNLOAD_URL, parseItuDataHub as parseWithLookup } from './itu.ts';

const countries = new CountryLookup([
	{ iso3: 'NGA', m49: 566, name_en: 'Nigeria', name_fr: 'Nigéria' },
	{ iso3: 'NER', m49: 562, name_en: 'Niger', name_fr: 'Niger' },
	{ iso3: 'BDI', m49: 108, name_en: 'Burundi', name_fr: 'Burundi' }
]);
const parseItu = (text: string, file = 'f.csv') => parseWithLookup(text, file, countries);

const HEADER =
	'"seriesID","seriesCode","seriesName","seriesParent","seriesUnits","entityID","entityIso","entityName","dataValue","dataYear","dataNote","dataSource","seriesDescription"';

/** One record as the DataHub writes it: numbers bare, text quoted, seriesParent empty. */
function row(code: string, iso: string, value: string, year: number | string, { units = '%', note = '', source = '', id = 1 } = {}) {
	return `${id},"${code}","Series name",,"${units}",7,"${iso}","Country","${value}",${year},"${note}","${source}","Description"`;
}
const csv = (...rows: string[]) => `\uFEFF${HEADER}\n${rows.join('\n')}\n`;

describe('ITU DataHub CSV', () => {
	it('reads each value under its seriesCode, whatever seriesUnits says, with C-style exponents', () => {
		const text = csv(row('i271mw', 'NGA', '9.0399e+007', 2023, { units: 'count' }), row('i911mw', 'NGA', '41.2', 2023, { units: 'count' }));
		expect(parseItu(text)).toEqual([
			{ iso3: 'NGA', code: 'i271mw', year: 2023, value: 90399000, file: 'f.csv', line: 2 },
			{ iso3: 'NGA', code: 'i911mw', year: 2023, value: 41.2, file: 'f.csv', line: 3 }
		]);
	});

	it('tells the three price units apart by seriesCode, though all are labelled "% GNI per capita"', () => {
		const units = '% GNI per capita';
		const text = csv(row('i271mb_5GB$', 'NGA', '4.89', 2023, { units }), row('i271mb_5GB_GNI', 'NGA', '3.36', 2023, { units }), row('i271mb_5GB_PPP', 'NGA', '13.55', 2023, { units }));
		expect(parseItu(text).map((o) => [o.code, o.value])).toEqual([
			['i271mb_5GB$', 4.89],
			['i271mb_5GB_GNI', 3.36],
			['i271mb_5GB_PPP', 13.55]
		]);
	});

	it('keeps true line numbers when a quoted source or note holds CRLF line breaks', () => {
		const text = csv(row('xHH6_IDI', 'NER', '9.75386', 2018, { source: 'Ministère\r\nMINISTERE DES POSTES\r\nMPT/EN' }), row('xHH6_IDI', 'NER', '15.5', 2019));
		expect(parseItu(text).map((o) => [o.year, o.value, o.line])).toEqual([
			[2018, 9.75386, 2],
			[2019, 15.5, 5]
		]);
	});

	it('flags ITU estimates (in dataSource or dataNote), not national estimates', () => {
		const text = csv(
			row('xHH6_IDI', 'NGA', '10', 2010, { source: 'ITU estimate.' }),
			row('xHH6_IDI', 'NGA', '11', 2011, { source: 'ITU Estimate2.' }),
			row('i271G', 'NGA', '12', 2012, { note: 'ITU estimate' }),
			row('xHH6_IDI', 'NGA', '13', 2013, { source: 'Estimate from POTRAZ.' }),
			row('xHH6_IDI', 'NGA', '14', 2014, { note: 'NSO estimate.' })
		);
		expect(parseItu(text).map((o) => [o.year, o.flag])).toEqual([
			[2010, 'estimate'],
			[2011, 'estimate'],
			[2012, 'estimate'],
			[2013, undefined],
			[2014, undefined]
		]);
	});

	it('flags a per-100 value as an estimate when ITU estimated the count it derives from (same country and year)', () => {
		const text = csv(
			row('i271mw', 'NGA', '1e+006', 2010, { source: 'ITU estimate.' }),
			row('i271mw', 'NGA', '2e+006', 2011, { source: 'NCC' }),
			row('i271mw', 'NER', '3e+006', 2011, { source: 'ITU estimate.' }),
			row('i911mw', 'NGA', '0.6', 2010),
			row('i911mw', 'NGA', '1.2', 2011)
		);
		expect(parseItu(text).filter((o) => o.code === 'i911mw').map((o) => [o.year, o.flag])).toEqual([
			[2010, 'estimate'],
			[2011, undefined]
		]);
	});

	it('treats ITU’s zero placeholders for prices, throughput and latency as no value, and keeps real zeros', () => {
		const text = csv(
			row('i154_FBB5$', 'BDI', '150', 2022),
			row('i154_FBB5_GNI', 'BDI', '0', 2022),
			row('i271mb_5GB_PPP', 'BDI', '0', 2023),
			row('i147dl', 'BDI', '0', 2022),
			row('i147l', 'BDI', '0', 2020),
			row('i271G5_pop', 'BDI', '0', 2022),
			row('i911mw', 'BDI', '0', 2007),
			row('i147t', 'BDI', '0', 2016),
			row('i271GA', 'BDI', '', 2012)
		);
		expect(parseItu(text).map((o) => [o.code, o.value])).toEqual([
			['i154_FBB5$', 150],
			['i271G5_pop', 0],
			['i911mw', 0],
			['i147t', 0]
		]);
	});

	it('sets aside other countries and stops on an unknown code, a non-number or a bad year', () => {
		expect(parseItu(csv(row('i911mw', 'FRA', '90', 2023), row('i911mw', 'NGA', '41', 2023))).map((o) => o.iso3)).toEqual(['NGA']);
		expect(() => parseItu(csv(row('i911mw', 'NGA', '41', 2023), row('i911mw', 'XYZ', '1', 2023)))).toThrow('f.csv:3: unknown country code "XYZ"');
		expect(() => parseItu(csv(row('i911mw', 'NGA', 'n/a', 2023)))).toThrow('f.csv:2: "n/a" is not a number');
		expect(() => parseItu(csv(row('i911mw', 'NGA', '41', '2023/24')))).toThrow('f.csv:2: "2023/24" is not a year');
	});

	it('stops when a required column is missing or a record is cut short', () => {
		expect(() => parseItu('"seriesCode","entityIso","dataValue"\n"i911mw","NGA","41"\n')).toThrow('f.csv:1: missing column "dataYear"');
		expect(() => parseItu(csv('12066,"i911mw","Series name",,"count",7,"NGA"'))).toThrow('f.csv:2: 7 fields where the header has 13');
	});
});

/** A ZIP archive holding one file, as the DataHub download sends it (deflated, or stored). */
function zip(name: string, text: string, method: 0 | 8 = 8): Uint8Array {
	const data = Buffer.from(text);
	const packed = method === 8 ? deflateRawSync(data) : data;
	const fileName = Buffer.from(name);
	const local = Buffer.alloc(30);
	local.writeUInt32LE(0x04034b50, 0);
	local.writeUInt16LE(method, 8);
	local.writeUInt32LE(crc32(data), 14);
	local.writeUInt32LE(packed.length, 18);
	local.writeUInt32LE(data.length, 22);
	local.writeUInt16LE(fileName.length, 26);
	const central = Buffer.alloc(46);
	central.writeUInt32LE(0x02014b50, 0);
	central.writeUInt16LE(method, 10);
	central.writeUInt32LE(crc32(data), 16);
	central.writeUInt32LE(packed.length, 20);
	central.writeUInt32LE(data.length, 24);
	central.writeUInt16LE(fileName.length, 28);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(1, 8);
	end.writeUInt16LE(1, 10);
	end.writeUInt32LE(46 + fileName.length, 12);
	end.writeUInt32LE(30 + fileName.length + packed.length, 16);
	return new Uint8Array(Buffer.concat([local, fileName, packed, central, fileName, end]));
}

/** A fetch that answers DataHub download URLs from fixtures keyed by seriesID, and 404 otherwise. */
function fakeFetch(answers: Record<number, Uint8Array | string>, requested: string[] = []) {
	return (async (input: string | URL | Request) => {
		const url = String(input);
		requested.push(url);
		const id = Number(/byid\/(\d+)\//.exec(url)?.[1]);
		const body = answers[id];
		return body === undefined ? new Response('no such series', { status: 404, statusText: 'Not Found' }) : new Response(body as BodyInit);
	}) as typeof globalThis.fetch;
}

describe('ITU DataHub download', () => {
	let out = '';
	afterEach(() => rmSync(out, { recursive: true, force: true }));
	const tempDir = () => (out = mkdtempSync(join(tmpdir(), 'itu-fetch-')));

	it('unzips each series and merges those of one file under a single header, so the parser reads them', async () => {
		const dir = tempDir();
		const requested: string[] = [];
		const fetch = fakeFetch(
			{
				11632: zip('i271mw.csv', csv(row('i271mw', 'NGA', '1e+006', 2010, { source: 'ITU estimate.', id: 11632 }))),
				12066: zip('i911mw.csv', csv(row('i911mw', 'NGA', '0.6', 2010, { units: 'count', id: 12066 }), row('i911mw', 'FRA', '50', 2010, { id: 12066 })), 0)
			},
			requested
		);
		const written = await fetchItuDataHub(dir, { 'itu-datahub/mobile.csv': { i271mw: 11632, i911mw: 12066 } }, { fetch });

		expect(written).toEqual([join(dir, 'itu-datahub/mobile.csv')]);
		expect(requested).toEqual([ITU_DOWNLOAD_URL.replace('{seriesID}', '11632'), ITU_DOWNLOAD_URL.replace('{seriesID}', '12066')]);
		const text = readFileSync(written[0], 'utf8');
		expect(text.match(/seriesID/g)).toHaveLength(1);
		expect(parseItu(text, 'itu-datahub/mobile.csv')).toEqual([
			{ iso3: 'NGA', code: 'i271mw', year: 2010, value: 1000000, flag: 'estimate', file: 'itu-datahub/mobile.csv', line: 2 },
			{ iso3: 'NGA', code: 'i911mw', year: 2010, value: 0.6, flag: 'estimate', file: 'itu-datahub/mobile.csv', line: 3 }
		]);
	});

	it('accepts a plain CSV answer as well as a ZIP', async () => {
		const dir = tempDir();
		const fetch = fakeFetch({ 34241: csv(row('i147l', 'BDI', '500', 2021, { id: 34241 })) });
		const [path] = await fetchItuDataHub(dir, { 'itu-datahub/latency.csv': { i147l: 34241 } }, { fetch });
		expect(parseItu(readFileSync(path, 'utf8')).map((o) => o.value)).toEqual([500]);
	});

	it('stops with a clear message on an HTTP error, an answer that is not the CSV, or another series', async () => {
		const dir = tempDir();
		const get = (answers: Record<number, Uint8Array | string>) => fetchItuDataHub(dir, { 'f.csv': { i911mw: 12066 } }, { fetch: fakeFetch(answers) });
		await expect(get({})).rejects.toThrow(`ITU DataHub series 12066: HTTP 404 Not Found from ${ITU_DOWNLOAD_URL.replace('{seriesID}', '12066')}`);
		await expect(get({ 12066: '<html><body>Sign in</body></html>' })).rejects.toThrow('ITU DataHub series 12066: the answer is not the DataHub CSV layout');
		await expect(get({ 12066: zip('x.csv', csv(row('i271mw', 'NGA', '1', 2010))) })).rejects.toThrow('ITU DataHub series 12066: expected i911mw, got i271mw');
		await expect(get({ 12066: zip('readme.txt', 'hello') })).rejects.toThrow('expected one CSV file in the ZIP, found 0 (readme.txt)');
	});

	it('downloads, for the catalog, every series of every file the ITU indicators read', async () => {
		const dir = tempDir();
		const answers: Record<number, string> = {};
		for (const { series } of Object.values(ITU_FILES)) for (const [code, id] of Object.entries(series)) answers[id] = csv(row(code, 'NGA', '1', 2020, { id }));
		const written = await itu.fetch!(dir, { fetch: fakeFetch(answers) });
		const files = [...new Set(itu.indicators.map((i) => i.raw.file as string))];
		expect(written.sort()).toEqual(files.map((f) => join(dir, f)).sort());
		for (const { raw } of itu.indicators) {
			const rows = parseItu(readFileSync(join(dir, raw.file as string), 'utf8')).filter((o) => o.code === raw.code);
			expect(rows.map((o) => o.value), raw.code).toEqual([1]);
		}
	});
});
