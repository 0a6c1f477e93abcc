/**
 * The query tier's files in the built data (npm run data:build): listed in the manifest with their
 * bytes and hash, one slice per indicator holding exactly that indicator's observations (with their flags), and small:
 * the heaviest view (a scatter of the two largest indicators, sized by population) fetches at most
 * 100 KB brotli.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { tableFromIPC } from '@uwdata/flechette';
import { describe, expect, it } from 'vitest';
import type { Manifest } from './write-data.ts';
import { tierPath } from './write-tier.ts';

const manifest: Manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8'));
const bytesOf = (name: string) => readFileSync(`static/data/${name}`);
/** As scripts/precompress.ts serves it (brotli at its highest quality). */
const brotli = (name: string) => brotliCompressSync(bytesOf(name), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

describe('query tier files', () => {
	it('are all in the manifest with their size and hash', () => {
		const indicators = tableFromIPC(bytesOf('indicators.arrow')).toArray().map((r) => r.id as string);
		expect(manifest.tier.map((f) => f.name).sort()).toEqual(
			[tierPath.countries, tierPath.memberships, ...indicators.map(tierPath.indicator)].sort()
		);
		for (const file of manifest.tier) {
			const bytes = bytesOf(file.name);
			expect(file.bytes).toBe(bytes.length);
			expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
			expect(tableFromIPC(bytes).numRows).toBe(file.rows);
		}
	});

	it('hold exactly the observations of their indicator', () => {
		const all = tableFromIPC(bytesOf('observations.arrow')).toArray();
		for (const id of ['internet-users', 'egov-osi', 'population']) {
			const expected = all.filter((r) => r.indicator === id).map((r) => ({ iso3: r.iso3, year: r.year, value: r.value, flag: r.flag }));
			expect(expected.length).toBeGreaterThan(50);
			expect(tableFromIPC(bytesOf(tierPath.indicator(id))).toArray().map((r) => ({ ...r }))).toEqual(expected);
		}
	});

	it('let the heaviest view fetch at most 100 KB brotli', () => {
		const slices = manifest.tier.filter((f) => f.name.startsWith('tier/indicators/'));
		const sizes = slices.map((f) => brotli(f.name)).sort((a, b) => b - a);
		const heaviest = sizes[0] + sizes[1] + brotli(tierPath.indicator('population')) + brotli(tierPath.countries) + brotli(tierPath.memberships);
		console.log(`tier: largest slice ${sizes[0]} B brotli, heaviest view ${heaviest} B`);
		expect(heaviest).toBeLessThanOrEqual(100_000);
		// Far smaller than the whole observations table the fallback used to fetch.
		expect(heaviest * 3).toBeLessThan(brotli('observations.arrow'));
	});
});
