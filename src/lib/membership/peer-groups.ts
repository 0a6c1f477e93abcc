/**
 * One-click peer groups for country pickers: Smart Africa membership, AU regions and regional
 * economic communities (current members), with their names in the page's language.
 */
import type { Locale } from '$lib/i18n/locales';
import { groups as groupNames } from '$lib/i18n/messages/groups';

export interface PeerGroup {
	/** `members`, `non-members`, `founding`, `region:<AU region>` or `rec:<community>`. */
	id: string;
	codes: string[];
}

export interface PeerButton extends PeerGroup {
	label: string;
	/** Longer description, e.g. the community's full name and size. */
	title: string;
	heading: string;
}

/** Communities offered as peer groups, in the order pickers list them. */
export const PEER_RECS = ['ecowas', 'uemoa', 'eac', 'sadc', 'eccas', 'cemac', 'comesa', 'igad'] as const;
const REGION_ORDER = ['north', 'west', 'central', 'east', 'southern'];

export function peerGroups(
	countries: { iso3: string; au_region: string; recs: readonly string[]; member: boolean; founding: boolean }[]
): PeerGroup[] {
	const codes = (keep: (c: (typeof countries)[number]) => boolean) => countries.filter(keep).map((c) => c.iso3);
	return [
		{ id: 'members', codes: codes((c) => c.member) },
		{ id: 'non-members', codes: codes((c) => !c.member) },
		{ id: 'founding', codes: codes((c) => c.founding) },
		...REGION_ORDER.map((region) => ({ id: `region:${region}`, codes: codes((c) => c.au_region === region) })),
		...PEER_RECS.map((rec) => ({ id: `rec:${rec}`, codes: codes((c) => c.recs.includes(rec)) }))
	].filter((g) => g.codes.length > 0);
}

export function peerButtons(locale: Locale, groups: PeerGroup[]): PeerButton[] {
	const g = groupNames[locale];
	return groups.map((group) => {
		const [kind, key] = group.id.includes(':') ? group.id.split(':') : ['membership', group.id];
		const label = kind === 'region' ? g.regions[key] : kind === 'rec' ? g.recShort[key] : g.membership[key];
		const long = kind === 'region' ? g.regions[key] : kind === 'rec' ? g.recLong[key] : g.membershipLong[key];
		return { ...group, label, title: g.groupTitle(long, group.codes.length), heading: g.headings[kind] };
	});
}
