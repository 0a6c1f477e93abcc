/** File names and addresses that say what a shared chart is. */

/** `internet-users_TGO-SEN_2010-2023`: indicator, countries, years; safe on every file system. */
export function exportFileName(parts: { indicator: string; countries?: string[]; from?: number | null; to?: number | null; extra?: string }): string {
	const years = parts.from != null && parts.to != null ? (parts.from === parts.to ? String(parts.from) : `${parts.from}-${parts.to}`) : parts.from != null ? String(parts.from) : '';
	const countries = parts.countries?.length ? (parts.countries.length > 6 ? `${parts.countries.slice(0, 6).join('-')}-and-${parts.countries.length - 6}-more` : parts.countries.join('-')) : '';
	return [parts.indicator, countries, parts.extra ?? '', years]
		.filter(Boolean)
		.join('_')
		.replace(/[^A-Za-z0-9_.-]+/g, '-')
		.slice(0, 120);
}

/** `/compare?x=1` → `/embed/compare?x=1`, in the same language and under the same base path. */
export function embedPathFor(base: string, localePrefix: '' | '/fr', viewPath: string, search = ''): string {
	return `${base}${localePrefix}/embed${viewPath}${search}`;
}
