import { error } from '@sveltejs/kit';
import { prerenderEngine } from '$lib/db/node';
import { SCORECARD_INDICATORS, SPARKLINE_FROM } from '$lib/views/country/scorecard';
import { countryIdentity, countryProjects, countryScorecard, countrySeries } from '$lib/queries/country';
import { countryGroups } from '$lib/queries/groups';
import { smartAfricaMemberships } from '$lib/queries/membership';
import { localeFromParam, localized } from '$lib/i18n/locales';
import { countryPage } from '$lib/i18n/messages/country';
import type { PagePreview } from '$lib/share/types';

export async function loadCountry(params: { lang?: string; iso3: string }) {
	const db = prerenderEngine();
	const country = await countryIdentity(db, params.iso3);
	if (!country) error(404, `No country "${params.iso3}"`);
	const [groups, memberships, scorecard, series, projects] = await Promise.all([
		countryGroups(db),
		smartAfricaMemberships(db),
		countryScorecard(db, country.iso3, SCORECARD_INDICATORS),
		countrySeries(db, country.iso3, SCORECARD_INDICATORS, SPARKLINE_FROM),
		countryProjects(db, country.iso3)
	]);
	const own = groups.find((g) => g.iso3 === country.iso3)!;
	// Each community this country belongs to, with its other current members, for "compare with peers" links.
	const peers = own.recs.map((rec) => ({
		rec,
		codes: [country.iso3, ...groups.filter((g) => g.iso3 !== country.iso3 && g.recs.includes(rec)).map((g) => g.iso3)]
	}));
	// Link preview: the scorecard (embed/country/[iso3]/preview.png), in the page's language.
	const locale = localeFromParam(params.lang);
	const name = localized(country, 'name', locale);
	const title = `${name}${locale === 'fr' ? ' : ' : ': '}${countryPage[locale].scorecard}`;
	const preview: PagePreview = { title, description: title, image: `${locale === 'fr' ? '/fr' : ''}/embed/country/${country.iso3}/preview.png`, alt: title };
	return {
		preview,
		country,
		groups: own,
		peers,
		membership: memberships.find((m) => m.iso3 === country.iso3) ?? null,
		scorecard,
		series,
		projects
	};
}

/** What loadCountry returns: the page's data, and the embed's and preview image's. */
export type CountryData = Awaited<ReturnType<typeof loadCountry>>;
