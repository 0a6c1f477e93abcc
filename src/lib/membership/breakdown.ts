/**
 * Membership by group — Africa, each AU region, each regional economic community — as members out of
 * the group's states and as the share of the group's population and Internet users living in members.
 */
import { AU_REGIONS, RECS, type AuRegion, type CountryGroups, type Rec } from '$lib/queries/groups';

export type GroupId = { kind: 'africa' } | { kind: 'region'; id: AuRegion } | { kind: 'rec'; id: Rec };

export interface GroupSummary {
	group: GroupId;
	states: number;
	members: number;
	/** Share (0–1) of the group's population living in member states; null if none is known. */
	populationShare: number | null;
	internetShare: number | null;
	/** States of the group without a population or Internet figure (left out of the shares). */
	withoutData: string[];
}

export const ALL_GROUPS: GroupId[] = [
	{ kind: 'africa' },
	...AU_REGIONS.map((id) => ({ kind: 'region' as const, id })),
	...RECS.map((id) => ({ kind: 'rec' as const, id }))
];

export function inGroup(country: CountryGroups, group: GroupId): boolean {
	if (group.kind === 'africa') return true;
	if (group.kind === 'region') return country.au_region === group.id;
	return country.recs.includes(group.id);
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export function summarise(countries: CountryGroups[], group: GroupId): GroupSummary {
	const states = countries.filter((c) => inGroup(c, group));
	const sum = (rows: CountryGroups[], key: 'population' | 'internet_users') => rows.reduce((s, c) => s + (c[key] ?? 0), 0);
	const members = states.filter((c) => c.member);
	return {
		group,
		states: states.length,
		members: members.length,
		populationShare: share(sum(members, 'population'), sum(states, 'population')),
		internetShare: share(sum(members, 'internet_users'), sum(states, 'internet_users')),
		withoutData: states.filter((c) => c.population === null || c.internet_users === null).map((c) => c.iso3)
	};
}
