import { describe, expect, it } from 'vitest';
import { curateMemberships, curateProjectCountries, curateProjects, newestSourceDate } from './facts.ts';

const MEMBERSHIP_HEADER =
	'iso3,country,member_status,founding_signatory,join_date,join_date_precision,member_by,accession_rank_announced,agreement_ratification,uncertain,evidence,source_urls,source_dates,notes';

describe('Smart Africa membership', () => {
	const text = [
		MEMBERSHIP_HEADER,
		'GMB,Gambia,member,no,2023-07-12,day (announcement),2023-07-12,39,,no,39th member,https://a.example ; https://b.example,2023-07-12 ; undated,',
		'TCD,Chad,member,disputed,,unknown,c.2015,8-11 (inferred),,yes,in 9-member list,https://c.example,c.2015,called founding by one source only',
		'DZA,Algeria,member,no,2019,year (range 2019-05..2019-12-04),2019-12-04,25 (inferred),,yes,between counts,https://d.example,2019-12-04,inferred from counts',
		'BWA,Botswana,in process (unconfirmed),no,,unknown,,(38 inferred),,yes,in process Apr 2023,https://e.example,2023-04-26,'
	].join('\n');
	const rows = curateMemberships(text, 'm.csv');

	it('keeps the date, its precision and what the date is', () => {
		expect(rows[0]).toMatchObject({ iso3: 'GMB', joined: '2023-07-12', joined_precision: 'day', joined_note: 'announcement', founding: false, uncertain: false });
		expect(rows[2]).toMatchObject({ joined: '2019', joined_precision: 'year', joined_note: 'between 2019-05 and 2019-12-04' });
	});

	it('keeps uncertainty visible, with its reason, and a disputed founder apart from the signatories', () => {
		expect(rows[1]).toMatchObject({
			joined: null,
			joined_precision: 'unknown',
			member_by: '2015',
			joined_note: 'member by about 2015',
			founding: false,
			founding_note: 'called founding by one source only',
			uncertain: true,
			uncertain_reason: 'called founding by one source only'
		});
		expect(rows[3]).toMatchObject({ status: 'in-process-unconfirmed', uncertain: true, uncertain_reason: 'in process Apr 2023' });
	});

	it('stops on a status or precision it does not know', () => {
		expect(() => curateMemberships(text.replace('day (announcement)', 'week'), 'm.csv')).toThrow('m.csv:2: unknown date precision "week"');
		expect(() => curateMemberships(text.replace(',member,no,2023', ',observer,no,2023'), 'm.csv')).toThrow('m.csv:2: unknown member_status "observer"');
	});

	it('dates the compilation by its newest dated source', () => {
		expect(newestSourceDate(rows)).toBe('2023-07-12');
	});
});

describe('projects', () => {
	const header = 'project_id,name_en,name_fr,kind,lead_org,funder,wb_project_id,start,end,status,amount_usd,amount_note,beneficiaries,facts,source_url,source_date,uncertain,notes';
	const text = [
		header,
		'WARCIP-APL2,WARCIP APL 2,,infrastructure,World Bank,IDA,P123093,2013-05-30,2018-11-30,closed,60000000,US$30M each,,cables,https://wb.example,2013-05-30,no,',
		'TGO-ENT,Digital Workspace,Environnement numérique de travail,education,Togo,,,2015-03-20,,deployed,,,"planned: ~8,400 students and 820 staff",intranet,https://tg.example,2018-07-02,yes,'
	].join('\n');

	it('slugs ids, links phases to their programme and reads the stated amount and beneficiaries', () => {
		const [apl2, ent] = curateProjects(text, 'p.csv');
		expect(apl2).toMatchObject({ id: 'warcip-apl2', parent: 'warcip', amount_usd: 60000000, wb_project_id: 'P123093' });
		expect(ent).toMatchObject({ id: 'tgo-ent', parent: null, amount_usd: null, beneficiaries_count: 8400, beneficiaries_unit_fr: 'élèves (prévu)', uncertain: true });
	});

	it('stops when a statement no longer carries the count read from it', () => {
		expect(() => curateProjects(text.replace('8,400', '9,000'), 'p.csv')).toThrow('p.csv:3: beneficiaries no longer state 8400');
	});

	it('reads per-country roles and amounts', () => {
		const rows = curateProjectCountries('project_id,iso3,role,phase,amount_usd,source_url,notes\nWARCIP-APL2,TGO,recipient,APL2,30000000,https://wb.example,\n', 'pc.csv');
		expect(rows).toEqual([{ project_id: 'warcip-apl2', iso3: 'TGO', role: 'recipient', phase: 'APL2', amount_usd: 30000000, source_url: 'https://wb.example', note: null, note_fr: null }]);
	});
});
