import { describe, expect, it } from 'vitest';
import { parseIndicatorView } from '$lib/views/indicator/state';
import { noticeText } from './notice-text';

const ctx = { knownCountries: new Set(['TGO', 'SEN', 'RWA', 'KEN']), firstYear: 2000, lastYear: 2024, defaults: { countries: ['TGO'], year: 2024 } };
const texts = (qs: string, locale: 'en' | 'fr') => parseIndicatorView(new URLSearchParams(qs), ctx).notices.map((n) => noticeText(n, locale));

describe('notice sentences', () => {
	it('say how many codes were dropped and name the first few (EN and FR)', () => {
		const codes = ['AAA', 'BBB', 'CCC', ...Array.from({ length: 1497 }, (_, i) => `Z${i}`)].join(',');
		expect(texts(`countries=TGO,${codes}`, 'en')).toEqual(['1,500 codes are not those of African Union member states; they were ignored: “AAA”, “BBB”, “CCC” and 1,497 more.']);
		expect(texts(`countries=TGO,${codes}`, 'fr')).toEqual([
			'1 500 codes ne sont pas ceux d’États membres de l’Union africaine ; ils ont été ignorés : « AAA », « BBB », « CCC » et 1 497 autres.'.replace(/ (?=\d{3})/g, '\u202f')
		]);
	});

	it('name two or three dropped codes without "more"', () => {
		expect(texts('countries=AAA,BBB', 'en')).toEqual(['2 codes are not those of African Union member states; they were ignored: “AAA”, “BBB”.']);
	});

	it('say when a parameter is given twice (EN and FR)', () => {
		expect(texts('countries=TGO&countries=SEN', 'en')).toEqual(['“countries” is given more than once; the first value is used.']);
		expect(texts('countries=TGO&countries=SEN', 'fr')).toEqual(['« countries » figure plusieurs fois dans l’adresse ; la première valeur est utilisée.']);
	});

	it('never echo more than a few short names, however long or many the unknown parameters', () => {
		const qs = [`${'x'.repeat(300)}=1`, ...Array.from({ length: 200 }, (_, i) => `junk${i}=1`)].join('&');
		const [text] = texts(qs, 'en');
		expect(text).toBe(`201 settings are not of this page; they were ignored: “${'x'.repeat(39)}…”, “junk0”, “junk1” and 198 more.`);
		expect(texts(`${'y'.repeat(300)}=1`, 'fr')).toEqual([`« ${'y'.repeat(39)}… » n’est pas un réglage de cette page ; il a été ignoré.`]);
	});
});
