import { error } from '@sveltejs/kit';
import type { MapGeometry } from '$lib/charts/types';
import { prerenderEngine } from '$lib/db/node';
import { countryCodes, countryNames } from '$lib/queries/countries';
import { indicatorMeta, indicatorYears, type IndicatorMeta } from '$lib/queries/indicator';
import { UNDATED_FROM, YEARS_BEFORE, projectDetail, projectIndicatorSeries, relatedIndicators, relatedSet } from '$lib/queries/projects';
import { africaMap } from '$lib/server/africa-map';
import { datasetInfo } from '$lib/server/manifest';

// The map is the same on every project page: projected once per build.
let map: Promise<MapGeometry> | undefined;

export async function loadProject(params: { id: string }) {
	const db = prerenderEngine();
	const detail = await projectDetail(db, params.id);
	if (!detail) error(404, `No project "${params.id}"`);
	map ??= countryCodes(db).then(africaMap);

	// Countries in the order the project lists them (its phases by date), each once.
	const participating = [...new Set(detail.countries.map((c) => c.iso3))];
	const ids = relatedIndicators(detail.project);
	const metas = (await Promise.all(ids.map((id) => indicatorMeta(db, id)))).filter((m): m is IndicatorMeta => m !== null);
	const lastYears = await Promise.all(metas.map((m) => indicatorYears(db, m.id)));
	const from = detail.project.start ? Number(detail.project.start.slice(0, 4)) - YEARS_BEFORE : UNDATED_FROM;
	const series = participating.length ? await projectIndicatorSeries(db, { indicators: ids, countries: participating, from }) : [];

	return {
		detail,
		countries: await countryNames(db),
		participating,
		map: await map,
		today: Date.parse(datasetInfo().built),
		related: {
			set: relatedSet(detail.project),
			from,
			// What the charts and their source lines need (the long definitions stay on the indicator pages).
			indicators: metas.map(({ description_en: _en, description_fr: _fr, notes: _notes, ...meta }, i) => ({ meta, last: lastYears[i]?.last ?? null })),
			// Sent compactly: one entry per indicator and country rather than one object per value.
			series: compact(series)
		}
	};
}

function compact(points: { indicator: string; iso3: string; year: number; value: number }[]) {
	const out = new Map<string, { indicator: string; iso3: string; years: number[]; values: number[] }>();
	for (const p of points) {
		const key = `${p.indicator}|${p.iso3}`;
		let entry = out.get(key);
		if (!entry) out.set(key, (entry = { indicator: p.indicator, iso3: p.iso3, years: [], values: [] }));
		entry.years.push(p.year);
		entry.values.push(p.value);
	}
	return [...out.values()];
}

/** What loadProject returns: the page's data, and the embed's and preview image's. */
export type ProjectData = Awaited<ReturnType<typeof loadProject>>;
