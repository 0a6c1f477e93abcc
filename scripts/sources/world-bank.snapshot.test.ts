import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { curateCountries } from '../catalog/countries.ts';
import { wdiIndicators } from '../catalog/world-bank.ts';
import { CountryLookup } from '../lib/country-lookup.ts';
import { SHARED } from './raw-snapshot.ts';
import { parseWdiCountryMetadata, WDI_METADATA_FILE } from './world-bank.ts';

describe('World Bank snapshot files', () => {
	const incomeGroups = parseWdiCountryMetadata(readFileSync(join(SHARED, 'sources', WDI_METADATA_FILE), 'utf8'), WDI_METADATA_FILE);
	const au = new CountryLookup(curateCountries(readFileSync(join(SHARED, 'facts/countries.csv'), 'utf8'), 'countries.csv', incomeGroups));

	// [rows, countries, first year, last year] per indicator, as counted in PROVENANCE.md sections 3 and 5.
	const expected: Record<string, [number, number, number, number]> = {
		'internet-users': [1767, 54, 1960, 2023],
		population: [3564, 54, 1960, 2025],
		'urban-population': [3564, 54, 1960, 2025],
		gdp: [3254, 54, 1960, 2025],
		'gdp-per-capita': [3254, 54, 1960, 2025],
		'gdp-per-capita-ppp': [1824, 54, 1990, 2024],
		'gni-per-capita': [2979, 54, 1962, 2025],
		'mobile-subscriptions': [2785, 54, 1960, 2024],
		'fixed-broadband-subscriptions': [998, 54, 2000, 2024],
		'secure-servers': [796, 54, 2010, 2024],
		'fixed-telephone-subscriptions': [3120, 54, 1960, 2024],
		'gross-enrolment-preprimary': [1270, 54, 1970, 2022],
		'gross-enrolment-primary': [2294, 53, 1970, 2025],
		'gross-enrolment-secondary': [1754, 53, 1970, 2025],
		'gross-enrolment-tertiary': [1578, 53, 1970, 2025],
		'education-spending-gdp': [1314, 54, 1970, 2025],
		'education-spending-budget': [1201, 54, 1980, 2025],
		'literacy-adult': [303, 53, 1975, 2024],
		'literacy-youth': [336, 54, 1975, 2024],
		'primary-completion': [1660, 52, 1970, 2025],
		'electricity-access': [1507, 54, 1990, 2023]
	};

	it.each(wdiIndicators.map((spec) => [spec.id, spec] as const))('%s: every value of the AU members, in range', (id, spec) => {
		const rows = spec.raw.parse(readFileSync(join(SHARED, 'sources', spec.raw.file), 'utf8'), spec.raw.file, au).filter((r) => r.code === spec.raw.code);
		const years = rows.map((r) => r.year);
		expect([rows.length, new Set(rows.map((r) => r.iso3)).size, Math.min(...years), Math.max(...years)]).toEqual(expected[id]);
		for (const { value } of rows) {
			expect(value).toBeGreaterThanOrEqual(spec.valid_min ?? -Infinity);
			expect(value).toBeLessThanOrEqual(spec.valid_max ?? Infinity);
		}
	});
});
