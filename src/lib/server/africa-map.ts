/**
 * The map of Africa's 55 AU member states, projected at prerender time from Natural Earth boundaries
 * (world-atlas, 1:50m), simplified for size. Only SVG path strings reach the page, never the geometry.
 * - The Sahrawi Republic (ESH) is drawn on the whole territory of Western Sahara, south of the
 *   27°40′N parallel that separates it from Morocco. Natural Earth 4.1 draws Morocco down to the
 *   Moroccan-built berm, so the two shapes are merged and split again along that parallel. The
 *   territory is disputed, and the page says so.
 * - Somaliland has no code in Natural Earth and is drawn as part of Somalia, as the AU recognises.
 * - The five island states too small to see or click at this scale get a marker.
 */
import { createRequire } from 'node:module';
import { geoArea, geoAzimuthalEqualArea, geoCentroid, geoIdentity, geoPath, geoStream } from 'd3-geo';
import type { Feature, Geometry, MultiPolygon, Position } from 'geojson';
import { feature, merge } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Topology, GeometryCollection } from 'topojson-specification';

import type { MapGeometry } from '$lib/charts/types';

export const SMALL_STATES = ['CPV', 'COM', 'MUS', 'STP', 'SYC'];
/** Share of the points kept: enough for a map 800 px wide at a fifth of the bytes. */
const KEEP = 0.12;
/** The internationally recognised boundary between Morocco and Western Sahara. */
const MOROCCO_WESTERN_SAHARA = 27 + 40 / 60;
/**
 * The frame: the continent's extreme points and the island states (Cabo Verde to Mauritius), so that
 * remote islets (e.g. South Africa's Prince Edward Islands) do not shrink the map.
 */
const FRAME: Feature = {
	type: 'Feature',
	properties: {},
	geometry: {
		type: 'MultiPoint',
		coordinates: [
			[10.2, 37.6], // Tunisia, north
			[-6, 35.9], // Morocco, Strait of Gibraltar
			[34.5, 31.6], // Egypt, Sinai
			[51.4, 11.8], // Somalia, east
			[20, -34.9], // South Africa, Cape Agulhas
			[-25.4, 17.2], // Cabo Verde
			[-25.4, 14.7],
			[57.9, -20.6], // Mauritius
			[56.3, -4.5] // Seychelles
		]
	}
};

/** The part of a geometry inside a longitude/latitude box, as a MultiPolygon (no holes: none needed here). */
function clipToBox(geometry: Geometry, [[x0, y0], [x1, y1]]: [[number, number], [number, number]]): MultiPolygon {
	const polygons: Position[][][] = [];
	let ring: Position[] | null = null;
	geoStream(
		geometry,
		geoIdentity()
			.clipExtent([[x0, y0], [x1, y1]])
			.stream({
				point: (x, y) => void ring?.push([x, y]),
				lineStart: () => void (ring = []),
				lineEnd: () => {
					if (ring && ring.length > 2) polygons.push([[...ring, ring[0]]]);
					ring = null;
				},
				polygonStart: () => {},
				polygonEnd: () => {},
				sphere: () => {}
			})
	);
	// A ring wound the wrong way would mean "the whole globe but this"; turn it round.
	for (const polygon of polygons) if (geoArea({ type: 'Polygon', coordinates: polygon }) > 2 * Math.PI) polygon[0].reverse();
	return { type: 'MultiPolygon', coordinates: polygons };
}

const require = createRequire(import.meta.url);

export function africaMap(countries: { iso3: string; m49: number }[], width = 800, height = 820): MapGeometry {
	const world = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
	const presimplified = presimplify(world);
	const simplified = simplify(presimplified, quantile(presimplified, KEEP));

	const featureOf = (topology: typeof world, iso3: string, m49: number): Feature => {
		const id = String(m49).padStart(3, '0');
		const geometries = topology.objects.countries.geometries;
		if (iso3 === 'MAR' || iso3 === 'ESH') {
			const both = merge(topology, geometries.filter((g) => g.id === '504' || g.id === '732') as never);
			const box: [[number, number], [number, number]] =
				iso3 === 'MAR' ? [[-20, MOROCCO_WESTERN_SAHARA], [5, 40]] : [[-20, 15], [5, MOROCCO_WESTERN_SAHARA]];
			return { type: 'Feature', id, properties: {}, geometry: clipToBox(both, box) };
		}
		if (iso3 === 'SOM') {
			const parts = geometries.filter((g) => g.id === id || (g.properties as { name?: string } | undefined)?.name === 'Somaliland');
			return { type: 'Feature', id, properties: {}, geometry: merge(topology, parts as never) };
		}
		const geometry = geometries.find((g) => g.id === id);
		if (!geometry) throw new Error(`Natural Earth has no shape for ${iso3} (${id})`);
		return feature(topology, geometry as never) as unknown as Feature;
	};

	// Small islands keep their full outline: simplification would erase them.
	const features = countries.map((c) => ({
		iso3: c.iso3,
		feature: featureOf(SMALL_STATES.includes(c.iso3) ? world : simplified, c.iso3, c.m49)
	}));
	const projection = geoAzimuthalEqualArea().rotate([-17, -2]).fitExtent([[8, 8], [width - 8, height - 8]], FRAME);
	const path = geoPath(projection).digits(1);

	return {
		width,
		height,
		shapes: features.map(({ iso3, feature: f }) => {
			const centre = projection(geoCentroid(f));
			return {
				iso3,
				d: path(f) ?? '',
				marker: SMALL_STATES.includes(iso3) && centre ? { x: Math.round(centre[0] * 10) / 10, y: Math.round(centre[1] * 10) / 10 } : null
			};
		})
	};
}
