/**
 * The accession timeline as data: one point per member at the middle of the period its join date is
 * known to (a day, a month, a year), with that period as a range; members whose date is unknown are
 * placed at the date by which a source shows them as members. Cumulative counts follow that order.
 */
import type { DatePrecision, Membership } from '$lib/queries/membership';

export interface Accession {
	iso3: string;
	/** Where the point sits (ms since epoch): the middle of the known period, or the "member by" date. */
	at: number;
	/** The period the date is known to. */
	from: number;
	to: number;
	precision: DatePrecision;
	/** True when only "a member by this date" is known. */
	byDate: boolean;
	founding: boolean;
	uncertain: boolean;
	/** Members counted once this one has joined. */
	count: number;
}

/** The first and last instant of a date known to the year, month or day (UTC). */
export function period(date: string): [number, number] {
	const [y, m, d] = date.split('-').map(Number);
	if (d) return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d, 23, 59)];
	if (m) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 0, 23, 59)];
	return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31, 23, 59)];
}

/** Members only (the country in process is not on the timeline), in order of accession. */
export function accessions(memberships: Membership[]): Accession[] {
	const points = memberships
		.filter((m) => m.status !== 'in-process-unconfirmed' && (m.joined || m.member_by))
		.map((m) => {
			const byDate = !m.joined;
			const [from, to] = period((m.joined ?? m.member_by)!);
			return {
				iso3: m.iso3,
				at: byDate ? to : Math.round((from + to) / 2),
				from,
				to,
				precision: m.joined_precision,
				byDate,
				founding: m.founding,
				uncertain: m.uncertain
			};
		})
		.sort((a, b) => a.at - b.at || Number(b.founding) - Number(a.founding) || a.iso3.localeCompare(b.iso3));
	return points.map((p, i) => ({ ...p, count: i + 1 }));
}

/** The member that joined last, among those whose join date is known. */
export function latestMember(memberships: Membership[]): Membership | undefined {
	const dated = memberships.filter((m) => m.joined && m.joined_precision !== 'unknown' && m.status === 'member');
	return [...dated].sort((a, b) => b.joined!.localeCompare(a.joined!))[0];
}
