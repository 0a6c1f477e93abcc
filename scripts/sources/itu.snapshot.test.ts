import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { curateCountries } from '../catalog/countries.ts';
import { ITU_FILES, itu } from '../catalog/itu.ts';
import { CountryLookup } from '../lib/country-lookup.ts';
import { parseItuDataHub as parseWithLookup } from './itu.ts';
import { FACTS, RAW as SNAPSHOT } from './raw-snapshot.ts';

describe('ITU DataHub snapshot (December 2025)', () => {
	const lookup = () => new CountryLookup(curateCountries(readFileSync(FACTS, 'utf8'), 'countries.csv', new Map()));

	// rows, AU countries with a value, first and last year
	const expected: Record<string, [number, number, number, number]> = {
		i911mw: [804, 54, 2007, 2024],
		xHH6_IDI: [962, 54, 2000, 2024],
		i271pop: [941, 54, 2000, 2024],
		i271G: [649, 54, 2007, 2024],
		i271GA: [518, 54, 2012, 2024],
		i271G5_pop: [159, 52, 2018, 2024],
		i271mb_5GB$: [154, 52, 2023, 2025],
		i271mb_5GB_GNI: [154, 52, 2023, 2025],
		i271mb_5GB_PPP: [149, 51, 2023, 2025],
		i154_FBB5$: [351, 49, 2018, 2025],
		i154_FBB5_GNI: [339, 48, 2018, 2025],
		i154_FBB5_PPP: [332, 47, 2018, 2025],
		i4214l: [418, 52, 2006, 2024],
		i147l: [59, 20, 2019, 2024],
		i147t: [182, 36, 2010, 2021]
	};

	it('reads every indicator’s series with the expected coverage', () => {
		const countries = lookup();
		for (const { raw } of itu.indicators) {
			const file = raw.file as string;
			const rows = parseWithLookup(readFileSync(join(SNAPSHOT, file), 'utf8'), file, countries).filter((o) => o.code === raw.code);
			const years = rows.map((o) => o.year);
			expect([rows.length, new Set(rows.map((o) => o.iso3)).size, Math.min(...years), Math.max(...years)], raw.code).toEqual(expected[raw.code]);
		}
	});

	it('flags ITU estimates, including the per-100 mobile-broadband values derived from estimated counts', () => {
		const file = ITU_FILES.mobileBroadband.file;
		const rows = parseWithLookup(readFileSync(join(SNAPSHOT, file), 'utf8'), file, lookup());
		expect(rows.filter((o) => o.code === 'i911mw' && o.flag === 'estimate')).toHaveLength(150);
	});
});
