/** Country groups on both engines, checked against the curated CSV tables. */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { describeOnEngines } from '../../../tests/support/engines';
import { countryGroups } from './groups';

const csv = (file: string) => parse(readFileSync(file), { columns: true }) as Record<string, string>[];
const countries = csv('data/countries.csv');
const memberships = csv('data/memberships.csv');

describeOnEngines('country groups', (db) => {

	it('lists the 55 countries with their region, communities and membership', async () => {
		const rows = await countryGroups(db);
		expect(rows).toHaveLength(55);
		const ecowas = rows.filter((r) => r.recs.includes('ecowas')).map((r) => r.iso3);
		expect(ecowas).toEqual(countries.filter((c) => c.ecowas === 'true').map((c) => c.iso3));
		expect(rows.find((r) => r.iso3 === 'MLI')).toMatchObject({ former_recs: ['ecowas'], member: true, founding: true, au_region: 'west' });
		const members = memberships.filter((m) => m.status !== 'in-process-unconfirmed').map((m) => m.iso3).sort();
		expect(rows.filter((r) => r.member).map((r) => r.iso3)).toEqual(members);
		expect(rows.find((r) => r.iso3 === 'BWA')!.member).toBe(false);
	});

	it('gives each country its latest population and Internet users derived from the same year', async () => {
		const rows = await countryGroups(db);
		const observations = csv('data/observations/wb-wdi-2026-07.csv').filter((o) => o.indicator === 'population');
		const internet = csv('data/observations/wb-wdi-internet-2024.csv');
		const togo = rows.find((r) => r.iso3 === 'TGO')!;
		const togoPop = observations.filter((o) => o.iso3 === 'TGO');
		const latest = togoPop.reduce((a, b) => (+b.year > +a.year ? b : a));
		expect([togo.population, togo.population_year]).toEqual([+latest.value, +latest.year]);
		const share = internet.filter((o) => o.iso3 === 'TGO').reduce((a, b) => (+b.year > +a.year ? b : a));
		const popThen = togoPop.find((o) => o.year === share.year)!;
		expect(togo.internet_year).toBe(+share.year);
		expect(togo.internet_users).toBeCloseTo((+share.value / 100) * +popThen.value, 3);
		expect(rows.find((r) => r.iso3 === 'ESH')).toMatchObject({ population: null, internet_users: null });
	});
});
