/** Fuzzing the projects index's URL state against the real countries (see fuzz.ts). */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { KIND_GROUPS, STATUS_CLASSES } from '$lib/queries/projects';
import { expectNoticesBounded, expectRoundTrips, noticed, queryString, realData, RUNS } from '../../../../tests/support/fuzz';
import { parseProjectsView, serialiseProjectsView } from './state';

let known: Set<string>;
beforeAll(async () => {
	known = (await realData()).countries;
});
const vocab = () => ({ keys: ['kind', 'country', 'status'], values: [...KIND_GROUPS, ...STATUS_CLASSES, ...known, 'compétences', 'en-cours', 'clos'] });

describe('projects URL state (fuzzed, real countries)', () => {
	it('round-trips every view', () => {
		expectRoundTrips(
			fc.record({ kind: fc.option(fc.constantFrom(...KIND_GROUPS)), country: fc.option(fc.constantFrom(...known)), status: fc.option(fc.constantFrom(...STATUS_CLASSES)) }),
			serialiseProjectsView,
			(params) => parseProjectsView(params, known)
		);
	});

	it('reads any query string without throwing, noticing whatever it drops', () => {
		fc.assert(
			fc.property(queryString(vocab()), (qs) => {
				const params = new URLSearchParams(qs);
				const { view, notices } = parseProjectsView(params, known);
				expect(view.kind === null || (KIND_GROUPS as readonly string[]).includes(view.kind)).toBe(true);
				expect(view.status === null || (STATUS_CLASSES as readonly string[]).includes(view.status)).toBe(true);
				expect(view.country === null || known.has(view.country)).toBe(true);
				expectNoticesBounded(notices, params, vocab().keys);
				// An empty country (`?country=`) asks for no filter; anything else left unread is noticed.
				for (const p of ['kind', 'status'] as const) if (params.get(p) !== null && view[p] === null) expect(noticed(notices, p)).toBe(true);
				const country = params.get('country');
				if (country !== null && country.trim() !== '' && view.country === null) expect(noticed(notices, 'country')).toBe(true);
			}),
			{ numRuns: RUNS }
		);
	});
});
