/** Accessions in words for the line charts, from the curated memberships (real data, both languages). */
import { describe, expect, it } from 'vitest';
import { prerenderEngine } from '$lib/db/node';
import { smartAfricaMemberships } from '$lib/queries/membership';
import { accessionMarks, accessionsSentence } from './describe';

const joins = async () => (await smartAfricaMemberships(prerenderEngine())).map((m) => ({ iso3: m.iso3, joined: m.joined, precision: m.joined_precision }));

describe('accessions for a line chart', () => {
	it('marks each dated member at its year of joining, saying the date to its precision in the page’s language', async () => {
		const all = await joins();
		const day = all.find((j) => j.precision === 'day')!;
		// Togo: November 2016 (to the month); Senegal: 2014 (to the year); Ghana: no date, only "a member by".
		const shown = ['TGO', 'SEN', 'GHA', day.iso3];
		const en = accessionMarks('en', all, shown);
		expect(Object.keys(en)).toEqual(['TGO', 'SEN', day.iso3]);
		expect(en.TGO).toEqual({ year: 2016, text: 'Joined Smart Africa in November 2016' });
		expect(en.SEN).toEqual({ year: 2014, text: 'Joined Smart Africa in 2014' });
		expect(en[day.iso3].year).toBe(Number(day.joined!.slice(0, 4)));
		expect(en[day.iso3].text).toMatch(/^Joined Smart Africa on \d{1,2} \w{3} \d{4}$/);
		const fr = accessionMarks('fr', all, shown);
		expect(fr.TGO.text).toBe('A rejoint Smart Africa en novembre 2016');
		expect(fr[day.iso3].text).toMatch(/^A rejoint Smart Africa le \d{1,2} \S+ \d{4}$/);
	});

	it('says them in one sentence for the table, and nothing for a non-member', async () => {
		const all = await joins();
		const name = (iso3: string) => ({ TGO: 'Togo', SEN: 'Sénégal', NGA: 'Nigéria' })[iso3] ?? iso3;
		expect(accessionsSentence('fr', all, ['TGO', 'SEN'], name)).toBe('Adhésion à Smart Africa : Togo en novembre 2016 et Sénégal en 2014.');
		expect(accessionsSentence('en', all, ['ERI'], name)).toBe('');
	});
});
