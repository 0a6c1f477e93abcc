/**
 * The nastiest of the fuzzed query strings (the views' state.fuzz.test.ts files in src/lib/views), loaded on each page with URL
 * state in a real browser: no script error, the page and its heading stay, and a notice says what was
 * dropped, in as many short lines as the parser gives notices. "Nastiest": those the page's own parser
 * drops most from, the longest, and raw percent-junk.
 */
import fc from 'fast-check';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AU_REGIONS, RECS } from '../../src/lib/queries/groups.ts';
import { KIND_GROUPS, STATUS_CLASSES } from '../../src/lib/queries/projects.ts';
import { DEFAULT_VIEW, parseCompareView } from '../../src/lib/views/compare/state.ts';
import { DEFAULT_DATA_VIEW, parseDataView } from '../../src/lib/views/data/state.ts';
import { queryString, realData, type RealData, type Vocabulary } from '../support/fuzz.ts';
import { SCHOOL_LEVELS, SKILLS } from '../../src/lib/queries/education.ts';
import { parseEducationView, PAIR_KEYS, SCHOOL_VIEWS } from '../../src/lib/views/education/state.ts';
import { parseHomeView } from '../../src/lib/views/home/state.ts';
import { DEFAULT_HIGHLIGHT, parseIndicatorView } from '../../src/lib/views/indicator/state.ts';
import { parseProjectsView } from '../../src/lib/views/projects/state.ts';
import { sharedBrowser, openPage } from './browser.ts';

const site = inject('siteUrl');
let browser: Browser;
let data: RealData;
beforeAll(async () => {
	browser = await sharedBrowser();
	data = await realData();
});
afterAll(async () => browser?.close());

interface Target {
	path: string;
	vocab: () => Vocabulary;
	/** How many notices the page's own parser gives for a query string. */
	notices: (params: URLSearchParams) => number;
}

const TARGETS: Target[] = [
	{ path: '/', vocab: () => ({ keys: ['region', 'rec'], values: [...AU_REGIONS, ...RECS] }), notices: (p) => parseHomeView(p).notices.length },
	{
		path: '/indicator/internet-users',
		vocab: () => ({ keys: ['countries', 'year'], values: [...data.countries, '2010', '2031'] }),
		notices: (p) => {
			const y = data.indicatorYears.get('internet-users')!;
			const ctx = { knownCountries: data.countries, firstYear: y.firstWellCovered, lastYear: y.last, defaults: { countries: DEFAULT_HIGHLIGHT, year: y.latestWellCovered } };
			return parseIndicatorView(p, ctx).notices.length;
		}
	},
	{
		path: '/compare',
		vocab: () => ({ keys: ['countries', 'indicator', 'from', 'to', 'chart', 'x', 'y', 'year', 'align', 'log', 'refs', 'tab'], values: [...data.countries, 'bar', 'map', 'egdi', '2015'] }),
		notices: (p) => parseCompareView(p, { knownCountries: data.countries, indicators: data.compareIndicators, defaults: DEFAULT_VIEW }).notices.length
	},
	{
		path: '/projects',
		vocab: () => ({ keys: ['kind', 'country', 'status'], values: [...KIND_GROUPS, ...STATUS_CLASSES, ...data.countries] }),
		notices: (p) => parseProjectsView(p, data.countries).notices.length
	},
	{
		path: '/education',
		vocab: () => ({ keys: ['level', 'schools', 'skill', 'pair', 'countries'], values: [...SCHOOL_LEVELS, ...SCHOOL_VIEWS, ...SKILLS, ...PAIR_KEYS, ...data.countries, 'lycée'] }),
		notices: (p) => parseEducationView(p, data.countries).notices.length
	},
	{
		path: '/data',
		vocab: () => ({ keys: ['countries', 'indicators', 'from', 'to'], values: [...data.countries, 'internet-users', 'all', '2000'] }),
		notices: (p) =>
			parseDataView(p, { knownCountries: data.countries, knownIndicators: data.dataIndicators, firstYear: data.dataYears[0], lastYear: data.dataYears[1], defaults: DEFAULT_DATA_VIEW })
				.notices.length
	}
];

/** A handful of generated query strings: the most dropped from, the longest, the most percent-junk, all noticed. */
function nastiest(target: Target): string[] {
	const samples = fc.sample(queryString(target.vocab()), { seed: 20_251_111, numRuns: 400 }).map((qs) => ({ qs, n: target.notices(new URLSearchParams(qs)) }));
	const noticed = samples.filter((s) => s.n > 0);
	const pick = (by: (s: { qs: string; n: number }) => number) => [...noticed].sort((a, b) => by(b) - by(a))[0].qs;
	return [...new Set([pick((s) => s.n), pick((s) => s.qs.length), pick((s) => (s.qs.match(/%/g) ?? []).length)])];
}

describe.concurrent('fuzzed addresses in the browser', () => {
	for (const target of TARGETS) {
		for (const lang of ['', '/fr']) {
			it(`survives the nastiest query strings on ${lang}${target.path}`, async () => {
				const path = `${lang}${target.path === '/' && lang ? '' : target.path}`;
				for (const qs of nastiest(target)) {
					const { page, errors, close } = await openPage(browser);
					const response = await page.goto(`${site}${path}?${qs}`);
					expect(response?.status()).toBe(200);
					const notice = page.locator('.notices[role="status"]').first();
					await notice.waitFor({ timeout: 30_000 });
					await expect(notice.isVisible(), qs.slice(0, 200)).resolves.toBe(true);
					// One line per notice the parser gives for the address as the browser reads it (a raw `#` ends
					// the query), each short however long the address (names and values clipped, many codes or
					// parameters grouped).
					const lines = await notice.locator('li').allTextContents();
					expect(lines.length, qs.slice(0, 200)).toBe(target.notices(new URL(page.url()).searchParams));
					for (const line of lines) expect(line.length, line.slice(0, 200)).toBeLessThan(400);
					await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
					await page.waitForLoadState('networkidle');
					expect(errors, qs.slice(0, 200)).toEqual([]);
					await close();
				}
			});
		}
	}
});

describe('notices that could flood', () => {
	it('say a repeated parameter once, group many bad codes and clip a long name (EN and FR)', async () => {
		const bad = Array.from({ length: 12 }, (_, i) => `Q${String.fromCharCode(65 + i)}Z`);
		const qs = `countries=TGO,${bad.join(',')}&countries=SEN&${'x'.repeat(300)}=1`;
		const expected = {
			en: ['“countries” is given more than once; the first value is used.', `12 codes are not those of African Union member states; they were ignored: “QAZ”, “QBZ”, “QCZ” and 9 more.`],
			fr: ['« countries » figure plusieurs fois dans l’adresse ; la première valeur est utilisée.', '12 codes ne sont pas ceux d’États membres de l’Union africaine ; ils ont été ignorés : « QAZ », « QBZ », « QCZ » et 9 autres.']
		};
		for (const [lang, path] of [['en', '/compare'], ['fr', '/fr/indicator/internet-users']] as const) {
			const { page, errors, close } = await openPage(browser);
			await page.goto(`${site}${path}?${qs}`);
			const notice = page.locator('.notices[role="status"]').first();
			await notice.waitFor({ timeout: 30_000 });
			const lines = await notice.locator('li').allTextContents();
			expect(lines).toHaveLength(3);
			for (const line of expected[lang]) expect(lines).toContain(line);
			expect(lines.find((l) => l.includes('xxx'))).toContain(`${'x'.repeat(39)}…`);
			expect(lines.join('').length).toBeLessThan(500);
			expect(errors).toEqual([]);
			await close();
		}
	});
});
