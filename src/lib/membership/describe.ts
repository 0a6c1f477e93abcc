/** A country's Smart Africa membership in words, for tooltips and profiles. */
import { formatDate } from '$lib/i18n/format';
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
