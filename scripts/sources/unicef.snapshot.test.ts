import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CountryLookup } from '../lib/country-lookup.ts';
import { AU_ISO3 as AU, RAW } from './raw-snapshot.ts';
import { parseSchoolAgeConnectivity, UNICEF_SERIES } from './unicef.ts';

const FILE = join(RAW, 'unicef-school-age-digital-connectivity/School-Age-Digital-Connectivity-A1data.csv');

describe('real snapshot', () => {
	it('reads the 30 African countries with consistent values, surveys of 2010–2019', () => {
		const lookup = new CountryLookup(AU.map((iso3) => ({ iso3, m49: 0, name_en: iso3, name_fr: iso3 })));
		const rows = parseSchoolAgeConnectivity(readFileSync(FILE, 'utf8'), 'f.csv', lookup);
		const count = (code: string) => rows.filter((r) => r.code === code).length;
		expect(UNICEF_SERIES.map(count)).toEqual([30, 30, 30, 28, 28]);
		expect(new Set(rows.map((r) => r.iso3)).size).toBe(30);
		const years = rows.map((r) => r.year);
		expect([Math.min(...years), Math.max(...years)]).toEqual([2010, 2019]);
		expect(rows.find((r) => r.iso3 === 'ZWE' && r.code === 'Total')).toMatchObject({ year: 2018, value: 26, flag: 'survey 2018-19' });
	});
});
