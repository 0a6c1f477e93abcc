/** The sources a scorecard's values come from, as one line of text (for its images). */
import { formatDate } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import { source as messages } from '$lib/i18n/messages/common';
import { rowSourceNames } from '$lib/i18n/source-names';
import type { ScorecardRow } from '$lib/queries/country';

/** `compact` (link previews): publishers and licences only, so the line fits under the picture. */
export function scorecardSource(rows: ScorecardRow[], locale: Locale, compact = false): string {
	const t = messages[locale];
	const used = [...new Map(rows.filter((r) => r.value !== null).map((r) => [r.source_id, r])).values()].sort((a, b) => a.source_publisher.localeCompare(b.source_publisher));
	const names = (r: ScorecardRow) => rowSourceNames(locale, r);
	const separator = locale === 'fr' ? '\u00a0; ' : '; ';
	if (compact) return `${t.source}${t.colon}${used.map((r) => `${names(r).publisher.replace(/ \(.*\)$/, '')} (${names(r).licence})`).join(separator)}.`;
	return `${t.source}${t.colon}${used.map((r) => `${names(r).publisher}, ${names(r).dataset} (${t.licence}${t.colon}${names(r).licence}, ${t.retrieved} ${formatDate(locale, r.source_retrieved)})`).join(separator)}.`;
}
