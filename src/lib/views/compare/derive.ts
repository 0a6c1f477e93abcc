/**
 * The compare page's derivations from query results to chart inputs: pure functions, tested as data.
 * Charts stay generic; what "members", "aligned on joining" or "a median worth drawing" mean is here.
 */
import type { LineReference, LineSeries } from '$lib/charts/line-chart';
import { MANY_COLOUR, SERIES_COLOURS } from '$lib/charts/palette';
import { formatNumber, formatPercent, formatTick, formatValue } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import type { CatalogueEntry, CompactSeries, PointStat } from '$lib/queries/compare';
import type { Align, IndicatorInfo, Reference } from '$lib/views/compare/state';

/** A country as the page knows it: names, groups, and its Smart Africa join year. */
export interface CountryInfo {
	iso3: string;
	iso2: string;
	name_en: string;
	name_fr: string;
	au_region: string;
	recs: string[];
	member: boolean;
	founding: boolean;
	/** Year 0 of "years since joining"; null for non-members and members no source dates. */
	join_year: number | null;
	/** The join date ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD') and how precisely the sources know it, for the dot on the country's line. */
	joined: string | null;
	precision: 'day' | 'month' | 'year' | 'unknown';
	uncertain: boolean;
}

/** Members and non-members in the bar and scatter charts: blue and orange, darker when selected. */
export const GROUP_COLOURS = {
	member: 'var(--group-member)',
	memberSelected: 'var(--group-member-strong)',
	nonMember: 'var(--group-non-member)',
	nonMemberSelected: 'var(--group-non-member-strong)'
} as const;
/** Reference lines: members' in ink, non-members' in grey; medians dashed, means dotted. */
export const REFERENCE_COLOURS = { member: 'var(--text)', nonMember: 'var(--axis)' } as const;
/** Beyond this many selected lines, direct labels would pile up: the tooltip and table name them. */
export const LABEL_LIMIT = 16;

/** A colour per selected country (see palette.ts); re-exported for the compare page's views. */
export { MANY_COLOUR, selectionColours } from '$lib/charts/palette';

/** A selected country's own colour, or null where the selection is too large for one each (or it is not selected). */
export function ownColour(colours: Record<string, string>, iso3: string): string | null {
	const colour = colours[iso3];
	return colour && colour !== MANY_COLOUR ? colour : null;
}

export function toIndicatorInfo(c: CatalogueEntry): IndicatorInfo | null {
	if (c.first === null || c.last === null) return null;
	return {
		unit: c.unit,
		first: c.first,
		last: c.last,
		firstWellCovered: c.first_well_covered ?? c.first,
		latestWellCovered: c.latest_well_covered ?? c.last,
		wellCovered: c.well_covered,
		lowerIsBetter: c.higher_is_better === false
	};
}

/** The indicators the page can chart (those with values), for the URL state. */
export function indicatorInfoMap(catalogue: CatalogueEntry[]): Map<string, IndicatorInfo> {
	const out = new Map<string, IndicatorInfo>();
	for (const c of catalogue) {
		const info = toIndicatorInfo(c);
		if (info) out.set(c.id, info);
	}
	return out;
}

/** Totals (population, GDP, bandwidth) have no meaningful population-weighted mean. */
export function meansApply(entry: Pick<CatalogueEntry, 'id' | 'unit'>): boolean {
	return !['count', 'mbit-s'].includes(entry.unit) && entry.id !== 'gdp';
}

/** The value axis, as on the indicator page: 0–100 for true shares, other units fit their data. */
export { fullRange } from '$lib/views/indicator/derive';

/** `+3`, `0`, `−2` (a true minus sign): ticks of a "years since joining" axis. */
export const signedYears = (t: number) => (t > 0 ? `+${t}` : t < 0 ? `−${-t}` : '0');

/**
 * Lines for the line chart. By calendar year: every country, selected ones coloured. Aligned on
 * joining: only members with a join year, each point at (year − join year), its calendar year kept as a
 * note; a member whose date is uncertain is dashed.
 */
export function lineSeries({
	series,
	selected,
	colours,
	name,
	align,
	countries
}: {
	series: CompactSeries[];
	selected: string[];
	colours: Record<string, string>;
	name: (iso3: string) => string;
	align: Align;
	countries: ReadonlyMap<string, Pick<CountryInfo, 'join_year' | 'uncertain'>>;
}): LineSeries[] {
	const showLabel = selected.length <= LABEL_LIMIT;
	// Beyond the palette, a peer group's lines share one grey: thinner, so the group reads as a band.
	const thin = selected.length > SERIES_COLOURS.length;
	const out: LineSeries[] = [];
	for (const s of series) {
		const joined = countries.get(s.iso3)?.join_year ?? null;
		if (align === 'joined' && joined === null) continue;
		const isSelected = selected.includes(s.iso3);
		out.push({
			key: s.iso3,
			label: name(s.iso3),
			colour: isSelected ? colours[s.iso3] : null,
			dashed: align === 'joined' && isSelected && (countries.get(s.iso3)?.uncertain ?? false),
			showLabel,
			thin: isSelected && thin,
			points: s.years.map((year, i) =>
				align === 'joined' ? { x: year - joined!, y: s.values[i], note: String(year) } : { x: year, y: s.values[i] }
			)
		});
	}
	// Selected lines last (drawn on top), in selection order.
	return [...out.filter((s) => !s.colour), ...selected.map((code) => out.find((s) => s.key === code && s.colour)).filter((s) => s !== undefined)];
}

/**
 * A group statistic is drawn only where it covers at least half of the group's countries that have any
 * value in the range: a "median" of two countries would look like a trend and be none.
 */
export function coveredStats(stats: PointStat[], groupSize: (member: boolean) => number): PointStat[] {
	return stats.filter((s) => s.n * 2 >= groupSize(s.member) && s.n > 0);
}

export interface ReferenceLabels {
	membersMedian: string;
	nonMembersMedian: string;
	membersMean: string;
	nonMembersMean: string;
	alignedMedian: string;
	alignedMean: string;
}

/** The line chart's reference lines, as the view asks (medians, means), over well-covered points only. */
export function lineReferences({
	stats,
	refs,
	align,
	labels,
	groupSize,
	means
}: {
	stats: PointStat[];
	refs: Reference[];
	align: Align;
	labels: ReferenceLabels;
	groupSize: (member: boolean) => number;
	/** False for totals, which have no population-weighted mean. */
	means: boolean;
}): LineReference[] {
	const covered = coveredStats(stats, groupSize);
	const points = (member: boolean, value: (s: PointStat) => number | null) =>
		covered.filter((s) => s.member === member && value(s) !== null).map((s) => ({ x: s.x, y: value(s)! }));
	const out: LineReference[] = [];
	const groups = align === 'joined' ? [true] : [true, false];
	for (const member of groups) {
		const colour = member ? REFERENCE_COLOURS.member : REFERENCE_COLOURS.nonMember;
		if (refs.includes('median')) {
			out.push({
				key: `median-${member ? 'members' : 'non-members'}`,
				label: align === 'joined' ? labels.alignedMedian : member ? labels.membersMedian : labels.nonMembersMedian,
				colour,
				points: points(member, (s) => s.median)
			});
		}
		if (refs.includes('mean') && means) {
			out.push({
				key: `mean-${member ? 'members' : 'non-members'}`,
				label: align === 'joined' ? labels.alignedMean : member ? labels.membersMean : labels.nonMembersMean,
				colour,
				dash: '1 3',
				points: points(member, (s) => s.weighted_mean)
			});
		}
	}
	return out.filter((r) => r.points.length > 0);
}

/** How many countries of each group have any value in the lines shown (the base of the coverage rule). */
export function groupSizes(series: { key: string }[], countries: ReadonlyMap<string, Pick<CountryInfo, 'member'>>) {
	let members = 0;
	let nonMembers = 0;
	for (const s of series) {
		if (countries.get(s.key)?.member) members++;
		else nonMembers++;
	}
	return (member: boolean) => (member ? members : nonMembers);
}

/**
 * What the scatter's group medians stand on: per group, the countries with both values (the medians' n)
 * out of all the group's countries in the chart's rows.
 */
export function scatterMedianCoverage(
	rows: { iso3: string }[],
	stats: { member: boolean; n: number }[],
	isMember: (iso3: string) => boolean
): { members: number; membersTotal: number; others: number; othersTotal: number } {
	const membersTotal = rows.filter((r) => isMember(r.iso3)).length;
	return {
		members: stats.find((s) => s.member)?.n ?? 0,
		membersTotal,
		others: stats.find((s) => !s.member)?.n ?? 0,
		othersTotal: rows.length - membersTotal
	};
}

/**
 * How the line chart measures a change since a base year. Shares, scores, indexes, rates per 100 people
 * and parity ratios are bounded scales: a share going from 2 % to 4 % "doubled" (+100 %) while it moved two
 * points, and the ratio would flatter every country that started near zero. Their change is a difference,
 * in percentage points for percentages. Quantities with a true zero (money, counts, speeds, durations)
 * grow in proportion: their change is a percentage of the base-year value.
 */
export type ChangeKind = 'percent' | 'difference';
const DIFFERENCE_UNITS = new Set(['percent', 'score-0-100', 'index-0-1', 'per-100', 'ratio']);
export const changeKind = (unit: string): ChangeKind => (DIFFERENCE_UNITS.has(unit) ? 'difference' : 'percent');

/**
 * Each country's values as changes since `base`. A country without a value in the base year (or, for a
 * percentage change, with zero there, which nothing divides) drops out: it is listed in `dropped`.
 */
export function changeSince(series: CompactSeries[], base: number, kind: ChangeKind): { series: CompactSeries[]; dropped: string[] } {
	const out: CompactSeries[] = [];
	const dropped: string[] = [];
	for (const s of series) {
		const at = s.years.indexOf(base);
		const start = at < 0 ? null : s.values[at];
		if (start === null || (kind === 'percent' && start === 0)) {
			dropped.push(s.iso3);
			continue;
		}
		out.push({ iso3: s.iso3, years: s.years, values: s.values.map((v) => (kind === 'percent' ? (v / start - 1) * 100 : v - start)) });
	}
	return { series: out, dropped };
}

/**
 * How changes read in the page's language: a signed percentage (`+12.5 %`), or a signed difference in
 * the indicator's unit (`+4.2 pp` for percentages), with ticks to match. Zero is unsigned.
 */
export function changeFormat(locale: Locale, kind: ChangeKind, entry: { unit: string; decimals: number }, pointsLabel: string) {
	const sign = (v: number) => (v > 0 ? '+' : v < 0 ? '−' : '');
	const format = (v: number | null | undefined): string => {
		if (v === null || v === undefined || Number.isNaN(v)) return formatValue(locale, null, entry.unit, entry.decimals);
		const size = Math.abs(v);
		if (kind === 'percent') return `${sign(v)}${formatPercent(locale, size, 1)}`;
		return entry.unit === 'percent' ? `${sign(v)}${formatNumber(locale, size, entry.decimals)} ${pointsLabel}` : `${sign(v)}${formatValue(locale, size, entry.unit, entry.decimals)}`;
	};
	const tick = (v: number): string =>
		kind === 'percent'
			? `${sign(v)}${formatPercent(locale, Math.abs(v), 0)}`
			: `${sign(v)}${entry.unit === 'percent' ? formatNumber(locale, Math.abs(v), Number.isInteger(v) ? 0 : 1) : formatTick(locale, Math.abs(v), entry.unit)}`;
	return { format, tick };
}
