/**
 * The line chart's change since a base year, on the real data: each country's change is computed again
 * by DuckDB itself (a self-join of the base year's value), so a slip in the derivation (the wrong base,
 * a ratio for points, a country without a base value kept) fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeEngine } from '$lib/db/node';
import { compareLine } from '$lib/queries/compare';
import { changeKind, changeSince } from './derive';

let db: NodeEngine;
beforeAll(() => {
	db = new NodeEngine();
});
afterAll(() => db.close());

/** DuckDB's own answer: per country and year, the change since `base` (NULL base value: no row). */
async function changesInSql(indicator: string, base: number, from: number, to: number, kind: 'percent' | 'difference') {
	const change = kind === 'percent' ? '(v.value / b.value - 1) * 100' : 'v.value - b.value';
	const rows = await db.query<{ iso3: string; year: number; change: number }>(
		`SELECT v.iso3, v.year, ${change} AS change
		 FROM observations v JOIN observations b ON b.iso3 = v.iso3 AND b.indicator = v.indicator AND b.year = ?
		 WHERE v.indicator = ? AND v.year BETWEEN ? AND ? ${kind === 'percent' ? 'AND b.value <> 0' : ''}
		 ORDER BY v.iso3, v.year`,
		[base, indicator, from, to]
	);
	return rows;
}

describe('change since a base year (real data)', () => {
	it.each([
		// Money: a percentage change. Internet users (a share of people): a difference in points.
		['gdp-per-capita', 2015, 2010, 2023],
		['internet-users', 2012, 2005, 2022],
		['mobile-subscriptions', 2010, 2008, 2020]
	])('%s since %i equals DuckDB’s own computation', async (indicator, base, from, to) => {
		await db.load(['indicators']);
		const unit = (await db.query<{ unit: string }>('SELECT unit FROM indicators WHERE id = ?', [indicator]))[0].unit;
		const kind = changeKind(unit);
		expect(kind).toBe(indicator === 'gdp-per-capita' ? 'percent' : 'difference');
		const data = await compareLine(db, { indicator, from, to, align: 'year' });
		const { series, dropped } = changeSince(data.series, base, kind);
		const expected = await changesInSql(indicator, base, from, to, kind);
		const derived = series.flatMap((s) => s.years.map((year, i) => ({ iso3: s.iso3, year, change: s.values[i] })));
		expect(derived.map((r) => `${r.iso3} ${r.year}`)).toEqual(expected.map((r) => `${r.iso3} ${r.year}`));
		derived.forEach((r, i) => expect(r.change, `${r.iso3} ${r.year}`).toBeCloseTo(expected[i].change, 9));
		// Every country with values in the range is either drawn or named as dropped, never both.
		const withBase = new Set(expected.map((r) => r.iso3));
		expect(dropped.sort()).toEqual(data.series.map((s) => s.iso3).filter((c) => !withBase.has(c)).sort());
		// Each drawn country starts at zero in the base year.
		for (const s of series) expect(s.values[s.years.indexOf(base)]).toBe(0);
	});

	it('drops countries without a value in the base year and names them', async () => {
		const data = await compareLine(db, { indicator: 'internet-users', from: 1990, to: 2023, align: 'year' });
		const { dropped } = changeSince(data.series, 1990, 'difference');
		const missing = await db.query<{ iso3: string }>(
			`SELECT DISTINCT iso3 FROM observations WHERE indicator = 'internet-users' AND year BETWEEN 1990 AND 2023
			 AND iso3 NOT IN (SELECT iso3 FROM observations WHERE indicator = 'internet-users' AND year = 1990 AND value IS NOT NULL) ORDER BY iso3`
		);
		expect(missing.length).toBeGreaterThan(0);
		expect(dropped.sort()).toEqual(missing.map((r) => r.iso3));
	});
});
