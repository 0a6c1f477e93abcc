/**
 * The indicator view's two charts as props (over time: grey context lines and the highlighted countries;
 * ranking: one bar per country), derived from the indicator page's load data. Shared by the indicator
 * embed and its link-preview image, so both draw what /indicator/<id> draws.
 */
import type { LineSeries } from '$lib/charts/line-chart';
import { BAR_COLOUR, colourFor } from '$lib/charts/palette';
import { type Locale, localized } from '$lib/i18n/locales';
import type { RankingRow } from '$lib/queries/indicator';

export interface IndicatorChartData {
	countries: { iso3: string; name_en: string; name_fr: string }[];
	context: { iso3: string; years: number[]; values: number[] }[];
}

export const countryNamesIn = (locale: Locale, countries: IndicatorChartData['countries']) =>
	new Map(countries.map((c) => [c.iso3, localized(c, 'name', locale)]));

export const highlightColours = (codes: string[]): Record<string, string> => Object.fromEntries(codes.map((c, i) => [c, colourFor(i)]));

/** Grey lines for every other country, then the highlighted ones in their colours. */
export function indicatorLineSeries(
	names: ReadonlyMap<string, string>,
	context: IndicatorChartData['context'],
	highlighted: { iso3: string; year: number; value: number }[],
	shown: string[]
): LineSeries[] {
	const colours = highlightColours(shown);
	const selected = new Set(shown);
	const grey = context
		.filter((c) => !selected.has(c.iso3))
		.map((c) => ({ key: c.iso3, label: names.get(c.iso3) ?? c.iso3, colour: null, points: c.years.map((x, i) => ({ x, y: c.values[i] })) }));
	const focus = shown.map((iso3) => ({
		key: iso3,
		label: names.get(iso3) ?? iso3,
		colour: colours[iso3],
		points: highlighted.filter((p) => p.iso3 === iso3).map((p) => ({ x: p.year, y: p.value }))
	}));
	return [...grey, ...focus];
}

/** The ranking's bars: highlighted countries in their colours, a value's year where it is not the ranking's. */
export function indicatorBars(names: ReadonlyMap<string, string>, ranking: RankingRow[], shown: string[], year: number) {
	const colours = highlightColours(shown);
	return ranking
		.filter((r) => r.value !== null)
		.map((r) => ({
			key: r.iso3,
			label: names.get(r.iso3) ?? r.iso3,
			value: r.value!,
			colour: colours[r.iso3] ?? BAR_COLOUR,
			emphasised: r.iso3 in colours,
			detail: r.year !== year ? `(${r.year})` : undefined
		}));
}

/** A 0–100 (or 0–1) axis only for true shares; other units fit their data. */
export const fullRangeOf = (meta: { valid_min: number | null; valid_max: number | null }): [number, number] | undefined =>
	meta.valid_min === 0 && meta.valid_max === 100 ? [0, 100] : meta.valid_min === 0 && meta.valid_max === 1 ? [0, 1] : undefined;
