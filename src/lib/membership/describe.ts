/** A country's Smart Africa membership in words, for tooltips and profiles. */
import type { LineAccession } from '$lib/charts/line-chart';
import { formatDate, formatList } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import { membershipText } from '$lib/i18n/messages/membership';
import type { Membership } from '$lib/queries/membership';

/** The join date at its known precision, e.g. "November 2016", "2016", "12 Jul 2023". */
export function joinedDate(locale: Locale, m: Membership): string {
	if (!m.joined) return '';
	return formatDate(locale, m.joined, m.joined_precision === 'unknown' ? 'day' : m.joined_precision);
}

/** A "member by" date, which may be known only to the year. */
export function memberByDate(locale: Locale, date: string): string {
	return formatDate(locale, date, date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day');
}

/** A member's dated accession, as the views load it (memberships.csv: the date and how precisely it is known). */
export interface DatedJoin {
	iso3: string;
	joined: string | null;
	precision: Membership['joined_precision'];
}

/** The accessions of `shown` that the sources date (to the day, month or year), in that order. */
function datedJoins(joins: DatedJoin[], shown: readonly string[]) {
	const of = new Map(joins.map((j) => [j.iso3, j]));
	return shown.flatMap((iso3) => {
		const j = of.get(iso3);
		return j?.joined && j.precision !== 'unknown' ? [{ iso3, joined: j.joined, precision: j.precision }] : [];
	});
}

/**
 * The accessions of the countries `shown` as a line chart over time marks them (LineChart's
 * `accessions`): the year of joining, and "Joined Smart Africa on 14 Nov 2016" in the page's language.
 */
export function accessionMarks(locale: Locale, joins: DatedJoin[], shown: readonly string[]): Record<string, LineAccession> {
	const t = membershipText[locale];
	return Object.fromEntries(
		datedJoins(joins, shown).map((j) => [j.iso3, { year: Number(j.joined.slice(0, 4)), text: t.joinedSmartAfrica(formatDate(locale, j.joined, j.precision), j.precision === 'day') }])
	);
}

/** The same accessions in one sentence, for the table behind the chart ("" when none is dated). */
export function accessionsSentence(locale: Locale, joins: DatedJoin[], shown: readonly string[], name: (iso3: string) => string): string {
	const t = membershipText[locale];
	const items = datedJoins(joins, shown).map((j) => t.accessionItem(name(j.iso3), formatDate(locale, j.joined, j.precision), j.precision === 'day'));
	return items.length ? t.accessions(formatList(locale, items)) : '';
}

/** One line on status and date, then any caveats. */
export function describeMembership(locale: Locale, m: Membership | undefined): string[] {
	const t = membershipText[locale];
	if (!m) return [t.notMember];
	if (m.status === 'in-process-unconfirmed') return [t.inProcess];
	const lines: string[] = [];
	if (m.founding) lines.push(t.founding(joinedDate(locale, m)));
	else if (m.joined) lines.push(m.joined_precision === 'year' ? t.joinedYear(m.joined) : t.joined(joinedDate(locale, m)));
	else if (m.member_by) lines.push(t.memberBy(memberByDate(locale, m.member_by)));
	if (m.founding_note) lines.push(t.foundingDisputed);
	if (m.status === 'member-unconfirmed') lines.push(t.unconfirmed);
	if (m.uncertain) lines.push(t.uncertain);
	return lines;
}
