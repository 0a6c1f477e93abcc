/** The site search on the real data (countries, indicators, projects, pages), in both languages. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeEngine } from '$lib/db/node';
import type { Locale } from '$lib/i18n/locales';
import { searchRows, type SearchRows } from '$lib/queries/search';
import { searchDocs } from './docs';
import { createSiteSearch, SEARCH_TIER, tokenize, type SiteSearch } from './engine';

let db: NodeEngine;
let rows: SearchRows;
const engines = {} as Record<Locale, SiteSearch>;
beforeAll(async () => {
	db = new NodeEngine();
	rows = await searchRows(db);
	for (const locale of ['en', 'fr'] as const) engines[locale] = createSiteSearch(searchDocs(rows, locale));
});
afterAll(() => db.close());

const search = (query: string, locale: Locale) => engines[locale].search(query);
const first = (query: string, locale: Locale) => search(query, locale)[0];

describe('the index built from the data', () => {
	it('holds every indicator, country and project, and the pages, in each language', () => {
		for (const locale of ['en', 'fr'] as const) {
			const docs = searchDocs(rows, locale);
			const count = (kind: string) => docs.filter((d) => d.kind === kind).length;
			expect(count('indicator')).toBe(rows.indicators.length);
			expect(count('country')).toBe(55);
			expect(count('project')).toBe(rows.projects.length);
			expect(count('page')).toBe(8);
		}
		expect(rows.indicators.length).toBeGreaterThan(100);
		expect(rows.projects.length).toBeGreaterThan(30);
	});

	it("shows the page's language and searches the other's", () => {
		const fr = searchDocs(rows, 'fr');
		const sen = fr.find((d) => d.kind === 'country' && d.id === 'SEN')!;
		expect(sen).toMatchObject({ title: 'Sénégal', names: ['Senegal'], codes: ['SEN', 'SN'] });
		const net = rows.indicators.find((i) => i.id === 'internet-users')!;
		expect(fr.find((d) => d.id === 'internet-users')).toMatchObject({ title: net.name_fr, names: [net.name_en], codes: [net.source_code], text: net.description_fr });
		expect(searchDocs(rows, 'en').find((d) => d.id === 'internet-users')).toMatchObject({ title: net.name_en, text: net.description_en });
	});
});

describe('tokenize', () => {
	it('keeps elided words whole and in parts, and splits on hyphens', () => {
		expect(tokenize("Côte d'Ivoire")).toEqual(['Côte', 'd', 'Ivoire', 'dIvoire']);
		expect(tokenize('Guinée-Bissau')).toEqual(['Guinée', 'Bissau']);
	});
});

describe('ranking on the real data: exact, then prefix, then fuzzy', () => {
	it.each<[string, Locale, string]>([
		['cote divoire', 'en', 'CIV'],
		["côte d'ivoire", 'fr', 'CIV'],
		['Ivory Coast', 'fr', 'CIV'],
		['senegal', 'en', 'SEN'],
		['SENEGAL', 'fr', 'SEN'],
		['SEN', 'en', 'SEN'],
		['sn', 'fr', 'SEN'],
		['RDC', 'en', 'COD'],
		['Niger', 'en', 'NER'],
		['Guinée', 'fr', 'GIN']
	])('"%s" (%s) finds %s first, as an exact name or code', (query, locale, iso3) => {
		expect(first(query, locale)).toMatchObject({ doc: { kind: 'country', id: iso3 }, tier: SEARCH_TIER.exactName });
	});

	it('ranks a name that starts with the query before names that only contain its words', () => {
		const hits = search('Niger', 'en');
		expect(hits.map((h) => h.doc.id).slice(0, 2)).toEqual(['NER', 'NGA']);
		expect(hits[1].tier).toBe(SEARCH_TIER.namePrefix);
		const guinea = search('guinea', 'en').filter((h) => h.doc.kind === 'country');
		expect(guinea[0].doc.id).toBe('GIN');
		expect(guinea.map((h) => h.doc.id)).toEqual(expect.arrayContaining(['GNB', 'GNQ']));
		expect(search('seneg', 'fr')[0]).toMatchObject({ doc: { id: 'SEN' }, tier: SEARCH_TIER.namePrefix });
	});

	it('tolerates a typo, ranking typo matches after the exact and prefix ones', () => {
		expect(first('senegl', 'en')).toMatchObject({ doc: { kind: 'country', id: 'SEN' }, tier: SEARCH_TIER.fuzzy });
		expect(first('cameroun', 'en')).toMatchObject({ doc: { id: 'CMR' } });
		const tiers = search('tanzana', 'fr').map((h) => h.tier);
		expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
		// Short words are not fuzzed: "sen" is Senegal's code, not "ben" or "set".
		expect(search('sen', 'en').every((h) => h.tier < SEARCH_TIER.fuzzy)).toBe(true);
	});

	it('"internet" finds the indicators named after it first, the Internet users indicator among them', () => {
		const hits = search('internet', 'en');
		const named = hits.filter((h) => /internet/i.test(h.doc.title));
		expect(named.length).toBeGreaterThan(1);
		expect(hits.slice(0, named.length).every((h) => /internet/i.test(h.doc.title))).toBe(true);
		expect(hits.slice(0, 5).map((h) => h.doc.id)).toContain('internet-users');
		// Definitions are searched too, below the names.
		expect(hits.some((h) => !/internet/i.test(h.doc.title) && h.doc.text && /internet/i.test(h.doc.text))).toBe(true);
	});

	it('folds accents and case: an unaccented word finds the accented French word whole, not as a typo', () => {
		for (const query of ['telephonie', 'TÉLÉPHONIE']) {
			const hit = first(query, 'fr');
			expect(hit.doc.title).toMatch(/téléphonie/);
			expect(hit.tier).toBe(SEARCH_TIER.words);
		}
	});

	it('finds an indicator by its publisher code', () => {
		expect(first('IT.NET.USER.ZS', 'fr')).toMatchObject({ doc: { id: 'internet-users' }, tier: SEARCH_TIER.exactName });
	});

	it('French "éducation" finds the education page first, then education indicators, with or without accents', () => {
		for (const query of ['éducation', 'education', 'EDUCATION']) {
			const hits = search(query, 'fr');
			expect(hits[0]).toMatchObject({ doc: { kind: 'page', id: '/education' }, tier: SEARCH_TIER.exactName });
			const education = new Set(rows.indicators.filter((i) => i.topic.startsWith('education')).map((i) => i.id));
			expect(hits.filter((h) => h.doc.kind === 'indicator' && education.has(h.doc.id)).length).toBeGreaterThan(5);
		}
	});

	it('finds projects and pages by name in either language', () => {
		const giga = rows.projects.find((p) => p.id === 'giga')!;
		expect(first(giga.name_en, 'fr')).toMatchObject({ doc: { kind: 'project', id: 'giga' } });
		expect(first('Comparer', 'en')).toMatchObject({ doc: { kind: 'page', id: '/compare' } });
		expect(first('sources', 'fr')).toMatchObject({ doc: { kind: 'page', id: '/sources' } });
	});

	it('keeps every document in order for an empty query, and finds nothing for nonsense', () => {
		expect(search('  ', 'en')).toHaveLength(searchDocs(rows, 'en').length);
		expect(search('xyzzyq', 'fr')).toEqual([]);
	});
});
