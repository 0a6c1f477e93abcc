/**
 * The indicator view's derivations, from its load data and query results to chart props: one definition
 * used by /indicator/<id>, its embed and its link-preview image, so the three cannot draw different things.
 * How an indicator is named, formatted and scaled is here too; the compare views use the same.
 */
import type { LineSeries } from '$lib/charts/line-chart';
import { BAR_COLOUR, colourFor } from '$lib/charts/palette';
import { formatNumber, formatTick, formatValue } from '$lib/i18n/format';
import { type Locale, localized } from '$lib/i18n/locales';
import { indicatorPage } from '$lib/i18n/messages/indicator';
import type { IndicatorMeta, RankingRow, SeriesPoint, YearCoverage } from '$lib/queries/indicator';
import { rankingWindow } from './state';

type Described = Pick<IndicatorMeta, 'name_en' | 'name_fr' | 'unit' | 'unit_en' | 'unit_fr' | 'decimals'>;

/** An indicator's name, unit and formatters in the page's language. */
export function indicatorText(entry: Described, locale: Locale) {
	return {
		name: localized(entry, 'name', locale),
		unit: localized(entry, 'unit', locale),
		format: (value: number | null | undefined) => formatValue(locale, value, entry.unit, entry.decimals),
		tick: (value: number) => formatTick(locale, value, entry.unit),
		/** A change between two values: percentage points for percentages, the unit otherwise; signed. */
		change: (start: number, end: number, pointsLabel: string) => {
			const d = end - start;
			const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
			const size = Math.abs(d);
			return entry.unit === 'percent'
				? `${sign}${formatNumber(locale, size, entry.decimals)} ${pointsLabel}`
				: `${sign}${formatValue(locale, size, entry.unit, entry.decimals)}`;
		}
	};
}

/**
 * The value axis of every chart of an indicator: a fixed 0–100 (or 0–1) for true shares; other units
 * (prices as a share of income, indexes, counts) fit their data.
 */
export function fullRange(entry: Pick<IndicatorMeta, 'valid_min' | 'valid_max'>): [number, number] | undefined {
	if (entry.valid_min === 0 && entry.valid_max === 100) return [0, 100];
	if (entry.valid_min === 0 && entry.valid_max === 1) return [0, 1];
	return undefined;
}

export interface IndicatorChartData {
	countries: { iso3: string; name_en: string; name_fr: string }[];
	/** Every country's values since the first well-covered year, one entry per country. */
	context: { iso3: string; years: number[]; values: number[] }[];
}

export const countryNamesIn = (locale: Locale, countries: IndicatorChartData['countries']): ReadonlyMap<string, string> =>
	new Map(countries.map((c) => [c.iso3, localized(c, 'name', locale)]));

/** Highlighted countries' colours, in selection order. */
export const highlightColours = (codes: string[]): Record<string, string> => Object.fromEntries(codes.map((c, i) => [c, colourFor(i)]));

/** Grey lines for every other country, then the highlighted ones in their colours. */
export function indicatorLineSeries(names: ReadonlyMap<string, string>, context: IndicatorChartData['context'], highlighted: SeriesPoint[], shown: string[]): LineSeries[] {
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

/** Each highlighted country's latest value, `Togo 12.4% (2022)`, in selection order; countries without one left out. */
export function latestHighlighted(names: ReadonlyMap<string, string>, highlighted: SeriesPoint[], shown: string[], format: (v: number) => string): string[] {
	return shown
		.map((iso3) => highlighted.filter((p) => p.iso3 === iso3).at(-1))
		.filter((p) => p !== undefined)
		.map((p) => `${names.get(p.iso3)} ${format(p.value)} (${p.year})`);
}

/** The highlighted values as table rows, one per year, latest first. */
export function valuesByYear(highlighted: SeriesPoint[]): { year: number; values: Record<string, number> }[] {
	const byYear = new Map<number, Record<string, number>>();
	for (const p of highlighted) {
		if (!byYear.has(p.year)) byYear.set(p.year, {});
		byYear.get(p.year)![p.iso3] = p.value;
	}
	return [...byYear].sort((a, b) => b[0] - a[0]).map(([year, values]) => ({ year, values }));
}

/** The years a reader can rank by, latest first. */
export const rankingYears = (years: { firstWellCovered: number; last: number }) =>
	Array.from({ length: years.last - years.firstWellCovered + 1 }, (_, i) => years.last - i);

type Titled = { meta: Described; years: YearCoverage };

/** The chart over time's title: the indicator and its well-covered years. */
export const overTimeTitle = (locale: Locale, { meta, years }: Titled) =>
	indicatorPage[locale].overTime(localized(meta, 'name', locale), years.firstWellCovered, years.last);

/** The ranking's title: in the year, or "latest value up to" the year for indicators ranked over a window. */
export function rankingTitle(locale: Locale, { meta, years }: Titled, year: number) {
	const t = indicatorPage[locale];
	const name = localized(meta, 'name', locale);
	return rankingWindow(years) ? t.rankingLatest(name, year) : t.ranking(name, year);
}
