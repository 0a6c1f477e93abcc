import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EGDI_FILES } from '../catalog/un-desa.ts';
import { CountryLookup } from '../lib/country-lookup.ts';
import { AU_ISO3 as AU, RAW } from './raw-snapshot.ts';
import { parseEgdi } from './un-desa.ts';

describe('real snapshot', () => {
	it('reads 54 countries a year (53 in 2010), five indices each', () => {
		// Names are left to the shared alias table and the ISO names package, as in the curation.
		const lookup = new CountryLookup(AU.map((iso3) => ({ iso3, m49: 0, name_en: iso3, name_fr: iso3 })));
		const rows = Object.values(EGDI_FILES).flatMap((file) => parseEgdi(readFileSync(join(RAW, file), 'utf8'), file, lookup));
		const count = (code: string, year: number) => new Set(rows.filter((r) => r.code === code && r.year === year).map((r) => r.iso3)).size;
		for (const year of [2012, 2014, 2016, 2018, 2022, 2024]) {
			expect(['EGDI', 'OSI', 'HCI', 'TII', 'EPI'].map((c) => count(c, year))).toEqual([54, 54, 54, 54, 54]);
		}
		expect(['EGDI', 'OSI', 'HCI', 'TII', 'EPI'].map((c) => count(c, 2010))).toEqual([53, 53, 52, 53, 53]);
		expect(rows.length).toBe(6 * 54 * 5 + 53 * 4 + 52);
		expect(rows.every((r) => r.value >= 0 && r.value <= 1)).toBe(true);
		const egdi = (iso3: string, year: number) => rows.find((r) => r.iso3 === iso3 && r.code === 'EGDI' && r.year === year)?.value;
		expect([egdi('MAR', 2010), egdi('MAR', 2024)]).toEqual([0.32872, 0.68411]);
	});
});
