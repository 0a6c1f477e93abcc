/** The home page's view of the memberships: which countries the filter keeps, and what it names. */
import type { Locale } from '$lib/i18n/locales';
import { groups } from '$lib/i18n/messages/groups';
import { ALL_GROUPS, type GroupId } from '$lib/membership/breakdown';
import type { CountryGroups } from '$lib/queries/groups';
import type { HomeView } from './state';

export const isFiltered = (view: HomeView) => view.region !== null || view.rec !== null;

/** Whether a country is in the region and the community the view names (any, where it names none). */
export const inView = (view: HomeView) => (c: CountryGroups) =>
	(!view.region || c.au_region === view.region) && (!view.rec || c.recs.includes(view.rec));

/** The filter in words, e.g. "West Africa · ECOWAS"; '' without a filter. */
export function viewName(locale: Locale, view: HomeView): string {
	const g = groups[locale];
	return [view.region ? g.regions[view.region] : null, view.rec ? g.recShort[view.rec] : null].filter(Boolean).join(' · ');
}

/** The breakdown's rows: every group; with a filter, Africa beside the chosen region and community. */
export function breakdownGroups(view: HomeView): GroupId[] {
	if (!isFiltered(view)) return ALL_GROUPS;
	return [
		{ kind: 'africa' },
		...(view.region ? [{ kind: 'region', id: view.region } as const] : []),
		...(view.rec ? [{ kind: 'rec', id: view.rec } as const] : [])
	];
}
