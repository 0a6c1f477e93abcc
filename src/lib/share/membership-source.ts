/** The membership map's source line: the sites its evidence comes from, most cited first. */
import type { Locale } from '$lib/i18n/locales';
import { share } from '$lib/i18n/messages/share';

export function membershipSource(rows: { source_urls: string }[], locale: Locale, shown = 3): string {
	const counts = new Map<string, number>();
	for (const row of rows)
		for (const url of row.source_urls.split(' ; ')) {
			let host: string;
			try {
				host = new URL(url.trim()).hostname.replace(/^www\./, '');
			} catch {
				continue;
			}
			counts.set(host, (counts.get(host) ?? 0) + 1);
		}
	const hosts = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([h]) => h);
	return share[locale].membershipSource(hosts.slice(0, shown).join(', '), Math.max(0, hosts.length - shown));
}
