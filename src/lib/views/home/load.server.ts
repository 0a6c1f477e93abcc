import { prerenderEngine } from '$lib/db/node';
import { countryCodes } from '$lib/queries/countries';
import { sourceList } from '$lib/queries/compare';
import { countryGroups } from '$lib/queries/groups';
import { MEMBERSHIP_COMPILATION } from '$lib/share/membership-source';
import { smartAfricaMemberships } from '$lib/queries/membership';
import { datasetInfo } from '$lib/server/manifest';
import { africaMap } from '$lib/server/africa-map';
import { localeFromParam } from '$lib/i18n/locales';
import { home } from '$lib/i18n/messages/home';
import type { PagePreview } from '$lib/share/types';
import { sourceNames } from '$lib/i18n/source-names';
import type { SourceMeta } from '$lib/queries/indicator';

const licenceIn = (locale: 'en' | 'fr', source: SourceMeta | undefined) => (source ? sourceNames(locale, source).licence : null);

export async function loadHome(params: { lang?: string }) {
	const db = prerenderEngine();
	const [countries, memberships, codes, sources] = await Promise.all([countryGroups(db), smartAfricaMemberships(db), countryCodes(db), sourceList(db)]);
	const locale = localeFromParam(params.lang);
	const t = home[locale];
	const preview: PagePreview = { title: t.title, description: t.lede, image: `${locale === 'fr' ? '/fr' : ''}/embed/map/preview.png`, alt: t.mapTitle };
	return {
		preview,
		// The licence of our compilation of memberships, named in the map's and timeline's shared images and embeds.
		membershipLicence: licenceIn(locale, sources.find((s) => s.id === MEMBERSHIP_COMPILATION)),
		countries,
		memberships,
		map: africaMap(codes),
		// The timeline runs to the day the data were built.
		today: Date.parse(datasetInfo().built)
	};
}

/** What loadHome returns: the page's data, and the embed's and preview image's. */
export type HomeData = Awaited<ReturnType<typeof loadHome>>;
