/**
 * The education page's queries on native DuckDB over the built Parquet files. Expected values are
 * worked out here from the curated CSV files, independently of the data build and of SQL: latest years
 * by scanning, nearest years by hand.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { curatedObservations, curatedTable } from '../../../tests/support/curated';
import { NodeEngine } from '$lib/db/node';
import {
	COVERAGE_INDICATORS,
	connectivityPair,
	educationProgrammes,
	latestValues,
	latestYears,
	PAGE_INDICATORS,
	PROGRAMMES,
	SCHOOL_LEVELS,
	schoolIndicator,
	schoolsLatest,
	skillIndicator,
	SKILLS,
	skillsCoverage,
	skillsLatest,
	skillsReporters
} from './education';

const observations = curatedObservations();
const indicatorIds = new Set(curatedTable('data/indicators.csv').map((i) => i.id));

function latest(indicator: string, iso3: string) {
	const own = observations.filter((o) => o.indicator === indicator && o.iso3 === iso3);
	if (own.length === 0) return null;
	return own.reduce((a, b) => (b.year > a.year ? b : a));
}

const db = new NodeEngine();
afterAll(() => db.close());

describe('education queries', () => {
	it('names only indicators that exist', () => {
		for (const id of PAGE_INDICATORS) expect(indicatorIds.has(id), id).toBe(true);
		expect(new Set(COVERAGE_INDICATORS).size).toBe(COVERAGE_INDICATORS.length);
	});

	it('latestValues: each country’s latest value and its year', async () => {
		const rows = await latestValues(db, ['schools-internet-primary', 'literacy-adult']);
		const expected = [...new Set(observations.filter((o) => o.indicator === 'literacy-adult').map((o) => o.iso3))];
		expect(rows.filter((r) => r.indicator === 'literacy-adult').length).toBe(expected.length);
		for (const r of rows) {
			const l = latest(r.indicator, r.iso3)!;
			expect([r.year, r.value]).toEqual([l.year, l.value]);
		}
	});

	it.each(SCHOOL_LEVELS)('schoolsLatest(%s): every reporting country, each measure with its own latest year, ordered by Internet', async (level) => {
		const rows = await schoolsLatest(db, { level });
		const ids = (['electricity', 'computers', 'internet'] as const).map((m) => schoolIndicator(m, level));
		const reporting = new Set(observations.filter((o) => ids.includes(o.indicator)).map((o) => o.iso3));
		expect(rows.map((r) => r.iso3).sort()).toEqual([...reporting].sort());
		for (const r of rows) {
			for (const m of ['electricity', 'computers', 'internet'] as const) {
				const l = latest(schoolIndicator(m, level), r.iso3);
				expect([r[m], r[`${m}_year`]], `${r.iso3} ${m}`).toEqual([l?.value ?? null, l?.year ?? null]);
			}
		}
		const internet = rows.filter((r) => r.internet !== null).map((r) => r.internet!);
		expect(internet).toEqual([...internet].sort((a, b) => b - a));
		// Countries without an Internet value come after those with one.
		const firstMissing = rows.findIndex((r) => r.internet === null);
		if (firstMissing >= 0) expect(rows.slice(firstMissing).every((r) => r.internet === null)).toBe(true);
	});

	it.each(SKILLS)('skillsLatest(%s): the latest survey year’s values, never mixed across years', async (skill) => {
		const rows = await skillsLatest(db, { skill });
		const ids = (['youth-female', 'youth-male', 'youth', 'adults', 'parity'] as const).map((s) => skillIndicator(skill, s));
		const reporting = new Set(observations.filter((o) => ids.includes(o.indicator)).map((o) => o.iso3));
		expect(rows.length).toBe(reporting.size);
		for (const r of rows) {
			// The latest year with a share (the markers); a country with only parity values keeps its latest.
			const own = observations.filter((o) => ids.includes(o.indicator) && o.iso3 === r.iso3);
			const shares = own.filter((o) => o.indicator !== ids[4]);
			const year = Math.max(...(shares.length ? shares : own).map((o) => o.year));
			expect(r.year).toBe(year);
			const at = (i: number) => observations.find((o) => o.indicator === ids[i] && o.iso3 === r.iso3 && o.year === year)?.value ?? null;
			expect([r.youth_female, r.youth_male, r.youth, r.adults, r.parity]).toEqual([at(0), at(1), at(2), at(3), at(4)]);
		}
	});

	it('gives every country that reports a share at least one marker (Egypt: its 2015 survey, not the parity-only 2016)', async () => {
		for (const skill of SKILLS) {
			const rows = await skillsLatest(db, { skill });
			const withShares = new Set(
				observations.filter((o) => o.indicator.startsWith(`ict-skills-${skill}-`)).map((o) => o.iso3)
			);
			for (const r of rows.filter((r) => withShares.has(r.iso3))) {
				expect([r.youth_female, r.youth_male, r.youth, r.adults].some((v) => v !== null), `${skill} ${r.iso3} ${r.year}`).toBe(true);
			}
		}
		const egypt = (await skillsLatest(db, { skill: 'copy-paste' })).find((r) => r.iso3 === 'EGY')!;
		expect(egypt.year).toBe(2015);
		expect(egypt.youth).not.toBeNull();
		expect(egypt.parity).not.toBeNull();
	});

		it('skillsCoverage and skillsReporters count the countries of the curated files', async () => {
		const coverage = await skillsCoverage(db);
		const copyPaste = coverage.find((c) => c.skill === 'copy-paste')!;
		const ids = ['youth', 'youth-female', 'youth-male', 'adults'].map((s) => `ict-skills-copy-paste-${s}`);
		const max = Math.max(...ids.map((id) => new Set(observations.filter((o) => o.indicator === id).map((o) => o.iso3)).size));
		expect(copyPaste.countries).toBe(max);
		const reporters = await skillsReporters(db);
		const all = new Set(observations.filter((o) => o.indicator.startsWith('ict-skills-')).map((o) => o.iso3));
		expect(reporters.map((r) => r.iso3).sort()).toEqual([...all].sort());
	});

	it('connectivityPair: latest y, x from the nearest year (earlier on a tie) within the gap', async () => {
		const rows = await connectivityPair(db, { y: 'schools-internet-primary', x: 'internet-users', maxGap: 3 });
		const reporting = new Set(observations.filter((o) => o.indicator === 'schools-internet-primary').map((o) => o.iso3));
		expect(rows.length).toBe(reporting.size);
		for (const r of rows) {
			const l = latest('schools-internet-primary', r.iso3)!;
			expect([r.y, r.y_year]).toEqual([l.value, l.year]);
			const candidates = observations
				.filter((o) => o.indicator === 'internet-users' && o.iso3 === r.iso3 && Math.abs(o.year - l.year) <= 3)
				.sort((a, b) => Math.abs(a.year - l.year) - Math.abs(b.year - l.year) || a.year - b.year);
			expect([r.x, r.x_year], r.iso3).toEqual([candidates[0]?.value ?? null, candidates[0]?.year ?? null]);
		}
	});

	it('latestYears: the last year each country reports', async () => {
		const rows = await latestYears(db, ['schools-electricity-primary']);
		for (const r of rows) expect(r.year).toBe(latest('schools-electricity-primary', r.iso3)!.year);
	});

	it('educationProgrammes: the four seed programmes with their countries', async () => {
		const programmes = await educationProgrammes(db);
		expect(programmes.map((p) => p.id)).toEqual([...PROGRAMMES]);
		const links = curatedTable('data/project_countries.csv');
		for (const p of programmes) {
			expect(p.countries.map((c) => c.iso3).sort()).toEqual(links.filter((l) => l.project_id === p.id).map((l) => l.iso3).sort());
		}
		expect(programmes.find((p) => p.id === 'tgo-ent')!.countries.map((c) => c.iso3)).toEqual(['TGO']);
	});
});
