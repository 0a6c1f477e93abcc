/** Fuzzing the data page's URL state against the real countries, indicators and years (see fuzz.ts). */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_VIEW, parseDataView, serialiseDataView, type DataView, type DataViewContext } from './state';
import { expectNoticesBounded, expectRoundTrips, noticed, queryString, realData, RUNS, tokens } from '../../../../tests/support/fuzz';

let ctx: DataViewContext;
beforeAll(async () => {
	const data = await realData();
	ctx = { knownCountries: data.countries, knownIndicators: data.dataIndicators, firstYear: data.dataYears[0], lastYear: data.dataYears[1], defaults: DEFAULT_DATA_VIEW };
});

const vocab = () => ({
	keys: ['countries', 'indicators', 'from', 'to'],
	values: [...ctx.knownCountries, ...[...ctx.knownIndicators].slice(0, 30), 'all', 'ALL', '1960', '2000', '2024', '2100', '1066']
});

describe('data page URL state (fuzzed, real data)', () => {
	it('round-trips every filter the page can write', () => {
		const year = () => fc.option(fc.integer({ min: ctx.firstYear, max: ctx.lastYear }));
		const filters = fc
			.record({
				countries: fc.option(fc.uniqueArray(fc.constantFrom(...ctx.knownCountries), { minLength: 1 })),
				indicators: fc.option(fc.uniqueArray(fc.constantFrom(...ctx.knownIndicators), { minLength: 1 })),
				from: year(),
				to: year()
			})
			// The page writes a range in order.
			.map((v): DataView => (v.from !== null && v.to !== null && v.from > v.to ? { ...v, from: v.to, to: v.from } : v));
		expectRoundTrips(filters, (view) => serialiseDataView(view, DEFAULT_DATA_VIEW), (params) => parseDataView(params, ctx));
	});

	it('reads any query string without throwing, noticing whatever it drops', () => {
		fc.assert(
			fc.property(queryString(vocab()), (qs) => {
				const params = new URLSearchParams(qs);
				const { view, notices } = parseDataView(params, ctx);
				if (view.countries) expect(view.countries.length > 0 && view.countries.every((c) => ctx.knownCountries.has(c))).toBe(true);
				if (view.indicators) expect(view.indicators.length > 0 && view.indicators.every((i) => ctx.knownIndicators.has(i))).toBe(true);
				for (const y of [view.from, view.to]) if (y !== null) expect(y >= ctx.firstYear && y <= ctx.lastYear).toBe(true);
				if (view.from !== null && view.to !== null) expect(view.from).toBeLessThanOrEqual(view.to);
				expectNoticesBounded(notices, params, vocab().keys);
				for (const p of ['countries', 'indicators'] as const) {
					const raw = params.get(p);
					if (raw === null || noticed(notices, p)) continue;
					if (raw.trim().toLowerCase() === 'all') expect(view[p]).toBeNull();
					else {
						const asked = tokens(raw, p === 'countries');
						// An empty list asks for nothing in particular: the default stays.
						expect(view[p]).toEqual(asked.length ? asked : DEFAULT_DATA_VIEW[p]);
					}
				}
				const asked = (['from', 'to'] as const).filter((p) => (params.get(p) ?? '') !== '' && !noticed(notices, p)).map((p) => Number(params.get(p)!.trim()));
				for (const y of asked) expect([view.from, view.to]).toContain(y);
			}),
			{ numRuns: RUNS }
		);
	});
});
