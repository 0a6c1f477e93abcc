/**
 * The French of the catalogue's shown texts: every curation note and every citation has one, and each
 * French text carries exactly the numbers of its English (a translation adds, drops or alters no figure).
 */
import { describe, expect, it } from 'vitest';
import { CITATIONS_FR, NOTES_FR, citationFr, notesFr } from './catalog-text.ts';
import { factSources } from './facts.ts';
import { INDICATORS, SOURCES } from './index.ts';

/**
 * The numbers of a text, as values: English writes 264,257 and 0.448, French 264 257 and 0,448. Dotted
 * codes (SDG 17.6.1, IT.NET.USER.ZS) read the same in both.
 */
function numbers(text: string, locale: 'en' | 'fr'): string[] {
	const plain =
		locale === 'en'
			? text.replace(/(\d),(\d{3})/g, '$1$2')
			: text.replace(/(\d)[\u202f\u00a0](\d{3})/g, '$1$2').replace(/(\d),(\d)/g, '$1.$2');
	return (plain.match(/\d+(?:\.\d+)*/g) ?? []).sort();
}

describe('French of the curation notes and citations', () => {
	it('gives every indicator’s notes and every source’s citation its French', () => {
		const notes = INDICATORS.filter((i) => i.notes !== null);
		expect(notes.length).toBeGreaterThan(100);
		for (const i of notes) expect(notesFr(i.notes), `notes of ${i.id}`).toEqual(expect.any(String));
		for (const s of [...SOURCES, ...factSources([], [])]) expect(citationFr(s.citation), `citation of ${s.id}`).toEqual(expect.any(String));
		expect(notesFr(null)).toBeNull();
		expect(notesFr('A note nobody translated.')).toBeNull();
	});

	it('keeps every number of the English in the French, and adds none', () => {
		const pairs = [...Object.entries(NOTES_FR), ...Object.entries(CITATIONS_FR)];
		expect(pairs.length).toBeGreaterThan(50);
		for (const [en, fr] of pairs) expect(numbers(fr, 'fr'), fr).toEqual(numbers(en, 'en'));
		// The check reads numbers as values: a changed figure or a dropped year fails it.
		expect(numbers('Seychelles : 264\u202f257 par million en 2018', 'fr')).toEqual(numbers('Seychelles: 264,257 per million in 2018', 'en'));
		expect(numbers('5,81 ÷ 12,96 = 0,448', 'fr')).not.toEqual(numbers('5.81 ÷ 12.96 = 0.449', 'en'));
	});

	it('writes French typography and the publishers’ French names', () => {
		for (const fr of Object.values(NOTES_FR)) {
			expect(fr, fr).not.toMatch(/\d%/); // "4 à 6 %", never "6%"
			expect(fr, fr).not.toMatch(/\bWorld Bank\b|\bUnited Nations\b|International Telecommunication Union/);
		}
		for (const fr of Object.values(CITATIONS_FR)) expect(fr).not.toMatch(/^(World Bank|United Nations|International Telecommunication Union)\b/);
	});
});
