import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { curateCountries } from '../catalog/countries.ts';
import { gsma } from '../catalog/gsma.ts';
import { CountryLookup } from '../lib/country-lookup.ts';
import { parseGsmaMci as parseWithLookup } from './gsma.ts';
import { FACTS, RAW } from './raw-snapshot.ts';

const SNAPSHOT = join(RAW, 'gsma-mobile-connectivity-index/CONNECTIVITY.csv');

describe('GSMA MCI snapshot (2024 edition)', () => {
	it('gives the index, 4 enablers and 11 dimensions for 51 AU members, 2014–2023, and 32 indicator scores besides', () => {
		const lookup = new CountryLookup(curateCountries(readFileSync(FACTS, 'utf8'), 'countries.csv', new Map()));
		const rows = parseWithLookup(readFileSync(SNAPSHOT, 'utf8'), join('gsma', 'CONNECTIVITY.csv'), lookup);
		expect(new Set(rows.map((o) => o.code)).size).toBe(16 + 32);
		for (const { raw } of gsma.indicators) {
			const mine = rows.filter((o) => o.code === raw.code);
			const years = mine.map((o) => o.year);
			expect([mine.length, new Set(mine.map((o) => o.iso3)).size, Math.min(...years), Math.max(...years)], raw.code).toEqual([510, 51, 2014, 2023]);
		}
		expect(new Set(rows.map((o) => o.iso3))).not.toContain('DJI');
	});
});
