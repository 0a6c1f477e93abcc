/** The membership map's colours and words, shared by the home page's embed and its preview image. */
import { describeMembershipMap } from '$lib/charts/describe/describe';
import { type Locale, localized } from '$lib/i18n/locales';
import { home } from '$lib/i18n/messages/home';
import { MEMBERSHIP_COLOURS, membershipClass } from '$lib/membership/classify';
import { describeMembership } from '$lib/membership/describe';
import type { Membership } from '$lib/queries/membership';
import type { CountryGroups } from '$lib/queries/groups';
import { summarise } from '$lib/membership/breakdown';

export function membershipMapProps(locale: Locale, countries: CountryGroups[], memberships: Membership[]) {
	const t = home[locale];
	const names = new Map(countries.map((c) => [c.iso3, localized(c, 'name', locale)]));
	const membershipOf = new Map(memberships.map((m) => [m.iso3, m]));
	const tooltip = (iso3: string) => [names.get(iso3) ?? iso3, ...describeMembership(locale, membershipOf.get(iso3))];
	const members = summarise(countries, { kind: 'africa' }).members;
	return {
		title: t.mapTitle,
		description: describeMembershipMap(locale, { countries: countries.length, members, founding: memberships.filter((m) => m.founding).length }),
		fill: (iso3: string) => MEMBERSHIP_COLOURS[membershipClass(membershipOf.get(iso3))],
		hatched: (iso3: string) => membershipOf.get(iso3)?.uncertain ?? false,
		label: (iso3: string) => tooltip(iso3).join('. '),
		tooltip
	};
}
