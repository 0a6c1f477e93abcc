/** Fuzzing the home page's URL state (see fuzz.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AU_REGIONS, RECS } from '$lib/queries/groups';
import { expectNoticesBounded, expectRoundTrips, noticed, queryString, RUNS } from '../../../../tests/support/fuzz';
import { parseHomeView, serialiseHomeView } from './state';

const vocab = { keys: ['region', 'rec'], values: [...AU_REGIONS, ...RECS, 'CEDEAO', 'ouest', 'cen-sad', 'australe'] };

describe('home URL state (fuzzed)', () => {
	it('round-trips every view', () => {
		expectRoundTrips(fc.record({ region: fc.option(fc.constantFrom(...AU_REGIONS)), rec: fc.option(fc.constantFrom(...RECS)) }), serialiseHomeView, parseHomeView);
	});

	it('reads any query string without throwing, noticing whatever it drops', () => {
		fc.assert(
			fc.property(queryString(vocab), (qs) => {
				const params = new URLSearchParams(qs);
				const { view, notices } = parseHomeView(params);
				expect(view.region === null || (AU_REGIONS as readonly string[]).includes(view.region)).toBe(true);
				expect(view.rec === null || (RECS as readonly string[]).includes(view.rec)).toBe(true);
				expectNoticesBounded(notices, params, vocab.keys);
				for (const p of ['region', 'rec'] as const) if (params.get(p) !== null && view[p] === null) expect(noticed(notices, p)).toBe(true);
			}),
			{ numRuns: RUNS }
		);
	});
});
