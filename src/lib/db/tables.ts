/** The site's tables, as built into static/data/ by scripts/build-data.ts (one Parquet + one Arrow file each). */
export const TABLE_NAMES = [
	'countries',
	'sources',
	'indicators',
	'observations',
	'memberships',
	'projects',
	'project_countries'
] as const;
export type TableName = (typeof TABLE_NAMES)[number];
