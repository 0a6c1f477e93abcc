/**
 * The figure's heading is written from the controls the moment they change (the chart catches up under its
 * progress): it must name the unit the chart is about to draw — the change since a base year, or the log scale
 * — not the plain unit (the change view once showed "$ US courants par habitant" over a chart of % changes).
 * Read against the real catalogue, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { comparePage } from '$lib/i18n/messages/compare';
import { indicatorCatalogue, type CompareParams } from '$lib/queries/compare';
import { realRowsById } from '../../../../tests/support/real-data';
import { indicatorText } from './context';
import { compareHeading } from './heading';

const entries = realRowsById(indicatorCatalogue);

const line = (indicator: string): CompareParams => ({ chart: 'line', indicator, from: 2010, to: 2022, align: 'year' }) as CompareParams;

describe('compare heading (real catalogue)', () => {
	it.each(['en', 'fr'] as const)('names the change since the base year, in points for a share and in %% for money (%s)', (locale) => {
		const t = comparePage[locale];
		const heading = (indicator: string, base: number | null) => compareHeading(line(indicator), (id) => entries.get(id), t, locale, { base })!.subtitle;
		expect(heading('gdp-per-capita', 2015)).toBe(t.changePercent(2015));
		expect(heading('internet-users', 2015)).toBe(t.changePoints(2015));
		// No base year, or one outside the chart's years: the indicator's own unit.
		const unit = indicatorText(entries.get('gdp-per-capita')!, locale).unit;
		expect(heading('gdp-per-capita', null)).toBe(unit);
		expect(heading('gdp-per-capita', 2030)).toBe(unit);
	});

	it.each(['en', 'fr'] as const)('says the log scale on the line and bar charts only (%s)', (locale) => {
		const t = comparePage[locale];
		const unit = indicatorText(entries.get('gdp-per-capita')!, locale).unit;
		const withLog = (params: CompareParams) => compareHeading(params, (id) => entries.get(id), t, locale, { scale: 'log' })!.subtitle;
		expect(withLog(line('gdp-per-capita'))).toBe(t.logScale(unit));
		expect(withLog({ chart: 'bar', indicator: 'gdp-per-capita', year: 2020, window: 0, lowerIsBetter: false } as CompareParams)).toBe(t.logScale(unit));
		expect(withLog({ chart: 'slope', indicator: 'gdp-per-capita', from: 2010, to: 2020 } as CompareParams)).toBe(unit);
	});
});
