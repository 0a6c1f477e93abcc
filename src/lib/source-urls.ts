/**
 * The `source_urls` fields of the fact tables: links separated by ` ; `, each optionally followed by a
 * note in brackets (`https://… (= seed 003)`), as scripts/lib/tables.ts validates them.
 */
export interface SourceLink {
	url: string;
	note: string | null;
}

export function sourceLinks(field: string | null | undefined): SourceLink[] {
	if (!field) return [];
	return field.split(' ; ').map((entry) => {
		const [url, ...rest] = entry.trim().split(/\s+/);
		return { url, note: rest.length ? rest.join(' ') : null };
	});
}

/** A link's site, for a short label: `smartafrica.org`. */
export function sourceHost(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}
