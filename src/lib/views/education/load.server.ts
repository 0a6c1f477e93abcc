import { prerenderEngine } from '$lib/db/node';
import { indicatorCatalogue, sourceList } from '$lib/queries/compare';
import { indicatorCoverage, recentSince } from '$lib/queries/coverage';
import {
	connectivityPair,
	CONTEXT_INDICATORS,
	COVERAGE_INDICATORS,
	educationProgrammes,
	latestValues,
	latestYears,
	PAGE_INDICATORS,
	PAIR_MAX_GAP,
	pairIndicators,
	schoolsLatest,
	skillsCoverage,
	skillsLatest,
	skillsReporters
} from '$lib/queries/education';
import { countryGroups } from '$lib/queries/groups';
import { datasetInfo } from '$lib/server/manifest';
import { localeFromParam } from '$lib/i18n/locales';
import { educationPage } from '$lib/i18n/messages/education';
import type { PagePreview } from '$lib/share/types';
import { DEFAULT_VIEW } from '$lib/views/education/state';

/**
 * Every panel's default view, queried on native DuckDB at build time; the browser runs the same
 * queries on DuckDB-WASM only when the reader changes the level, the skill or the pair.
 */
export async function loadEducation(params: { lang?: string }) {
	const db = prerenderEngine();
	// "Recent" is counted from the build's year, so the coverage panel and `npm run data:report` agree.
	const since = recentSince(new Date(datasetInfo().built).getUTCFullYear());
	const pairParams = { ...pairIndicators(DEFAULT_VIEW.pair, DEFAULT_VIEW.level), maxGap: PAIR_MAX_GAP };
	const [catalogue, sources, groups, schools, skills, skillCoverage, reporters, pair, context, coverage, years, programmes] = await Promise.all([
		indicatorCatalogue(db),
		sourceList(db),
		countryGroups(db),
		schoolsLatest(db, { level: DEFAULT_VIEW.level }),
		skillsLatest(db, { skill: DEFAULT_VIEW.skill }),
		skillsCoverage(db),
		skillsReporters(db),
		connectivityPair(db, pairParams),
		latestValues(db, CONTEXT_INDICATORS),
		indicatorCoverage(db, { since }),
		latestYears(db, COVERAGE_INDICATORS),
		educationProgrammes(db)
	]);
	const pageIndicators = new Set<string>(PAGE_INDICATORS);
	const shown = catalogue.filter((c) => pageIndicators.has(c.id));
	const order = new Map(COVERAGE_INDICATORS.map((id, i) => [id, i]));
	// Link preview: the schools-against-connectivity scatter (embed/education/[panel]/preview.png); the
	// dot plots' 50 rows are too tall for a 1200 × 630 card.
	const locale = localeFromParam(params.lang);
	const t = educationPage[locale];
	const preview: PagePreview = { title: t.title, description: t.lede, image: `${locale === 'fr' ? '/fr' : ''}/embed/education/connectivity/preview.png`, alt: t.connectivityHeading };
	return {
		preview,
		catalogue: shown,
		sources: Object.fromEntries(sources.filter((s) => shown.some((c) => c.source_id === s.id)).map((s) => [s.id, s])),
		countries: groups.map((g) => ({ iso3: g.iso3, name_en: g.name_en, name_fr: g.name_fr, au_region: g.au_region, member: g.member })),
		initial: {
			schools: { params: { level: DEFAULT_VIEW.level }, rows: schools },
			skills: { params: { skill: DEFAULT_VIEW.skill }, rows: skills },
			pair: { params: pairParams, rows: pair }
		},
		skillCoverage,
		reporters,
		context,
		coverage: coverage.filter((c) => order.has(c.id)).sort((a, b) => order.get(a.id)! - order.get(b.id)!),
		years,
		since,
		programmes
	};
}

/** What loadEducation returns: the page's data, and the embed's and preview image's. */
export type EducationData = Awaited<ReturnType<typeof loadEducation>>;
