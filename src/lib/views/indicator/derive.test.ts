/**
 * The indicator view's derivations on its real load data (native DuckDB over the built files), checked
 * against the curated CSV: what the page, its embed and its preview image all draw.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { BAR_COLOUR, colourFor } from '$lib/charts/palette';
import { countryNamesIn, fullRange, indicatorBars, indicatorLineSeries, indicatorText, latestHighlighted, rankingTitle, rankingYears, valuesByYear } from './derive';
import { loadIndicator, type IndicatorData } from './load.server';

interface CsvObservation {
	iso3: string;
	indicator: string;
	year: string;
	value: string;
}
const curated = (parse(readFileSync('data/observations/wb-wdi-internet-2024.csv'), { columns: true }) as CsvObservation[]).filter((r) => r.indicator === 'internet-users');

let data: IndicatorData;
beforeAll(async () => {
	data = await loadIndicator({ id: 'internet-users' });
});

describe('the indicator view derived from its load data', () => {
	it('puts every other country in grey and the highlighted ones last, in their colours and with their curated values', () => {
		const names = countryNamesIn('en', data.countries);
		const shown = data.defaults.countries;
		const series = indicatorLineSeries(names, data.context, data.highlighted, shown);
		expect(series.slice(-shown.length).map((s) => s.key)).toEqual(shown);
		expect(series.slice(-shown.length).map((s) => s.colour)).toEqual(shown.map((_, i) => colourFor(i)));
		expect(series.slice(0, -shown.length).every((s) => s.colour === null && !shown.includes(s.key))).toBe(true);
		expect(series.length).toBe(data.context.length);
		const togo = series.find((s) => s.key === 'TGO')!;
		expect(togo.label).toBe('Togo');
		for (const p of togo.points) {
			const row = curated.find((r) => r.iso3 === 'TGO' && Number(r.year) === p.x)!;
			expect(p.y).toBeCloseTo(Number(row.value), 6);
		}
	});

	it("names each highlighted country's latest value and year, formatted in the page's language", () => {
		const names = countryNamesIn('fr', data.countries);
		const fr = indicatorText(data.meta, 'fr');
		const latest = latestHighlighted(names, data.highlighted, ['SEN'], fr.format);
		const last = curated.filter((r) => r.iso3 === 'SEN' && r.value !== '').sort((a, b) => Number(a.year) - Number(b.year)).at(-1)!;
		expect(latest).toEqual([`Sénégal ${fr.format(Number(last.value))} (${last.year})`]);
		expect(latest[0]).toMatch(/\d,\d\s%/); // French: a decimal comma and a space before the percent sign
	});

	it('ranks the countries with a value as bars, the highlighted ones in their colours, and tables the values by year', () => {
		const names = countryNamesIn('en', data.countries);
		const bars = indicatorBars(names, data.ranking, ['KEN'], data.defaults.year);
		expect(bars.length).toBe(data.ranking.filter((r) => r.value !== null).length);
		expect(bars.find((b) => b.key === 'KEN')).toMatchObject({ colour: colourFor(0), emphasised: true });
		expect(bars.filter((b) => b.key !== 'KEN').every((b) => b.colour === BAR_COLOUR && !b.emphasised)).toBe(true);
		const rows = valuesByYear(data.highlighted);
		expect(rows.map((r) => r.year)).toEqual([...rows.map((r) => r.year)].sort((a, b) => b - a));
		expect(rows.reduce((n, r) => n + Object.keys(r.values).length, 0)).toBe(data.highlighted.length);
		const row = rows.find((r) => r.year === 2020)!;
		expect(row.values.TGO).toBeCloseTo(Number(curated.find((r) => r.iso3 === 'TGO' && r.year === '2020')!.value), 6);
	});

	it('draws shares on a 0–100 axis and fits other units to their data', async () => {
		expect(fullRange(data.meta)).toEqual([0, 100]);
		expect(fullRange((await loadIndicator({ id: 'population' })).meta)).toBeUndefined();
	});

	it('offers the well-covered years, latest first, and titles the ranking with its year', () => {
		const years = rankingYears(data.years);
		expect(years[0]).toBe(data.years.last);
		expect(years.at(-1)).toBe(data.years.firstWellCovered);
		expect(rankingTitle('fr', data, 2020)).toContain('2020');
	});
});
