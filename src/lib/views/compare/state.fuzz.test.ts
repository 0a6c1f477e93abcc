/** Fuzzing the compare page's URL state against the real catalogue (see fuzz.ts). */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	ALIGNS,
	canLogValues,
	changeRange,
	CHARTS,
	chartYears,
	DEFAULT_VIEW,
	MAX_COMPARED,
	normaliseView,
	parseCompareView,
	queryParams,
	REFERENCES,
	serialiseCompareView,
	TABS,
	valueScale,
	yearRange,
	type CompareContext,
	type CompareView
} from './state';
import { expectNoticesBounded, noticed, queryString, realData, RUNS, tokens } from '../../../../tests/support/fuzz';

let ctx: CompareContext;
let ids: string[];
let countries: string[];
beforeAll(async () => {
	const data = await realData();
	ctx = { knownCountries: data.countries, indicators: data.compareIndicators, defaults: DEFAULT_VIEW };
	ids = [...ctx.indicators.keys()];
	countries = [...data.countries];
});

const vocab = () => ({
	keys: ['countries', 'indicator', 'from', 'to', 'chart', 'x', 'y', 'year', 'align', 'log', 'change', 'refs', 'tab'],
	values: [...countries, ...ids.slice(0, 20), ...CHARTS, ...ALIGNS, ...REFERENCES, ...TABS, 'x', 'y', 'none', 'calendar', '1990', '2015', '2022', '2030', '1800']
});

/** A view the page's controls could produce: valid parts, normalised as the page writes it. */
const validView = () =>
	fc
		.record({
			countries: fc.uniqueArray(fc.constantFrom(...countries), { maxLength: MAX_COMPARED }),
			indicator: fc.constantFrom(...ids),
			x: fc.constantFrom(...ids),
			chart: fc.constantFrom(...CHARTS),
			align: fc.constantFrom(...ALIGNS),
			log: fc.option(fc.subarray(['x', 'y'] as ('x' | 'y')[])),
			refs: fc.subarray([...REFERENCES]),
			tab: fc.constantFrom(...TABS),
			from: fc.option(fc.integer({ min: 1950, max: 2030 })),
			to: fc.option(fc.integer({ min: 1950, max: 2030 })),
			year: fc.option(fc.integer({ min: 1950, max: 2030 })),
			change: fc.option(fc.integer({ min: 1950, max: 2030 }))
		})
		.map((v): CompareView => normaliseView(v, ctx));

/** Everything the page relies on of a parsed view. */
function expectUsable(view: CompareView) {
	expect(view.countries.every((c) => ctx.knownCountries.has(c))).toBe(true);
	expect(new Set(view.countries).size).toBe(view.countries.length);
	expect(view.countries.length).toBeLessThanOrEqual(MAX_COMPARED);
	expect(ctx.indicators.has(view.indicator) && ctx.indicators.has(view.x)).toBe(true);
	const ind = ctx.indicators.get(view.indicator)!;
	const years = chartYears(view, ctx);
	expect(years.from).toBeLessThanOrEqual(years.to);
	for (const y of [view.from, view.to]) if (y !== null) expect(y >= ind.first && y <= ind.last).toBe(true);
	if (view.year !== null) {
		const [lo, hi] = yearRange(view, ctx);
		expect(view.year >= lo && view.year <= hi).toBe(true);
	}
	if (view.change !== null) {
		const [lo, hi] = changeRange(view, ctx);
		expect(view.change >= lo && view.change <= hi).toBe(true);
	}
	if (valueScale(view, ctx) === 'log') expect(canLogValues(view, ctx)).toBe(true);
	expect(() => queryParams(view, ctx)).not.toThrow();
}

describe('compare URL state (fuzzed, real catalogue)', () => {
	it('round-trips every view the page can write', () => {
		fc.assert(
			fc.property(validView(), (view) => {
				const query = serialiseCompareView(view, DEFAULT_VIEW);
				const parsed = parseCompareView(new URLSearchParams(query.slice(1)), ctx);
				expect(parsed.notices).toEqual([]);
				expect(parsed.view).toEqual(view);
			}),
			{ numRuns: 2_000 }
		);
	});

	it('draws every indicator with two years or more as a slope between two distinct years by default', () => {
		const slopes = ids.map((indicator) => normaliseView({ ...DEFAULT_VIEW, chart: 'slope', indicator }, ctx));
		// Among them, indicators whose first year is their latest well-covered one (copying files: 2014).
		expect(slopes.some((v) => ctx.indicators.get(v.indicator)!.first === ctx.indicators.get(v.indicator)!.latestWellCovered && ctx.indicators.get(v.indicator)!.last > ctx.indicators.get(v.indicator)!.first)).toBe(true);
		for (const view of slopes) {
			const ind = ctx.indicators.get(view.indicator)!;
			const { from, to } = chartYears(view, ctx);
			if (ind.last > ind.first) expect(from, view.indicator).toBeLessThan(to);
			const parsed = parseCompareView(new URLSearchParams(serialiseCompareView(view, DEFAULT_VIEW).slice(1)), ctx);
			expect(parsed.notices, view.indicator).toEqual([]);
		}
	});

	// One property for both checks: the same 10,000 strings are read once (generating them is most of the time).
	it('reads any query string without throwing, to a usable view that round-trips, with a notice whenever it drops something', () => {
		const known = vocab().keys;
		fc.assert(
			fc.property(queryString(vocab()), (qs) => {
				const params = new URLSearchParams(qs);
				const { view, notices } = parseCompareView(params, ctx);
				expectUsable(view);
				expectNoticesBounded(notices, params, known);
				// What was read is stable: writing it back and reading again changes nothing.
				const again = parseCompareView(new URLSearchParams(serialiseCompareView(view, DEFAULT_VIEW).slice(1)), ctx);
				expect(again.view).toEqual(view);
				// Whatever is kept without a notice is what the address says.
				const raw = (p: string) => params.get(p);
				if (raw('countries') !== null && !noticed(notices, 'countries')) expect(view.countries).toEqual(tokens(raw('countries')!, true));
				for (const p of ['chart', 'tab'] as const) {
					if (raw(p) !== null && !noticed(notices, p)) expect(view[p]).toBe(raw(p)!.trim().toLowerCase());
				}
				if (raw('x') !== null && !noticed(notices, 'x')) expect(view.x).toBe(raw('x')!.trim().toLowerCase());
				for (const p of ['indicator', 'y']) {
					// The indicator comes from `y` in a scatter chart, from `indicator` otherwise (the other stands in when missing).
					const used = view.chart === 'scatter' ? (raw('y') !== null ? 'y' : 'indicator') : raw('indicator') !== null ? 'indicator' : 'y';
					if (p === used && raw(p) !== null && !noticed(notices, p)) expect(view.indicator).toBe(raw(p)!.trim().toLowerCase());
				}
				const swapped = notices.some((n) => n.kind === 'swapped-years' || n.kind === 'same-years');
				for (const p of ['from', 'to', 'year'] as const) {
					if (raw(p) === null || noticed(notices, p) || (swapped && p !== 'year')) continue;
					// A year equal to its default may be left to follow the indicator; any other is kept.
					const year = Number(raw(p)!.trim());
					const years = chartYears(view, ctx);
					expect(view[p] ?? years[p]).toBe(year);
				}
				if (raw('change') !== null && !noticed(notices, 'change')) expect(view.change).toBe(Number(raw('change')!.trim()));
				if (raw('log') !== null && !noticed(notices, 'log')) expect(view.log).not.toBeNull();
			}),
			{ numRuns: RUNS }
		);
	});
});
