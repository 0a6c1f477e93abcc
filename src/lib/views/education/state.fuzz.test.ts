/** Fuzzing the education page's URL state against the real countries (see fuzz.ts). */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCHOOL_LEVELS, SKILLS } from '$lib/queries/education';
import { DEFAULT_VIEW, MAX_HIGHLIGHTED, PAIR_KEYS, parseEducationView, SCHOOL_VIEWS, serialiseEducationView, type EducationView } from './state';
import { expectNoticesBounded, noticed, queryString, realData, RUNS, tokens } from '../../../../tests/support/fuzz';

let known: Set<string>;
beforeAll(async () => {
	// The page's load function names the same countries (countryGroups).
	known = (await realData()).countries;
});

const KEYS = ['level', 'schools', 'skill', 'pair', 'countries'];
const vocab = () => ({
	keys: KEYS,
	values: [...SCHOOL_LEVELS, ...SCHOOL_VIEWS, ...SKILLS, ...PAIR_KEYS, ...known, 'none', 'lycée', 'Primaire', 'chaîne', 'prix', 'électricité', 'upper-sec']
});

describe('education URL state (fuzzed, real countries)', () => {
	it('round-trips every view the page can write', () => {
		fc.assert(
			fc.property(
				fc.record({
					level: fc.constantFrom(...SCHOOL_LEVELS),
					schools: fc.constantFrom(...SCHOOL_VIEWS),
					skill: fc.constantFrom(...SKILLS),
					pair: fc.constantFrom(...PAIR_KEYS),
					countries: fc.uniqueArray(fc.constantFrom(...known), { maxLength: MAX_HIGHLIGHTED })
				}),
				(view: EducationView) => {
					const query = serialiseEducationView(view);
					expect(parseEducationView(new URLSearchParams(query.slice(1)), known)).toEqual({ view, notices: [] });
				}
			),
			{ numRuns: 2_000 }
		);
	});

	// One property for both checks: the same 10,000 strings are read once (generating them is most of the time).
	it('reads any query string without throwing, to a usable view that round-trips, with a notice whenever it drops something', () => {
		fc.assert(
			fc.property(queryString(vocab()), (qs) => {
				const params = new URLSearchParams(qs);
				const { view, notices } = parseEducationView(params, known);
				expect(SCHOOL_LEVELS).toContain(view.level);
				expect(SCHOOL_VIEWS).toContain(view.schools);
				expect(SKILLS).toContain(view.skill);
				expect(PAIR_KEYS).toContain(view.pair);
				expect(view.countries.every((c) => known.has(c))).toBe(true);
				expect(new Set(view.countries).size).toBe(view.countries.length);
				expect(view.countries.length).toBeLessThanOrEqual(MAX_HIGHLIGHTED);
				expectNoticesBounded(notices, params, KEYS);
				const again = parseEducationView(new URLSearchParams(serialiseEducationView(view).slice(1)), known);
				expect(again).toEqual({ view, notices: [] });
				// A notice about this parameter's value (not only that it was given twice: the first is read).
				const dropped = (p: string) => noticed(notices.filter((n) => n.kind !== 'repeated-param'), p);
				// A choice is read as asked, or as what its alias names (lycée → upper-secondary); anything else is
				// noticed and leaves the default.
				for (const p of ['level', 'schools', 'skill', 'pair'] as const) {
					const raw = params.get(p);
					if (raw === null || view[p] === raw.trim().toLowerCase()) continue;
					if (dropped(p)) expect(view[p]).toBe(DEFAULT_VIEW[p]);
					else expect(parseEducationView(new URLSearchParams({ [p]: raw }), known).view[p], `${p}=${raw} is an alias`).toBe(view[p]);
				}
				const raw = params.get('countries');
				if (raw !== null && !['', 'none'].includes(raw.trim().toLowerCase())) {
					const asked = tokens(raw, true);
					if (!dropped('countries')) expect(view.countries).toEqual(asked.length ? asked : DEFAULT_VIEW.countries);
					// Every code asked for is shown, or the notice says some were dropped.
					else expect(asked.some((c) => !view.countries.includes(c))).toBe(true);
				}
			}),
			{ numRuns: RUNS }
		);
	});
});
