/**
 * Countries and the groups they belong to — AU region, regional economic communities, Smart Africa
 * membership — in one place, so every page means the same thing by "members" or "ECOWAS".
 */
import type { Engine } from '$lib/db/engine';

/**
 * Members of Smart Africa: confirmed members and the one member the sources report without
 * confirmation (Liberia); a country "in process" (Botswana) is not counted.
 */
export const SMART_AFRICA_MEMBERS_SQL = `SELECT iso3 FROM memberships
	WHERE org = 'smart-africa' AND status IN ('member', 'member-unconfirmed')`;

/** Regional economic communities, in the order pages list them. */
export const RECS = ['ecowas', 'uemoa', 'eac', 'sadc', 'eccas', 'cemac', 'comesa', 'igad', 'amu', 'censad'] as const;
export type Rec = (typeof RECS)[number];
export const AU_REGIONS = ['north', 'west', 'central', 'east', 'southern'] as const;
export type AuRegion = (typeof AU_REGIONS)[number];

export interface CountryGroups {
	iso3: string;
	/** ISO 3166-1 alpha-2, which readers also search by. */
	iso2: string;
	name_en: string;
	name_fr: string;
	au_region: AuRegion;
	/** Communities the country currently belongs to. */
	recs: Rec[];
	/** Communities it has left (BFA, MLI, NER left ECOWAS in January 2025). */
	former_recs: Rec[];
	/** A Smart Africa member (see SMART_AFRICA_MEMBERS_SQL). */
	member: boolean;
	/** One of the seven signatories of the Smart Africa Manifesto. */
	founding: boolean;
	/** Latest population (World Bank) and its year; null for the SADR, which the World Bank does not cover. */
	population: number | null;
	population_year: number | null;
	/**
	 * Internet users: the latest published share × the population of that same year. A derived count,
	 * used only to say what share of a group's users live in member states.
	 */
	internet_users: number | null;
	internet_year: number | null;
}

export async function countryGroups(db: Engine): Promise<CountryGroups[]> {
	await db.load(['countries', 'memberships', 'observations']);
	const rows = await db.query<Omit<CountryGroups, 'recs' | 'former_recs'> & Record<Rec, boolean> & { former: string | null }>(
		`WITH members AS (${SMART_AFRICA_MEMBERS_SQL}),
		 pop AS (
		   SELECT iso3, arg_max(value, year) AS population, max(year) AS population_year
		   FROM observations WHERE indicator = 'population' GROUP BY iso3
		 ),
		 net AS (
		   SELECT iso3, arg_max(value, year) AS share, max(year) AS year
		   FROM observations WHERE indicator = 'internet-users' GROUP BY iso3
		 ),
		 users AS (
		   SELECT n.iso3, n.share / 100 * p.value AS internet_users, n.year AS internet_year
		   FROM net n JOIN observations p ON p.indicator = 'population' AND p.iso3 = n.iso3 AND p.year = n.year
		 )
		 SELECT c.iso3, c.iso2, c.name_en, c.name_fr, c.au_region, ${RECS.map((r) => `c.${r}`).join(', ')},
		        c.former_recs AS former,
		        c.iso3 IN (SELECT iso3 FROM members) AS member,
		        coalesce(m.founding, false) AS founding,
		        pop.population, pop.population_year, users.internet_users, users.internet_year
		 FROM countries c
		 LEFT JOIN memberships m ON m.iso3 = c.iso3 AND m.org = 'smart-africa'
		 LEFT JOIN pop ON pop.iso3 = c.iso3
		 LEFT JOIN users ON users.iso3 = c.iso3
		 ORDER BY c.iso3`
	);
	return rows.map(({ former, ...row }) => {
		const out = { ...row, recs: RECS.filter((r) => row[r]), former_recs: (former?.split(';') ?? []) as Rec[] } as CountryGroups &
			Partial<Record<Rec, boolean>>;
		for (const r of RECS) delete out[r];
		return out;
	});
}
