import { prerenderEngine } from '$lib/db/node';
import { countryCodes } from '$lib/queries/countries';
import { countryGroups } from '$lib/queries/groups';
import { smartAfricaMemberships } from '$lib/queries/membership';
import { datasetInfo } from '$lib/server/manifest';
import { africaMap } from '$lib/server/africa-map';
import { localeFromParam } from '$lib/i18n/locales';
import { home } from '$lib/i18n/messages/home';
import type { PagePreview } from '$lib/share/types';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];

export const load: PageServerLoad = async ({ params }) => {
	const db = prerenderEngine();
	const [countries, memberships, codes] = await Promise.all([countryGroups(db), smartAfricaMemberships(db), countryCodes(db)]);
	const locale = localeFromParam(params.lang);
	const t = home[locale];
	const preview: PagePreview = { title: t.title, description: t.lede, image: `${locale === 'fr' ? '/fr' : ''}/embed/map/preview.png`, alt: t.mapTitle };
	return {
		preview,
		countries,
		memberships,
		map: africaMap(codes),
		// The timeline runs to the day the data were built.
		today: Date.parse(datasetInfo().built)
	};
};
