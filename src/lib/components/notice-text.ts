/**
 * The sentence for each of the shared URL notices (src/lib/state/params.ts), in the reader's language:
 * used by Notices.svelte and by the compare page's own notices, so both say the same thing.
 */
import { formatNumber } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import { notices as noticeMessages } from '$lib/i18n/messages/common';
import type { Notice } from '$lib/state/params';

export function noticeText(notice: Notice, locale: Locale): string {
	const t = noticeMessages[locale];
	// A grouped notice names its first few values and says how many it leaves out.
	const list = (names: string[], count: number) => t.echoList(names, count > names.length ? formatNumber(locale, count - names.length) : null);
	switch (notice.kind) {
		case 'unknown-param':
			return t.unknownParam(notice.param);
		case 'unknown-params':
			return t.unknownParams(formatNumber(locale, notice.count), list(notice.params, notice.count));
		case 'repeated-param':
			return t.repeatedParam(notice.param);
		case 'unknown-country':
			return t.unknownCountry(notice.value);
		case 'unknown-countries':
			return t.unknownCountries(formatNumber(locale, notice.count), list(notice.values, notice.count));
		case 'unknown-indicators':
			return notice.count === 1 ? t.unknownIndicator(notice.values[0]) : t.unknownIndicators(formatNumber(locale, notice.count), list(notice.values, notice.count));
		case 'too-many':
			return t.tooMany(notice.max);
		case 'bad-year':
			return t.badYear(notice.value, notice.first, notice.last, notice.fallback);
		case 'bad-value':
			return t.badValue(notice.param, notice.value, notice.expected.join(', '));
	}
}
