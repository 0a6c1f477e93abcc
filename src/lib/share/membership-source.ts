/** The membership map's source line: the sites its evidence comes from, most cited first, and the compilation's licence. */
import type { Locale } from '$lib/i18n/locales';
import { share } from '$lib/i18n/messages/share';
import { sourceHost, sourceLinks } from '$lib/source-urls';

/** The sources.csv row of the site's own compilation of memberships (its licence is named with the evidence). */
export const MEMBERSHIP_COMPILATION = 'smart-africa-membership-compiled';

export function membershipSource(rows: { source_urls: string }[], locale: Locale, licence: string | null, shown = 3): string {
	const counts = new Map<string, number>();
	for (const row of rows)
		for (const { url } of sourceLinks(row.source_urls)) {
			const host = sourceHost(url);
			counts.set(host, (counts.get(host) ?? 0) + 1);
		}
	const hosts = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([h]) => h);
	const line = share[locale].membershipSource(hosts.slice(0, shown).join(', '), Math.max(0, hosts.length - shown));
	return licence ? `${line} ${share[locale].compilationLicence(licence)}` : line;
}
