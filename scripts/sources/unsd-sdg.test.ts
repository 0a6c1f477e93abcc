import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { unsdSdg } from '../catalog/unsd-sdg.ts';
import { CountryLookup } from '../lib/country-lookup.ts';
import type { RawObservation } from './types.ts';
import { ddfId, fetchSdgDatapoints, parseSdgDatapoints, sdgCode } from './unsd-sdg.ts';

const countries = new CountryLookup([
	{ iso3: 'DZA', m49: 12, name_en: 'Algeria', name_fr: 'Algérie' },
	{ iso3: 'NGA', m49: 566, name_en: 'Nigeria', name_fr: 'Nigeria' },
	{ iso3: 'ZWE', m49: 716, name_en: 'Zimbabwe', name_fr: 'Zimbabwe' }
]);
const parse = (text: string, file: string) => parseSdgDatapoints(text, file, countries);

const SCHOOLS = 'ddf--datapoints--se_acs_intnt--by--education_level--geo_area--nature--units--year.csv';
const SKILLS = 'ddf--datapoints--se_adt_acts--by--age--geo_area--location--nature--sex--type_of_skill--units--year.csv';
const BROADBAND = 'ddf--datapoints--it_net_bbnd--by--age--freq--geo_area--location--nature--sex--type_of_speed--units--year.csv';
const PARITY = 'ddf--datapoints--se_gpi_icts--by--geo_area--nature--type_of_skill--units--year.csv';
const SCHOOLS_HEADER = 'education_level,geo_area,nature,units,year,se_acs_intnt';
const schoolsRow = (cells: string) => `${SCHOOLS_HEADER}\n${cells}\n`;

describe('SDG DDF datapoints parser', () => {
	it('reads values by breakdown, with the nature as flag (c: none) and true line numbers', () => {
		const text = `\uFEFF${SCHOOLS_HEADER}\nprimar,566,c,percent,2020,12.5\nlowsec,566,e,percent,2020,0\nuppsec,12,ca,percent,2021,59.89676\nsecond,12,m,percent,2021,1e-3\n`;
		expect(parse(text, `dir/${SCHOOLS}`)).toEqual([
			{ iso3: 'NGA', code: 'SE_ACS_INTNT|education_level=primar', year: 2020, value: 12.5, file: `dir/${SCHOOLS}`, line: 2 },
			{ iso3: 'NGA', code: 'SE_ACS_INTNT|education_level=lowsec', year: 2020, value: 0, flag: 'estimated', file: `dir/${SCHOOLS}`, line: 3 },
			{ iso3: 'DZA', code: 'SE_ACS_INTNT|education_level=uppsec', year: 2021, value: 59.89676, flag: 'country-adjusted', file: `dir/${SCHOOLS}`, line: 4 },
			{ iso3: 'DZA', code: 'SE_ACS_INTNT|education_level=second', year: 2021, value: 0.001, flag: 'modelled', file: `dir/${SCHOOLS}`, line: 5 }
		]);
	});

	it('maps every nature code to its flag', () => {
		const flags = ['c', 'ca', 'e', 'm', 'g', 'n', 'notspec'].map((nature, i) => parse(schoolsRow(`primar,566,${nature},percent,${2010 + i},1`), SCHOOLS)[0].flag);
		expect(flags).toEqual([undefined, 'country-adjusted', 'estimated', 'modelled', 'global-monitoring', 'non-relevant', undefined]);
		expect(() => parse(schoolsRow('primar,566,x,percent,2020,1'), SCHOOLS)).toThrow(`${SCHOOLS}:2: unknown nature "x"`);
	});

	it('codes every breakdown that applies, in alphabetical order, and leaves out notspec dimensions', () => {
		const skills = `age,geo_area,location,nature,sex,type_of_skill,units,year,se_adt_acts\n15_24,716,allarea,c,female,copa,percent,2020,15.70965\n25_74,716,urban,c,bothsex,copa,percent,2020,13.2\n`;
		expect(parse(skills, SKILLS).map((r) => r.code)).toEqual([
			'SE_ADT_ACTS|age=15_24|location=allarea|sex=female|type_of_skill=copa',
			'SE_ADT_ACTS|age=25_74|location=urban|sex=bothsex|type_of_skill=copa'
		]);
		const broadband = `age,freq,geo_area,location,nature,sex,type_of_speed,units,year,it_net_bbnd\nnotspec,notspec,566,notspec,e,notspec,10mbps,per_100_pop,2014,0.00051\n`;
		expect(parse(broadband, BROADBAND)).toEqual([
			{ iso3: 'NGA', code: 'IT_NET_BBND|type_of_speed=10mbps', year: 2014, value: 0.00051, flag: 'estimated', file: BROADBAND, line: 2 }
		]);
		expect(sdgCode('it_use_ii99', [['sex', 'female'], ['age', 'notspec']])).toBe('IT_USE_II99|sex=female');
	});

	it('sets aside other countries and M49 regions, skips blanks, and stops on a code that is not M49', () => {
		const text = `${SCHOOLS_HEADER}\nprimar,250,c,percent,2020,90\nprimar,202,c,percent,2020,20\nprimar,2,c,percent,2020,21\nprimar,566,c,percent,2019,\nprimar,566,c,percent,2020,30\n`;
		expect(parse(text, SCHOOLS).map((r) => [r.iso3, r.year, r.line])).toEqual([['NGA', 2020, 6]]);
		expect(() => parse(schoolsRow('primar,NGA,c,percent,2020,1'), SCHOOLS)).toThrow(`${SCHOOLS}:2: "NGA" is not an M49 code`);
	});

	it('stops on a value that is not a number, or a year that is not one', () => {
		expect(() => parse(schoolsRow('primar,566,c,percent,2020,>95'), SCHOOLS)).toThrow(`${SCHOOLS}:2: ">95" is not a number`);
		expect(() => parse(schoolsRow('primar,566,c,percent,2020.5,1'), SCHOOLS)).toThrow(`${SCHOOLS}:2: "2020.5" is not a year`);
	});

	it('never mixes in a value published in another unit', () => {
		expect(() => parse(schoolsRow('primar,566,c,number,2020,1200'), SCHOOLS)).toThrow(`${SCHOOLS}:2: units "number" where SE_ACS_INTNT is published in "percent"`);
		const parity = 'geo_area,nature,type_of_skill,units,year,se_gpi_icts\n12,c,arsp,ratio,2018,0.44817\n12,c,copa,percent,2018,44\n';
		expect(() => parse(parity, PARITY)).toThrow(`${PARITY}:3: units "percent" where SE_GPI_ICTS is published in "ratio"`);
	});

	it('stops on two values for one code, country and year, even when their nature differs', () => {
		const text = `${SCHOOLS_HEADER}\nprimar,566,c,percent,2020,30\nprimar,566,e,percent,2020,31\n`;
		expect(() => parse(text, SCHOOLS)).toThrow(`${SCHOOLS}:3: second value for SE_ACS_INTNT|education_level=primar NGA 2020 (first at line 2)`);
	});

	it('checks the header against the file name, and knows only the series it reads', () => {
		expect(() => parse('geo_area,education_level,nature,units,year,se_acs_intnt\n', SCHOOLS)).toThrow(
			`${SCHOOLS}:1: expected columns ${SCHOOLS_HEADER}, got geo_area,education_level,nature,units,year,se_acs_intnt`
		);
		expect(() => parse('x\n', 'se_acs_intnt.csv')).toThrow('se_acs_intnt.csv:1: not a DDF datapoints file name');
		expect(() => parse('geo_area,nature,units,year,it_mob_2gntwk\n', 'ddf--datapoints--it_mob_2gntwk--by--geo_area--nature--units--year.csv')).toThrow(
			'series "it_mob_2gntwk" is not one we read'
		);
	});
});

describe('UN API codes to DDF ids', () => {
	it('follows the DDF copy: lower case, runs of other characters to _, <,> and % spelt out', () => {
		const pairs = [
			['Education level', 'education_level'],
			['Type of skill', 'type_of_skill'],
			['15-24', '15_24'],
			['<15Y', 'lt15y'],
			['<=45Y', 'lt_45y'],
			['75+', '75'],
			['_U', 'u'],
			['256KT2MBPS', '256kt2mbps'],
			['PER_100_POP', 'per_100_pop'],
			['Ratio', 'ratio']
		];
		expect(pairs.map(([api]) => ddfId(api))).toEqual(pairs.map(([, ddf]) => ddf));
	});
});

/** A fake `fetch` answering Series/Data pages from fixtures, recording the URLs asked for. */
function fakeApi(pages: Record<string, object[][]>) {
	const asked: string[] = [];
	const fetch = (async (input: string | URL | Request) => {
		const url = new URL(String(input));
		asked.push(url.href);
		const series = pages[url.searchParams.get('seriesCode') ?? ''] ?? [[]];
		const page = Number(url.searchParams.get('page'));
		if (!series[page - 1]) return new Response('no such page', { status: 404, statusText: 'Not Found' });
		return new Response(JSON.stringify({ totalPages: series.length, data: series[page - 1] }), { status: 200 });
	}) as typeof globalThis.fetch;
	return { fetch, asked };
}

const record = (series: string, geo: string, year: number, value: string, dimensions: Record<string, string>, nature = 'C', units = 'PERCENT') => ({
	series,
	geoAreaCode: geo,
	geoAreaName: 'x',
	timePeriodStart: year,
	value,
	dimensions: { 'Reporting Type': 'G', ...dimensions },
	attributes: { Nature: nature, Units: units }
});

describe('UN SDG API fetcher', () => {
	let out = '';
	const tmp = () => (out = mkdtempSync(join(tmpdir(), 'unsd-sdg-')));
	afterEach(() => rmSync(out, { recursive: true, force: true }));
	const read = (file: string) => readFileSync(join(out, file), 'utf8');
	const parsed = (file: string): Omit<RawObservation, 'file' | 'line'>[] => parse(read(file), file).map(({ file: _, line: __, ...o }) => o);

	it('writes every page of a series in the DDF layout, which the parser reads back', async () => {
		const api = fakeApi({
			SE_ACS_INTNT: [
				[
					record('SE_ACS_INTNT', '566', 2020, '12.5', { 'Education level': 'PRIMAR' }),
					record('SE_ACS_INTNT', '250', 2020, '99', { 'Education level': 'PRIMAR' }),
					record('SE_ACS_INTNT', '202', 2020, '20', { 'Education level': 'PRIMAR' })
				],
				[
					{ ...record('SE_ACS_INTNT', '12', 2021.0, '0.5', { 'Education level': 'SECOND' }, 'E'), series: undefined, seriesCode: 'SE_ACS_INTNT' },
					// National reporting (Reporting Type N) is not the database's figure.
					record('SE_ACS_INTNT', '566', 2020, '13', { 'Education level': 'PRIMAR', 'Reporting Type': 'N' })
				]
			]
		});
		const files = await fetchSdgDatapoints(tmp(), [`sdg/${SCHOOLS}`], { fetch: api.fetch });
		expect(files).toEqual([join(out, 'sdg', SCHOOLS)]);
		expect(api.asked).toEqual([1, 2].map((p) => `https://unstats.un.org/sdgapi/v1/sdg/Series/Data?seriesCode=SE_ACS_INTNT&pageSize=5000&page=${p}`));
		expect(read(`sdg/${SCHOOLS}`)).toBe(`${SCHOOLS_HEADER}\nprimar,202,c,percent,2020,20\nprimar,250,c,percent,2020,99\nprimar,566,c,percent,2020,12.5\nsecond,12,e,percent,2021,0.5\n`);
		expect(parsed(`sdg/${SCHOOLS}`)).toEqual([
			{ iso3: 'NGA', code: 'SE_ACS_INTNT|education_level=primar', year: 2020, value: 12.5 },
			{ iso3: 'DZA', code: 'SE_ACS_INTNT|education_level=second', year: 2021, value: 0.5, flag: 'estimated' }
		]);
	});

	it('maps API dimension names and codes to the snapshot’s, with notspec for dimensions a series lacks', async () => {
		const api = fakeApi({
			SE_ADT_ACTS: [[record('SE_ADT_ACTS', '716', 2020, '15.70965', { Age: '15-24', Location: 'ALLAREA', Sex: 'FEMALE', 'Type of skill': 'COPA' })]],
			IT_NET_BBND: [[record('IT_NET_BBND', '566', 2014, '0.00051', { 'Type of speed': '256KT2MBPS' }, 'E', 'PER_100_POP')]]
		});
		await fetchSdgDatapoints(tmp(), [SKILLS, BROADBAND], { fetch: api.fetch });
		expect(read(SKILLS).split('\n')[1]).toBe('15_24,716,allarea,c,female,copa,percent,2020,15.70965');
		expect(read(BROADBAND).split('\n')[1]).toBe('notspec,notspec,566,notspec,e,notspec,256kt2mbps,per_100_pop,2014,0.00051');
		expect(parsed(SKILLS)[0].code).toBe('SE_ADT_ACTS|age=15_24|location=allarea|sex=female|type_of_skill=copa');
		expect(parsed(BROADBAND)[0]).toEqual({ iso3: 'NGA', code: 'IT_NET_BBND|type_of_speed=256kt2mbps', year: 2014, value: 0.00051, flag: 'estimated' });
	});

	it('fetches the files of every unsd-sdg indicator, asking for the UN series codes as spelt (IT_USE_ii99)', async () => {
		const api = fakeApi({});
		const files = await unsdSdg.fetch!(tmp(), { fetch: api.fetch });
		const expected = [...new Set(unsdSdg.indicators.flatMap((i) => i.raw.file))];
		expect(files).toEqual(expected.map((f) => join(out, f)));
		expect(api.asked.map((u) => new URL(u).searchParams.get('seriesCode')).sort()).toEqual(
			['EG_ACS_ELEC', 'IT_MOB_OWN', 'IT_NET_BBND', 'IT_USE_ii99', 'SE_ACS_CMPTR', 'SE_ACS_ELECT', 'SE_ACS_INTNT', 'SE_ADT_ACTS', 'SE_GPI_ICTS'].sort()
		);
		for (const f of expected) expect(parse(read(f), f)).toEqual([]);
	});

	it('keeps a record listed twice once, and stops when two records disagree', async () => {
		const twice = record('SE_ACS_INTNT', '566', 2020, '12.5', { 'Education level': 'PRIMAR' });
		await fetchSdgDatapoints(tmp(), [SCHOOLS], { fetch: fakeApi({ SE_ACS_INTNT: [[twice, twice]] }).fetch });
		expect(parsed(SCHOOLS)).toHaveLength(1);
		const other = { ...twice, value: '13' };
		await expect(fetchSdgDatapoints(out, [SCHOOLS], { fetch: fakeApi({ SE_ACS_INTNT: [[twice, other]] }).fetch })).rejects.toThrow(
			'UN SDG API: SE_ACS_INTNT gives two values for primar,566,c,percent,2020'
		);
	});

	it('stops on a dimension the file has no column for, or a record of another series', async () => {
		const extra = record('SE_ACS_INTNT', '566', 2020, '1', { 'Education level': 'PRIMAR', Sex: 'FEMALE' });
		await expect(fetchSdgDatapoints(tmp(), [SCHOOLS], { fetch: fakeApi({ SE_ACS_INTNT: [[extra]] }).fetch })).rejects.toThrow(
			'UN SDG API: SE_ACS_INTNT has a dimension "Sex" that se_acs_intnt\'s file has no column for'
		);
		const stray = record('SE_ACS_CMPTR', '566', 2020, '1', { 'Education level': 'PRIMAR' });
		await expect(fetchSdgDatapoints(out, [SCHOOLS], { fetch: fakeApi({ SE_ACS_INTNT: [[stray]] }).fetch })).rejects.toThrow(
			'UN SDG API: asked for SE_ACS_INTNT, got a record of SE_ACS_CMPTR'
		);
	});

	it('reports HTTP errors and unexpected bodies clearly', async () => {
		const failing = (async () => new Response('busy', { status: 503, statusText: 'Service Unavailable' })) as typeof globalThis.fetch;
		await expect(fetchSdgDatapoints(tmp(), [SCHOOLS], { fetch: failing })).rejects.toThrow(
			'UN SDG API: HTTP 503 Service Unavailable for https://unstats.un.org/sdgapi/v1/sdg/Series/Data?seriesCode=SE_ACS_INTNT&pageSize=5000&page=1'
		);
		const html = (async () => new Response(JSON.stringify({ message: 'moved' }), { status: 200 })) as typeof globalThis.fetch;
		await expect(fetchSdgDatapoints(out, [SCHOOLS], { fetch: html })).rejects.toThrow('UN SDG API: expected { totalPages, data: [...] }');
	});
});
