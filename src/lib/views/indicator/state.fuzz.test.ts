/** Fuzzing an indicator page's URL state, for every real indicator's years (see fuzz.ts). */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoticesBounded, noticed, queryString, realData, RUNS, tokens } from '../../../../tests/support/fuzz';
import { DEFAULT_HIGHLIGHT, MAX_HIGHLIGHTED, parseIndicatorView, serialiseIndicatorView, type IndicatorViewContext } from './state';

let contexts: IndicatorViewContext[];
let countries: string[];
beforeAll(async () => {
	const data = await realData();
	countries = [...data.countries];
	// As the page builds it: years from the first well-covered one, the latest well-covered by default.
	contexts = [...data.indicatorYears.values()].map((y) => ({
		knownCountries: data.countries,
		firstYear: y.firstWellCovered,
		lastYear: y.last,
		defaults: { countries: DEFAULT_HIGHLIGHT, year: y.latestWellCovered }
	}));
});

const vocab = () => ({ keys: ['countries', 'year'], values: [...countries, '1990', '2010', '2020', '2023', '2031', '1800'] });

describe('indicator URL state (fuzzed, real indicators)', () => {
	it('round-trips every view the page can write', () => {
		fc.assert(
			fc.property(
				fc.nat().chain((i) => {
					const ctx = contexts[i % contexts.length];
					return fc.tuple(
						fc.constant(ctx),
						fc.uniqueArray(fc.constantFrom(...countries), { maxLength: MAX_HIGHLIGHTED }),
						fc.integer({ min: ctx.firstYear, max: ctx.lastYear })
					);
				}),
				([ctx, picked, year]) => {
					const view = { countries: picked, year };
					const parsed = parseIndicatorView(new URLSearchParams(serialiseIndicatorView(view, ctx.defaults).slice(1)), ctx);
					expect(parsed).toEqual({ view, notices: [] });
				}
			),
			{ numRuns: 2_000 }
		);
	});

	it('reads any query string without throwing, noticing whatever it drops', () => {
		fc.assert(
			fc.property(fc.nat(), queryString(vocab()), (i, qs) => {
				const ctx = contexts[i % contexts.length];
				const params = new URLSearchParams(qs);
				const { view, notices } = parseIndicatorView(params, ctx);
				expect(view.countries.every((c) => ctx.knownCountries.has(c))).toBe(true);
				expect(view.countries.length).toBeLessThanOrEqual(MAX_HIGHLIGHTED);
				expect(view.year >= ctx.firstYear && view.year <= ctx.lastYear).toBe(true);
				expectNoticesBounded(notices, params, ['countries', 'year']);
				const raw = params.get('countries');
				if (raw !== null && !noticed(notices, 'countries')) expect(view.countries).toEqual(tokens(raw, true));
				const year = params.get('year');
				if (year !== null && !noticed(notices, 'year')) expect(view.year).toBe(Number(year.trim()));
			}),
			{ numRuns: RUNS }
		);
	});
});
