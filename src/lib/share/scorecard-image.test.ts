/**
 * The country scorecard's images (share downloads and link previews), drawn from the real scorecard
 * rows of every country by native DuckDB: every source, licence and retrieval date is in the picture,
 * wrapped and never cut, with the site's credit on a line of its own, in English and French.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCORECARD, SCORECARD_INDICATORS } from '$lib/views/country/scorecard';
import { NodeEngine } from '$lib/db/node';
import { formatDate } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import { rowSourceNames } from '$lib/i18n/source-names';
import { countryIds, countryScorecard, type ScorecardRow } from '$lib/queries/country';
import { composeCard, estimateText } from './card';
import { scorecardChart } from './scorecard-image';
import { scorecardSource } from './scorecard-source';

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const texts = (svg: string) => [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({ x: +m[1], y: +m[2], text: unescape(m[3]) }));

let db: NodeEngine;
const scorecards = new Map<string, ScorecardRow[]>();
beforeAll(async () => {
	db = new NodeEngine();
	for (const iso3 of await countryIds(db)) scorecards.set(iso3, await countryScorecard(db, iso3, SCORECARD_INDICATORS));
}, 120_000);
afterAll(() => db.close());

describe.each(['en', 'fr'] as Locale[])('scorecard image (%s)', (locale) => {
	it('carries every source, licence and retrieval date, wrapped within the card, with the credit below', () => {
		let most = 0;
		for (const [iso3, rows] of scorecards) {
			const source = scorecardSource(rows, locale);
			const used = new Map(rows.filter((r) => r.value !== null).map((r) => [r.source_id, r]));
			most = Math.max(most, used.size);
			for (const r of used.values()) {
				const names = rowSourceNames(locale, r);
				for (const part of [names.publisher, names.dataset, names.licence, formatDate(locale, r.source_retrieved)]) expect(source, iso3).toContain(part);
			}
			for (const width of [600, 1200]) {
				const card = composeCard({ chart: scorecardChart(locale, SCORECARD, rows), title: iso3, source, credit: 'Site · example.org', width });
				const footer = texts(card.svg.slice(card.svg.lastIndexOf('</svg>', card.svg.length - 7)));
				const credit = footer.at(-1)!;
				const lines = footer.slice(0, -1);
				expect(lines.map((l) => l.text).join(' '), `${iso3} at ${width} px`).toBe(source.replace(/[ \t\n]+/g, ' '));
				const scale = Math.min(1.6, Math.max(0.85, width / 760));
				for (const l of lines) expect(estimateText(l.text, Math.round(12.5 * scale), 400)).toBeLessThanOrEqual(width - 2 * Math.round(20 * scale));
				expect(credit.text).toBe('Site · example.org');
				expect(credit.y).toBeGreaterThan(Math.max(...lines.map((l) => l.y)));
				expect(Math.max(credit.y, ...lines.map((l) => l.y))).toBeLessThan(card.height);
			}
		}
		// The real data: some country draws on at least six sources (the case that was cut after two).
		expect(most).toBeGreaterThanOrEqual(6);
	});

	it('writes every indicator name in full, so no two rows read the same', () => {
		for (const [iso3, rows] of scorecards) {
			const chart = scorecardChart(locale, SCORECARD, rows);
			const names = rows.map((r) => (locale === 'fr' ? r.name_fr : r.name_en));
			const drawn = texts(chart.content).filter((t) => t.x === 0).map((t) => t.text);
			// Each name is drawn whole, over one or more lines in a row.
			const joined = drawn.join('\n');
			for (const name of names) expect(joined.replace(/\n/g, ' '), iso3).toContain(name.replace(/[ \t\n]+/g, ' '));
			expect(joined).not.toContain('…');
		}
	});

	it('uses the publishers’ names in the page’s language and its typography', () => {
		const source = scorecardSource(scorecards.get('TGO')!, locale);
		if (locale === 'fr') {
			expect(source).toMatch(/^Source\u00a0: /);
			expect(source).toContain('Banque mondiale, Indicateurs du développement dans le monde');
			expect(source).not.toMatch(/World Bank|retrieved/);
		} else {
			expect(source).toMatch(/^Source: /);
			expect(source).toContain('World Bank, World Development Indicators');
		}
	});
});
