import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { curateCountries } from '../catalog/countries.ts';
import { unsdSdg } from '../catalog/unsd-sdg.ts';
import { CountryLookup } from '../lib/country-lookup.ts';
import { FACTS, RAW } from './raw-snapshot.ts';
import type { RawObservation } from './types.ts';

describe('the December 2023 snapshot', () => {
	it('parses every file and gives each indicator the coverage documented in PROVENANCE.md', () => {
		const lookup = new CountryLookup(curateCountries(readFileSync(FACTS, 'utf8'), 'countries.csv', new Map()));
		const byFile = new Map<string, RawObservation[]>();
		const coverage = (id: string) => {
			const spec = unsdSdg.indicators.find((i) => i.id === id)!;
			const file = [spec.raw.file].flat()[0];
			if (!byFile.has(file)) byFile.set(file, spec.raw.parse(readFileSync(join(RAW, file), 'utf8'), file, lookup));
			const rows = byFile.get(file)!.filter((r) => r.code === spec.raw.code);
			const years = rows.map((r) => r.year);
			return { countries: new Set(rows.map((r) => r.iso3)).size, rows: rows.length, from: Math.min(...years), to: Math.max(...years) };
		};
		const all = unsdSdg.indicators.map((i) => coverage(i.id));
		expect(all.every((c) => c.rows > 0)).toBe(true);
		expect(all.reduce((n, c) => n + c.rows, 0)).toBe(5212);
		expect(coverage('schools-internet-primary')).toEqual({ countries: 23, rows: 85, from: 2011, to: 2022 });
		expect(coverage('schools-electricity-primary')).toEqual({ countries: 46, rows: 209, from: 2010, to: 2022 });
		expect(coverage('ict-skills-copy-paste-youth')).toEqual({ countries: 8, rows: 14, from: 2014, to: 2020 });
		expect(coverage('ict-skills-parity-spreadsheet-formulas')).toEqual({ countries: 8, rows: 15, from: 2014, to: 2020 });
		expect(coverage('fixed-broadband-256k-2m')).toEqual({ countries: 48, rows: 335, from: 2004, to: 2021 });
		expect(coverage('internet-users-female')).toEqual({ countries: 25, rows: 62, from: 2008, to: 2022 });
		expect(coverage('mobile-ownership')).toEqual({ countries: 22, rows: 58, from: 2013, to: 2021 });
		expect(coverage('electricity-access-rural')).toEqual({ countries: 54, rows: 1034, from: 2000, to: 2021 });
	});
});
