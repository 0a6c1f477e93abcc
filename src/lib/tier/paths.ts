/** Where the query tier's files live under the data folder (written by scripts/lib/write-tier.ts). */
export const tierPath = {
	indicator: (id: string) => `tier/indicators/${encodeURIComponent(id)}.arrow`,
	countries: 'tier/countries.arrow',
	memberships: 'tier/memberships.arrow'
};
