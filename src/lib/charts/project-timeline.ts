/**
 * Layout of the projects' timeline (a Gantt chart), derived from partial dates and "today" alone.
 * Positions are percentages of the time axis, so the prerendered SVG is right at any width before any
 * script runs. The rules, which the chart's legend states:
 * - A date known to the day is a point in time; one known only to the month or the year is the whole
 *   period it may fall in, drawn light ("imprecise"). A bar from `2010` to `2017` is light over 2010,
 *   solid from 2011 to 2016, light over 2017: it certainly ran in between, and may have run over both.
 * - A project with a start and no end is drawn to today and fades out ("open"): the sources state no
 *   end, and the text beside it says whether it is ongoing or the end is simply not stated.
 * - A project with an end and no start fades in from the axis's start.
 * - A project with neither date has no bar; the row says "dates not stated".
 * - The part of a bar after today is a plan, not a fact: drawn as an outline ("planned").
 */
export type DatePrecision = 'day' | 'month' | 'year';

/** A partial date as the period it may fall in: [from, to) in UTC milliseconds. */
export interface DatePeriod {
	iso: string;
	precision: DatePrecision;
	from: number;
	to: number;
}

export function datePeriod(iso: string | null | undefined): DatePeriod | null {
	if (!iso) return null;
	const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
	if (!match) return null;
	const [y, m, d] = [Number(match[1]), match[2] ? Number(match[2]) : null, match[3] ? Number(match[3]) : null];
	if (m !== null && d !== null) return { iso, precision: 'day', from: Date.UTC(y, m - 1, d), to: Date.UTC(y, m - 1, d + 1) };
	if (m !== null) return { iso, precision: 'month', from: Date.UTC(y, m - 1, 1), to: Date.UTC(y, m, 1) };
	return { iso, precision: 'year', from: Date.UTC(y, 0, 1), to: Date.UTC(y + 1, 0, 1) };
}

/** A year as a fractional number (2010-07-02 → 2010.5), for charts with a year axis. */
export function fractionalYear(time: number): number {
	const year = new Date(time).getUTCFullYear();
	const start = Date.UTC(year, 0, 1);
	return year + (time - start) / (Date.UTC(year + 1, 0, 1) - start);
}

export type SegmentKind = 'solid' | 'planned' | 'imprecise' | 'fade-out' | 'fade-in';

/** A piece of a bar, in percent of the axis. */
export interface Segment {
	kind: SegmentKind;
	x0: number;
	x1: number;
}

export interface BarLayout {
	segments: Segment[];
	/** Neither date is stated: no bar. */
	undated: boolean;
	/** No end is stated: the bar runs to today and fades. */
	open: boolean;
	/** Leftmost and rightmost points of the bar (percent), e.g. to place a tooltip or a label. */
	x0: number;
	x1: number;
	/** Too short to see as a bar (a few days): drawn as a point as well. */
	point: boolean;
}

/** Bars narrower than this (percent of the axis, about a third of a year on 20 years) also get a point. */
const POINT_WIDTH = 1.5;

export interface TimeDomain {
	from: number;
	to: number;
}

/**
 * The axis: from 1 January of the earliest year any row starts or ends to 1 January after the latest
 * (and after today), so every bar and the today line fit.
 */
export function timelineDomain(rows: { start: string | null; end: string | null }[], today: number): TimeDomain {
	const todayYear = new Date(today).getUTCFullYear();
	const years = rows.flatMap((r) => [datePeriod(r.start), datePeriod(r.end)]).flatMap((p) => (p ? [new Date(p.from).getUTCFullYear()] : []));
	const first = Math.min(todayYear - 1, ...years);
	const last = Math.max(todayYear, ...years);
	return { from: Date.UTC(first, 0, 1), to: Date.UTC(last + 1, 0, 1) };
}

export function barLayout(row: { start: string | null; end: string | null }, domain: TimeDomain, today: number): BarLayout {
	const span = domain.to - domain.from;
	const x = (t: number) => Math.round(Math.min(100, Math.max(0, ((t - domain.from) / span) * 100)) * 100) / 100;
	const start = datePeriod(row.start);
	const end = datePeriod(row.end);
	const segments: Segment[] = [];
	const push = (kind: SegmentKind, t0: number, t1: number) => {
		if (t1 > t0) segments.push({ kind, x0: x(t0), x1: x(t1) });
	};
	if (!start && !end) return { segments, undated: true, open: false, x0: 0, x1: 0, point: false };

	// The bar is certainly running from the end of the start's period to the start of the end's period.
	const solidFrom = start ? (start.precision === 'day' ? start.from : start.to) : domain.from;
	const solidTo = end ? (end.precision === 'day' ? end.to : end.from) : today;

	if (start && end && start.to > end.from && start.precision !== 'day') {
		// Start and end may fall in the same period (e.g. both "2018"): one light bar over it.
		push('imprecise', start.from, Math.max(start.to, end.to));
	} else {
		if (start && start.precision !== 'day') push('imprecise', start.from, start.to);
		if (!start) push('fade-in', domain.from, solidTo);
		else if (!end) push('fade-out', solidFrom, Math.max(solidFrom, today));
		else {
			push('solid', solidFrom, Math.min(solidTo, Math.max(solidFrom, today)));
			push('planned', Math.max(solidFrom, today), solidTo);
		}
		if (end && end.precision !== 'day') push('imprecise', end.from, end.to);
	}
	// A start in the future with no end, or a single day: still draw something visible.
	if (segments.length === 0) {
		const at = start?.from ?? end!.from;
		segments.push({ kind: 'solid', x0: x(at), x1: x(at) });
	}
	const x0 = Math.min(...segments.map((s) => s.x0));
	const x1 = Math.max(...segments.map((s) => s.x1));
	return { segments, undated: false, open: !end, x0, x1, point: x1 - x0 < POINT_WIDTH };
}

export interface YearTick {
	year: number;
	x: number;
	/** Labelled at every width (multiples of 5); the others only where there is room. */
	major: boolean;
}

/** A tick at 1 January of each year inside the domain (the first and the last year edge included). */
export function yearTicks(domain: TimeDomain): YearTick[] {
	const first = new Date(domain.from).getUTCFullYear();
	const last = new Date(domain.to).getUTCFullYear();
	const span = domain.to - domain.from;
	const ticks: YearTick[] = [];
	for (let year = first; year <= last; year++) {
		const x = Math.round(((Date.UTC(year, 0, 1) - domain.from) / span) * 10000) / 100;
		ticks.push({ year, x, major: year % 5 === 0 });
	}
	return ticks;
}

export function timeToPercent(time: number, domain: TimeDomain): number {
	return Math.round(((time - domain.from) / (domain.to - domain.from)) * 10000) / 100;
}

/** A row of the timeline, with all its text already in the page's language. */
export interface TimelineRow {
	id: string;
	/** 1 for a programme's phase, drawn indented under it. */
	depth: 0 | 1;
	label: string;
	/** Language of the label when it is not the page's (an English name on a French page). */
	labelLang?: string;
	href: string;
	start: string | null;
	end: string | null;
	colour: string;
	/** The line under the name: dates (with their precision) and status. */
	meta: string;
	/** Text of a flag shown after the meta line, e.g. "uncertain". */
	flag?: string;
	/** A programme shown only because some of its phases match a filter. */
	context?: boolean;
	/** The project of the page the timeline is on. */
	current?: boolean;
	/** Tooltip lines, first the full name. */
	tooltip: string[];
}
