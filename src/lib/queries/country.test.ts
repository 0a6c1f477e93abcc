/** Country-profile queries on both engines, checked against the curated CSV tables. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { median } from 'd3-array';
import { expect, it } from 'vitest';
import { describeOnEngines } from '../../../tests/support/engines';
import { countryDownload, countryProjects, countryScorecard } from './country';

const csv = (file: string) => parse(readFileSync(file), { columns: true }) as Record<string, string>[];
const observations = readdirSync('data/observations').flatMap((f) => csv(`data/observations/${f}`));
const countries = csv('data/countries.csv');
const members = new Set(csv('data/memberships.csv').filter((m) => m.status !== 'in-process-unconfirmed').map((m) => m.iso3));
const regionOf = new Map(countries.map((c) => [c.iso3, c.au_region]));

/** The scorecard figures computed from the CSVs, for one country and indicator. */
function expected(iso3: string, indicator: string, lowerIsBetter: boolean) {
	const mine = observations.filter((o) => o.iso3 === iso3 && o.indicator === indicator);
	const latest = mine.reduce((a, b) => (+b.year > +a.year ? b : a));
	const peers = observations.filter((o) => o.indicator === indicator && o.year === latest.year);
	const better = (o: Record<string, string>) => (lowerIsBetter ? +o.value < +latest.value : +o.value > +latest.value);
	const memberPeers = peers.filter((o) => members.has(o.iso3));
	return {
		year: +latest.year,
		value: +latest.value,
		rank_all: 1 + peers.filter(better).length,
		all_reporting: peers.length,
		rank_members: members.has(iso3) ? 1 + memberPeers.filter(better).length : null,
		members_reporting: memberPeers.length,
		median_members: median(memberPeers.map((o) => +o.value)),
		median_region: median(peers.filter((o) => regionOf.get(o.iso3) === regionOf.get(iso3)).map((o) => +o.value))
	};
}

describeOnEngines('country profile queries', (db) => {

	it('compares a country’s latest value with the countries reporting that year, best first', async () => {
		const rows = await countryScorecard(db, 'TGO', ['internet-users', 'mobile-broadband-price-gni', 'no-such-indicator']);
		expect(rows.map((r) => r.indicator)).toEqual(['internet-users', 'mobile-broadband-price-gni']);
		const [internet, price] = rows;
		expect(internet).toMatchObject(expected('TGO', 'internet-users', false));
		// Lower is better for a price: the cheapest ranks first.
		expect(price).toMatchObject(expected('TGO', 'mobile-broadband-price-gni', true));
	});

	it('gives a non-member no rank among members, and a country without data nulls', async () => {
		const [bwa] = await countryScorecard(db, 'BWA', ['internet-users']);
		expect(bwa).toMatchObject({ rank_members: null, rank_all: expected('BWA', 'internet-users', false).rank_all });
		const [esh] = await countryScorecard(db, 'ESH', ['internet-users']);
		expect(esh).toMatchObject({ value: null, year: null, rank_all: null });
	});

	it('lists the projects a country takes part in', async () => {
		const rows = await countryProjects(db, 'TGO');
		const curated = csv('data/project_countries.csv').filter((r) => r.iso3 === 'TGO');
		expect(rows).toHaveLength(curated.length);
		expect(rows.map((r) => r.id)).toContain('warcip-apl2');
	});

	it('downloads every observation of a country with its source and licence', async () => {
		const rows = await countryDownload(db, 'SEN');
		expect(rows).toHaveLength(observations.filter((o) => o.iso3 === 'SEN').length);
		expect(rows.every((r) => r.licence && r.source && r.source_url)).toBe(true);
		// The same file serves the French profile: French names beside the English ones.
		expect(rows.every((r) => r.licence_fr && r.source_fr && r.indicator_name_fr && r.unit_fr)).toBe(true);
		const internet = rows.find((r) => r.indicator === 'internet-users')!;
		expect(internet.source).toMatch(/^World Bank, /);
		expect(internet.source_fr).toMatch(/^Banque mondiale, /);
	});
});
