/** The accession timeline's props and words, shared by the home page, its embed and its preview image. */
import { describeAccessions } from '$lib/charts/describe/describe';
import type { Locale } from '$lib/i18n/locales';
import { home } from '$lib/i18n/messages/home';
import { describeMembership, joinedDate } from '$lib/membership/describe';
import { accessions as toAccessions, latestMember, type Accession } from '$lib/membership/timeline';
import type { Membership } from '$lib/queries/membership';

/** The timeline starts just before the founders signed (2013). */
export const TIMELINE_START = Date.UTC(2013, 8, 1);

export function membershipTimelineProps(locale: Locale, names: ReadonlyMap<string, string>, memberships: Membership[], today: number) {
	const t = home[locale];
	const nameOf = (iso3: string) => names.get(iso3) ?? iso3;
	const membershipOf = new Map(memberships.map((m) => [m.iso3, m]));
	const accessions = toAccessions(memberships);
	const latest = latestMember(memberships);
	const founder = memberships.find((m) => m.founding && m.joined);
	return {
		id: 'accession-timeline',
		accessions,
		start: TIMELINE_START,
		end: today,
		title: t.timelineTitle,
		description: describeAccessions({
			locale,
			accessions,
			foundingDate: founder ? joinedDate(locale, founder) : '',
			latest: latest ? { name: nameOf(latest.iso3), date: joinedDate(locale, latest) } : undefined
		}),
		tooltip: (a: Accession) => [nameOf(a.iso3), ...describeMembership(locale, membershipOf.get(a.iso3)), `#${a.count}`],
		labels: [
			{ iso3: accessions.filter((a) => a.founding).at(-1)?.iso3 ?? '', text: t.founders },
			...accessions.filter((a) => a.precision === 'day').map((a) => ({ iso3: a.iso3, text: nameOf(a.iso3) }))
		],
		keyboardHint: t.timelineHint
	};
}
