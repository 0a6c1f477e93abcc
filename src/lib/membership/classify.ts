/**
 * How the home page classes a country's Smart Africa membership, for the map's colours and legend:
 * founding signatories, members by period of accession, members whose date is unknown, the country
 * in process, and non-members. Uncertainty (of the date or of membership itself) is drawn on top.
 */
import type { Membership } from '$lib/queries/membership';

export const MEMBERSHIP_CLASSES = ['founding', 'joined-2014-2016', 'joined-2017-2019', 'joined-2020-2023', 'date-unknown', 'in-process', 'not-member'] as const;
export type MembershipClass = (typeof MEMBERSHIP_CLASSES)[number];

/** A sequential blue (earlier = darker); non-members in light grey; the country in process in sand. */
export const MEMBERSHIP_COLOURS: Record<MembershipClass, string> = {
	founding: '#08306b',
	'joined-2014-2016': '#1f5f9e',
	'joined-2017-2019': '#3d8bc4',
	'joined-2020-2023': '#7db4dc',
	'date-unknown': '#a9c4d6',
	'in-process': '#e8d7a8',
	'not-member': '#e2e5e9'
};

export function membershipClass(m: Membership | undefined): MembershipClass {
	if (!m) return 'not-member';
	if (m.status === 'in-process-unconfirmed') return 'in-process';
	if (m.founding) return 'founding';
	if (!m.joined) return 'date-unknown';
	const year = Number(m.joined.slice(0, 4));
	return year <= 2016 ? 'joined-2014-2016' : year <= 2019 ? 'joined-2017-2019' : 'joined-2020-2023';
}
