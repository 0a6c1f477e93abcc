/** The source line as plain text, for images: the same words as the SourceLine component. */
import { formatDate } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import { source as messages } from '$lib/i18n/messages/common';
import { sourceNames } from '$lib/i18n/source-names';
import type { SourceMeta } from '$lib/queries/indicator';

export function sourceText(source: SourceMeta, locale: Locale, seriesCode?: string): string {
	const t = messages[locale];
	const series = seriesCode ? ` (${t.seriesCode} ${seriesCode})` : '';
	const names = sourceNames(locale, source);
	return `${t.source}${t.colon}${names.publisher}, ${names.dataset}${series}. ${t.licence}${t.colon}${names.licence}, ${t.retrieved} ${formatDate(locale, source.retrieved)}.`;
}
