import { describe, expect, it } from 'vitest';
import type { CountryGroups } from '$lib/queries/groups';
import type { Membership } from '$lib/queries/membership';
import { summarise } from './breakdown';
import { membershipClass } from './classify';
import { accessions, period } from './timeline';

const member = (iso3: string, joined: string | null, precision: Membership['joined_precision'], extra: Partial<Membership> = {}): Membership => ({
	iso3,
	status: 'member',
	joined,
	joined_precision: precision,
	joined_note: null,
	member_by: null,
	founding: false,
	founding_note: null,
	accession_rank: null,
	uncertain: false,
	uncertain_reason: null,
	evidence: '',
	evidence_fr: '',
	uncertain_reason_fr: null,
	source_urls: 'https://example.org',
	...extra
});

describe('membership classes', () => {
	it('puts founders, periods of accession, unknown dates, the country in process and non-members apart', () => {
		expect(membershipClass(member('RWA', '2013-10', 'month', { founding: true }))).toBe('founding');
		expect(membershipClass(member('TGO', '2016-11', 'month'))).toBe('joined-2014-2016');
		expect(membershipClass(member('ZWE', '2019-08-05', 'day'))).toBe('joined-2017-2019');
		expect(membershipClass(member('NGA', '2023-02-27', 'day'))).toBe('joined-2020-2023');
		expect(membershipClass(member('GHA', null, 'unknown', { member_by: '2020-08-26' }))).toBe('date-unknown');
		expect(membershipClass(member('BWA', null, 'unknown', { status: 'in-process-unconfirmed' }))).toBe('in-process');
		expect(membershipClass(undefined)).toBe('not-member');
	});
});

describe('accession timeline', () => {
	it('knows the period of a date to its precision', () => {
		expect(period('2016').map((t) => new Date(t).toISOString().slice(0, 10))).toEqual(['2016-01-01', '2016-12-31']);
		expect(period('2016-11').map((t) => new Date(t).toISOString().slice(0, 10))).toEqual(['2016-11-01', '2016-11-30']);
		expect(period('2019-08-05').map((t) => new Date(t).toISOString().slice(0, 10))).toEqual(['2019-08-05', '2019-08-05']);
	});

	it('orders members by when they joined, counts them up, and places unknown dates at "member by"', () => {
		const points = accessions([
			member('TGO', '2016-11', 'month'),
			member('RWA', '2013-10', 'month', { founding: true }),
			member('GHA', null, 'unknown', { member_by: '2020-08-26', uncertain: true }),
			member('BEN', '2016', 'year'),
			member('BWA', null, 'unknown', { status: 'in-process-unconfirmed' })
		]);
		expect(points.map((p) => [p.iso3, p.count, p.byDate])).toEqual([
			['RWA', 1, false],
			['BEN', 2, false],
			['TGO', 3, false],
			['GHA', 4, true]
		]);
		const ben = points[1];
		expect(ben.at).toBeGreaterThan(ben.from);
		expect(ben.at).toBeLessThan(ben.to);
		expect(new Date(points[3].at).toISOString().slice(0, 10)).toBe('2020-08-26');
	});
});

describe('group breakdown', () => {
	const country = (iso3: string, region: CountryGroups['au_region'], recs: CountryGroups['recs'], isMember: boolean, population: number | null, users: number | null): CountryGroups => ({
		iso3,
		iso2: iso3.slice(0, 2),
		name_en: iso3,
		name_fr: iso3,
		au_region: region,
		recs,
		former_recs: [],
		member: isMember,
		founding: false,
		population,
		population_year: 2025,
		internet_users: users,
		internet_year: 2023
	});
	const countries = [
		country('TGO', 'west', ['ecowas', 'uemoa'], true, 10, 4),
		country('GHA', 'west', ['ecowas'], true, 30, 20),
		country('LBR', 'west', ['ecowas'], false, 60, 6),
		country('ESH', 'north', [], false, null, null)
	];

	it('counts members out of the group and the shares of its population and Internet users', () => {
		expect(summarise(countries, { kind: 'rec', id: 'ecowas' })).toEqual({
			group: { kind: 'rec', id: 'ecowas' },
			states: 3,
			members: 2,
			populationShare: 0.4,
			internetShare: 24 / 30,
			withoutData: []
		});
	});

	it('says which states lack figures, and has no share where nothing is known', () => {
		const north = summarise(countries, { kind: 'region', id: 'north' });
		expect(north).toMatchObject({ states: 1, members: 0, populationShare: null, withoutData: ['ESH'] });
		expect(summarise(countries, { kind: 'africa' }).states).toBe(4);
	});
});
