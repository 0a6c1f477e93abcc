/**
 * Charts that describe themselves: one short paragraph per chart, computed from the rows and encodings
 * the chart itself draws, in the page's language. It says what the chart shows and over which years, the
 * highest and lowest value, each selected country's values (first and last, for charts over time) with its
 * rank, and the reference lines (the groups' medians). The chart's SVG carries it as its <desc>; a
 * ChartSummary shows it under the chart; image exports carry it as alt text.
 *
 * Pure: numbers come formatted by the caller's `format` (the indicator's unit and decimals, per locale),
 * so a summary and the chart's labels can never write the same value two ways.
 */
import type { Locale } from '$lib/i18n/locales';
import { describeText } from '$lib/i18n/messages/describe';
import type { Bar } from '../bar-chart';
import type { Accession } from '$lib/membership/timeline';
import type { DotRow, DotSeries } from '../dot-plot';
import type { LineReference, LineSeries } from '../line-chart';
import type { ScatterPoint } from '../scatter-chart';
import type { SlopeLine } from '../slope-chart';

/** What a chart measures: the indicator's name and its values as the chart writes them. */
export interface Measure {
	name: string;
	format: (value: number | null) => string;
}

/** An indicator as the views hold it (name, unit, formatter) as a chart's measure: its name says its unit. */
export const measureOf = (indicator: { name: string; unit: string; format: (value: number | null) => string }): Measure => ({
	name: `${indicator.name} (${indicator.unit})`,
	format: indicator.format
});

/** At most this many selected countries are named one by one; the rest are counted. */
const MAX_SELECTED = 4;

export interface Valued {
	key: string;
	label: string;
	value: number;
}

/** Highest and lowest (first of equals, in the order given). */
export function extremes<T extends { value: number }>(rows: readonly T[]): { top: T; bottom: T } | null {
	if (!rows.length) return null;
	let top = rows[0];
	let bottom = rows[0];
	for (const row of rows) {
		if (row.value > top.value) top = row;
		if (row.value < bottom.value) bottom = row;
	}
	return { top, bottom };
}

/** Rank from the highest value (1 = highest; equal values share a rank), or null if the key has no value. */
export function rankOf(rows: readonly Valued[], key: string): number | null {
	const own = rows.find((r) => r.key === key);
	if (!own) return null;
	return 1 + rows.filter((r) => r.value > own.value).length;
}

/**
 * The x value the chart's findings speak of: the latest one at which at least half of the series have a
 * value (the newest year is often reported by only a few countries).
 */
export function findingX(series: readonly { points: readonly { x: number }[] }[]): number | null {
	const count = new Map<number, number>();
	for (const s of series) for (const p of s.points) count.set(p.x, (count.get(p.x) ?? 0) + 1);
	const xs = [...count].filter(([, n]) => n * 2 >= series.length).map(([x]) => x);
	return xs.length ? Math.max(...xs) : null;
}

/** Each series' value at x, where it has one. */
function valuesAt(series: readonly LineSeries[], x: number): Valued[] {
	return series.flatMap((s) => {
		const point = s.points.find((p) => p.x === x);
		return point ? [{ key: s.key, label: s.label, value: point.y }] : [];
	});
}

function selectedList(locale: Locale, items: string[]): string {
	const t = describeText[locale];
	const shown = items.slice(0, MAX_SELECTED);
	if (items.length > shown.length) shown.push(t.moreSelected(items.length - shown.length));
	const text = shown.join(locale === 'fr' ? '\u00a0; ' : '; ');
	// It begins a sentence: a series named in lower case ("électricité") takes a capital here.
	return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function sentence(parts: (string | null | undefined | false)[]): string {
	return parts.filter(Boolean).join(' ');
}

function extremesSentence(locale: Locale, measure: Measure, rows: Valued[], at: string): string | null {
	const t = describeText[locale];
	const found = extremes(rows);
	if (!found || rows.length < 2) return null;
	return t.extremes(at, t.named(found.top.label, measure.format(found.top.value)), t.named(found.bottom.label, measure.format(found.bottom.value)));
}

/**
 * What every chart of one value per country goes on to say (a ranking, a map): the highest and lowest,
 * each selected country's value and rank, and the reference values (the groups' medians).
 */
function oneValueFindings(
	locale: Locale,
	measure: Measure,
	rows: Valued[],
	selected: { key: string; label: string; value: number | null }[],
	references: { value: number; label: string }[]
): (string | null | false)[] {
	const t = describeText[locale];
	const picked = selected.map((s) => t.selected(s.label, measure.format(s.value), s.value !== null && rows.length > 1 ? t.rank(rankOf(rows, s.key)!, rows.length) : ''));
	return [
		extremesSentence(locale, measure, rows, ''),
		picked.length > 0 && selectedList(locale, picked),
		references.length > 0 && selectedList(locale, references.map((r) => t.reference(r.label, measure.format(r.value))))
	];
}

export interface LinesInput {
	locale: Locale;
	measure: Measure;
	/** The chart's series: coloured ones are the selected countries, grey ones the context. */
	series: LineSeries[];
	references?: LineReference[];
	/** When an x value is, in words (default: a year, `in 2023`); e.g. years since joining. */
	at?: (x: number) => string;
}

/** A line chart over time (compare, indicator, the country profile's sparklines). */
export function describeLines({ locale, measure, series, references = [], at }: LinesInput): string {
	const t = describeText[locale];
	const when = at ?? t.inYear;
	const drawn = series.filter((s) => s.points.length);
	if (!drawn.length) return t.noData(measure.name);
	const xs = drawn.flatMap((s) => s.points.map((p) => p.x));
	const first = Math.min(...xs);
	const last = Math.max(...xs);
	const label = (x: number) => (at ? at(x) : String(x));
	const finding = findingX(drawn);
	const selected = drawn
		.filter((s) => s.colour)
		.map((s) => {
			const start = s.points[0];
			const end = s.points[s.points.length - 1];
			const values = [start !== end ? `${measure.format(start.y)} ${when(start.x)}` : null, `${measure.format(end.y)} ${when(end.x)}`].filter(Boolean).join(', ');
			const peers = valuesAt(drawn, end.x);
			const rank = peers.length > 1 ? rankOf(peers, s.key) : null;
			return t.selected(s.label, values, rank ? t.rank(rank, peers.length) : '');
		});
	const refs = references.flatMap((r) => {
		const point = (finding !== null ? r.points.find((p) => p.x === finding) : undefined) ?? r.points[r.points.length - 1];
		return point ? [t.reference(r.label, `${measure.format(point.y)} ${when(point.x)}`)] : [];
	});
	return sentence([
		t.overTime(measure.name, drawn.length, label(first), label(last)),
		finding !== null && extremesSentence(locale, measure, valuesAt(drawn, finding), when(finding)),
		selected.length > 0 && selectedList(locale, selected),
		refs.length > 0 && selectedList(locale, refs)
	]);
}

export interface RankingInput {
	locale: Locale;
	measure: Measure;
	/** The year ranked (its words come from `at`), or null when values come from several years. */
	year: number | null;
	bars: Bar[];
	references?: { value: number; label: string }[];
}

/** A ranking as bars (compare, the indicator page): emphasised bars are the selected countries. */
export function describeRanking({ locale, measure, year, bars, references = [] }: RankingInput): string {
	const t = describeText[locale];
	if (!bars.length) return t.noData(measure.name);
	const rows: Valued[] = bars.map((b) => ({ key: b.key, label: b.label, value: b.value }));
	return sentence([
		t.ranking(measure.name, bars.length, year === null ? '' : t.inYear(year)),
		...oneValueFindings(locale, measure, rows, rows.filter((r, i) => bars[i].emphasised), references)
	]);
}

export interface SlopeInput {
	locale: Locale;
	measure: Measure;
	from: number;
	to: number;
	lines: SlopeLine[];
	/** Reference lines (the groups' medians), from start to end. */
	references?: { label: string; start: number; end: number }[];
}

/** A slope chart: each country's value in two years. */
export function describeSlope({ locale, measure, from, to, lines, references = [] }: SlopeInput): string {
	const t = describeText[locale];
	if (!lines.length) return t.noData(measure.name);
	const end: Valued[] = lines.map((l) => ({ key: l.key, label: l.label, value: l.end }));
	const both = (start: number, finish: number) => `${measure.format(start)} ${t.inYear(from)}, ${measure.format(finish)} ${t.inYear(to)}`;
	const selected = lines
		.filter((l) => l.colour)
		.map((l) => t.selected(l.label, both(l.start, l.end), end.length > 1 ? t.rank(rankOf(end, l.key)!, end.length) : ''));
	return sentence([
		t.slope(measure.name, lines.length, t.inYear(from), t.inYear(to)),
		extremesSentence(locale, measure, end, t.inYear(to)),
		selected.length > 0 && selectedList(locale, selected),
		references.length > 0 && selectedList(locale, references.map((r) => t.reference(r.label, both(r.start, r.end))))
	]);
}

export interface MapInput {
	locale: Locale;
	measure: Measure;
	year: number | null;
	/** Every country the map draws, with its value or null (no data). */
	values: { key: string; label: string; value: number | null }[];
	/** Keys of the selected countries. */
	selected?: readonly string[];
	references?: { value: number; label: string }[];
}

/** A choropleth map of one indicator. */
export function describeMap({ locale, measure, year, values, selected = [], references = [] }: MapInput): string {
	const t = describeText[locale];
	const rows = values.filter((v): v is Valued => v.value !== null);
	if (!rows.length) return t.noData(measure.name);
	const picked = selected.flatMap((key) => values.filter((v) => v.key === key));
	return sentence([
		t.map(measure.name, values.length, year === null ? '' : t.inYear(year), values.length - rows.length),
		...oneValueFindings(locale, measure, rows, picked, references)
	]);
}

export interface ScatterInput {
	locale: Locale;
	x: Measure;
	y: Measure;
	year: number | null;
	points: ScatterPoint[];
	references?: { value: number; label: string }[];
}

/** A scatter plot of two indicators: selected points are the selected countries. */
export function describeScatter({ locale, x, y, year, points, references = [] }: ScatterInput): string {
	const t = describeText[locale];
	if (!points.length) return t.noData(y.name);
	const rows: Valued[] = points.map((p) => ({ key: p.key, label: p.label, value: p.y }));
	const found = extremes(points.map((p) => ({ ...p, value: p.y })))!;
	const pair = (p: ScatterPoint) => t.across(x.format(p.x), y.format(p.y));
	const selected = points.filter((p) => p.selected).map((p) => t.selected(p.label, pair(p), points.length > 1 ? t.rank(rankOf(rows, p.key)!, rows.length) : ''));
	return sentence([
		t.scatter(x.name, y.name, points.length, year === null ? '' : t.inYear(year)),
		points.length > 1 && t.extremes('', t.named(found.top.label, pair(found.top)), t.named(found.bottom.label, pair(found.bottom))),
		selected.length > 0 && selectedList(locale, selected),
		references.length > 0 && selectedList(locale, references.map((r) => t.reference(r.label, y.format(r.value))))
	]);
}

export interface DotsInput {
	locale: Locale;
	rows: DotRow[];
	series: DotSeries[];
	format: (value: number | null) => string;
}

/** A dot plot (the education panels): several series per country on one axis; emphasised rows are selected. */
export function describeDots({ locale, rows, series, format }: DotsInput): string {
	const t = describeText[locale];
	const list = new Intl.ListFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { type: 'conjunction' });
	const perSeries = series.flatMap((s) => {
		const valued = rows.flatMap((r) => {
			const value = r.values[s.key];
			return value === null || value === undefined ? [] : [{ key: r.key, label: r.label, value }];
		});
		const found = valued.length > 1 ? extremes(valued) : null;
		return found ? [t.seriesExtremes(s.label, t.named(found.top.label, format(found.top.value)), t.named(found.bottom.label, format(found.bottom.value)))] : [];
	});
	const selected = rows
		.filter((r) => r.emphasised)
		.map((r) => {
			const values = series.flatMap((s) => {
				const value = r.values[s.key];
				return value === null || value === undefined ? [] : [`${s.label} ${format(value)}`];
			});
			return values.length ? t.selected(r.label, values.join(', '), '') : null;
		})
		.filter((s): s is string => s !== null);
	return sentence([
		t.dots(list.format(series.map((s) => s.label)), rows.length),
		perSeries.length > 0 && selectedList(locale, perSeries),
		selected.length > 0 && selectedList(locale, selected)
	]);
}

export interface AccessionsInput {
	locale: Locale;
	/** The timeline's accessions, in order of joining (`count` is the members counted once each has joined). */
	accessions: Accession[];
	/** The founders' date as the chart's tooltip writes it. */
	foundingDate: string;
	/** The member that joined last among those with a known date: its name and date, as the chart writes them. */
	latest?: { name: string; date: string };
}

/** The accession timeline (home): from the founders to today's count, and the latest dated accession. */
export function describeAccessions({ locale, accessions, foundingDate, latest }: AccessionsInput): string {
	const t = describeText[locale];
	if (!accessions.length) return '';
	const founders = accessions.filter((a) => a.founding).length;
	const byDate = accessions.filter((a) => a.byDate).length;
	return sentence([
		founders > 0 && t.accessions(founders, foundingDate, Math.max(...accessions.map((a) => a.count))),
		latest && t.latestAccession(t.named(latest.name, latest.date)),
		byDate > 0 && t.byDateOnly(byDate)
	]);
}

/** The membership map (home): members, founders and non-members among the countries drawn. */
export function describeMembershipMap(locale: Locale, counts: { countries: number; members: number; founding: number }): string {
	const t = describeText[locale];
	return sentence([t.membershipMap(counts.countries, counts.members, counts.founding), counts.members > 0 && t.earlierDarker]);
}

/** A label that opens with a capital, to sit inside a sentence ("Year of joining" → "year of joining"). */
export const lowerFirst = (text: string) => (text ? `${text[0].toLowerCase()}${text.slice(1)}` : text);

/** The members' and non-members' medians as reference values for a description (groups without one left out). */
export function groupMedians(
	stats: readonly { member: boolean; median: number | null }[],
	labels: { membersMedian: string; nonMembersMedian: string }
): { value: number; label: string }[] {
	return stats.flatMap((s) => (s.median === null ? [] : [{ value: s.median, label: s.member ? labels.membersMedian : labels.nonMembersMedian }]));
}
