import { prerenderEngine } from '$lib/db/node';
import { countryGroups } from '$lib/queries/groups';
import { compareChart, indicatorCatalogue, smartAfricaJoins, sourceList } from '$lib/queries/compare';
import { DEFAULT_VIEW, queryParams } from '$lib/views/compare/state';
import { indicatorInfoMap, type CountryInfo } from './derive';
import { localeFromParam } from '$lib/i18n/locales';
import { comparePage } from '$lib/i18n/messages/compare';
import type { PagePreview } from '$lib/share/types';

/**
 * The default indicator, the countries and their groups, and the default view's data, queried on native DuckDB
 * at build time. Only what the default view shows is sent: the browser queries any other view on
 * DuckDB-WASM with the same functions, and fetches the whole catalogue (./catalogue.json) and the map's
 * shapes (./map.json) when it needs them.
 */
export async function loadCompare(params: { lang?: string }) {
	const db = prerenderEngine();
	const [catalogue, sources, groups, joins] = await Promise.all([indicatorCatalogue(db), sourceList(db), countryGroups(db), smartAfricaJoins(db)]);
	const joinOf = new Map(joins.map((j) => [j.iso3, j]));
	const countries: CountryInfo[] = groups.map((g) => ({
		iso3: g.iso3,
		iso2: g.iso2,
		name_en: g.name_en,
		name_fr: g.name_fr,
		au_region: g.au_region,
		recs: g.recs,
		member: g.member,
		founding: g.founding,
		join_year: joinOf.get(g.iso3)?.join_year ?? null,
		joined: joinOf.get(g.iso3)?.joined ?? null,
		precision: joinOf.get(g.iso3)?.precision ?? 'unknown',
		uncertain: joinOf.get(g.iso3)?.uncertain ?? false
	}));
	const initialParams = queryParams(DEFAULT_VIEW, { indicators: indicatorInfoMap(catalogue) });
	// The default view's indicators only; the page fetches the whole catalogue (./catalogue.json) on need.
	const shown = catalogue.filter((c) => c.id === DEFAULT_VIEW.indicator || c.id === DEFAULT_VIEW.x);
	const locale = localeFromParam(params.lang);
	const t = comparePage[locale];
	const preview: PagePreview = {
		title: t.title,
		description: t.lede,
		image: `${locale === 'fr' ? '/fr' : ''}/embed/compare/preview.png`,
		alt: t.title
	};
	return {
		preview,
		catalogue: shown,
		sources: Object.fromEntries(sources.filter((s) => shown.some((c) => c.source_id === s.id)).map((s) => [s.id, s])),
		countries,
		initialParams,
		initial: await compareChart(db, initialParams)
	};
}

/** What loadCompare returns: the page's data, and the embed's and preview image's. */
export type CompareData = Awaited<ReturnType<typeof loadCompare>>;
