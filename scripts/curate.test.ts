/**
 * Curation and verification end to end on a small raw folder and fact tables that the test writes:
 * curate → data/ → verify finds 100 % equality, then catches an edited value, a missing one and an
 * edited fact table.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { worldBank } from './catalog/world-bank.ts';
import { curateAll, writeCurated } from './curate.ts';
import { verify } from './verify.ts';

let root: string;
const catalog = { sources: worldBank.sources, indicators: worldBank.indicators.filter((i) => i.id === 'internet-users') };
const input = () => ({ raw: join(root, 'raw'), facts: join(root, 'facts') });

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'curate-'));
	const wdi = join(root, 'raw/world-bank-wdi');
	mkdirSync(wdi, { recursive: true });
	mkdirSync(join(root, 'facts'));
	writeFileSync(
		join(wdi, 'API_IT.NET.USER.ZS_DS2_en_csv_v2_2160.csv'),
		'\uFEFF"Country Name","Country Code","Indicator Name","Indicator Code","2021","2022",\n' +
			'"Togo","TGO","Individuals using the Internet (% of population)","IT.NET.USER.ZS","32.5051","37.6212",\n' +
			'"Senegal","SEN","Individuals using the Internet (% of population)","IT.NET.USER.ZS","","59.9832",\n' +
			'"World","WLD","Individuals using the Internet (% of population)","IT.NET.USER.ZS","63","66",\n'
	);
	writeFileSync(
		join(wdi, 'Metadata_Country_API_IT.NET.USER.ZS_DS2_en_csv_v2_2160.csv'),
		'Country Code,Region,IncomeGroup,SpecialNotes,TableName\nTGO,Sub-Saharan Africa,Low income,,Togo\nSEN,Sub-Saharan Africa,Lower middle income,,Senegal\n'
	);
	const countryHeader =
		'iso3,iso2,name_en,name_en_iso,name_un,name_fr,au_member,au_region,ecowas,uemoa_waemu,eac,sadc,eccas,cemac,comesa,igad,amu,cen_sad,language_groups,official_languages_iso639_3,source_regions,source_names_languages,source_uemoa_cemac,notes';
	writeFileSync(
		join(root, 'facts/countries.csv'),
		`${countryHeader}\nTGO,TG,Togo,Togo,Togo,Togo,Y,Western,Y,Y,N,N,N,N,N,N,N,Y,francophone,fra,s,s,s,\nSEN,SN,Senegal,Senegal,Senegal,Sénégal,Y,Western,Y,Y,N,N,N,N,N,N,N,Y,francophone,fra,s,s,s,\n`
	);
	writeFileSync(
		join(root, 'facts/smart_africa_membership.csv'),
		'iso3,country,member_status,founding_signatory,join_date,join_date_precision,member_by,accession_rank_announced,agreement_ratification,uncertain,evidence,source_urls,source_dates,notes\n' +
			'TGO,Togo,member,no,2016-11,month,2017-01-31,12-17,,no,joined,https://t.example,2017-01-31,\n'
	);
	writeFileSync(
		join(root, 'facts/projects.csv'),
		'project_id,name_en,name_fr,kind,lead_org,funder,wb_project_id,start,end,status,amount_usd,amount_note,beneficiaries,facts,source_url,source_date,uncertain,notes\n' +
			'TGO-ENT,Digital workspace,Environnement numérique de travail,education,Togo,,,2015-03-20,,deployed,,,"~8,400 students",intranet,https://tg.example,2018-07-02,no,\n'
	);
	writeFileSync(join(root, 'facts/project_countries.csv'), 'project_id,iso3,role,phase,amount_usd,source_url,notes\nTGO-ENT,TGO,implementer,,,https://tg.example,\n');
	writeCurated(join(root, 'data'), curateAll(input(), catalog));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const obsFile = () => join(root, 'data/observations/wb-wdi-internet-2024.csv');

describe('curate then verify', () => {
	it('curates member states only, one file per source, values as published', () => {
		expect(readFileSync(obsFile(), 'utf8')).toBe(
			'iso3,indicator,year,value,source_id,flag\n' +
				'SEN,internet-users,2022,59.9832,wb-wdi-internet-2024,\n' +
				'TGO,internet-users,2021,32.5051,wb-wdi-internet-2024,\n' +
				'TGO,internet-users,2022,37.6212,wb-wdi-internet-2024,\n'
		);
	});

	it('finds every curated value equal to its published value', () => {
		expect(verify(join(root, 'data'), input(), catalog)).toEqual({ observations: 3, equal: 3, mismatches: [], missing: [], changedFiles: [] });
	});

	it('catches an edited value and a dropped one', () => {
		const original = readFileSync(obsFile(), 'utf8');
		writeFileSync(obsFile(), original.replace('37.6212', '37.6').replace(/SEN,.*\n/, ''));
		const report = verify(join(root, 'data'), input(), catalog);
		expect(report.mismatches).toEqual(['observations/wb-wdi-internet-2024.csv:3: TGO|internet-users|2022 = 37.6, published 37.6212']);
		expect(report.missing).toEqual(['SEN|internet-users|2022 = 59.9832 is published but not in data/']);
		writeFileSync(obsFile(), original);
	});

	it('catches a hand edit of a fact table', () => {
		const path = join(root, 'data/memberships.csv');
		const original = readFileSync(path, 'utf8');
		writeFileSync(path, original.replace('2016-11', '2016-12'));
		expect(verify(join(root, 'data'), input(), catalog).changedFiles).toEqual(['memberships.csv']);
		writeFileSync(path, original);
	});
});
