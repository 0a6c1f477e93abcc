/**
 * Every number and date the site shows is formatted here, per locale, with memoised Intl formatters
 * (French: `12,5 %`, `1 234`; English: `12.5%`, `1,234`). Missing values read as "no data", never 0.
 */
import type { Locale } from './locales';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = numberFormats.get(key);
	if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(INTL_LOCALE[locale], options)));
	return format;
}

export const NO_DATA: Record<Locale, string> = { en: 'no data', fr: 'pas de données' };

/** A plain number with a fixed number of decimals. */
export function formatNumber(locale: Locale, value: number, decimals = 0): string {
	return numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A download size: `5.2 MB` / `5,2 Mo` (decimal megabytes, as phone data plans count). */
export function formatMegabytes(locale: Locale, bytes: number): string {
	return `${formatNumber(locale, bytes / 1e6, 1)}\u00a0${locale === 'fr' ? 'Mo' : 'MB'}`;
}

/** A small download size: `36 KB` / `36 Ko` (decimal kilobytes; at least 1). */
export function formatKilobytes(locale: Locale, bytes: number): string {
	return `${formatNumber(locale, Math.max(1, Math.round(bytes / 1e3)))}\u00a0${locale === 'fr' ? 'Ko' : 'KB'}`;
}

/** A value already expressed in percent (12.5 → `12.5%` / `12,5 %`). */
export function formatPercent(locale: Locale, value: number, decimals = 0): string {
	return numberFormat(locale, {
		style: 'unit',
		unit: 'percent',
		minimumFractionDigits: decimals,
		maximumFractionDigits: decimals
	}).format(value);
}

/**
 * A share (0–1) as a percentage with no decimals, unless rounding would claim all or none of it: 99.6 %
 * of a population is not 100 %, so it keeps one decimal.
 */
export function formatShare(locale: Locale, share: number): string {
	const percent = share * 100;
	const rounded = Math.round(percent);
	const misleading = (rounded === 100 && percent < 100) || (rounded === 0 && percent > 0);
	return formatPercent(locale, misleading ? Math.floor(percent * 10) / 10 : percent, misleading ? 1 : 0);
}

/** Short axis labels: 1 234 567 → `1.2M` / `1,2 M`. */
export function formatCompact(locale: Locale, value: number): string {
	return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** An indicator value in its unit; null (no value published) reads as "no data". */
export function formatValue(locale: Locale, value: number | null | undefined, unit: string, decimals: number): string {
	if (value === null || value === undefined || Number.isNaN(value)) return NO_DATA[locale];
	switch (unit) {
		case 'percent':
			return formatPercent(locale, value, decimals);
		case 'usd':
		case 'usd-ppp':
			return numberFormat(locale, {
				style: 'currency',
				currency: 'USD',
				currencyDisplay: 'narrowSymbol',
				minimumFractionDigits: decimals,
				maximumFractionDigits: decimals
			}).format(value);
		default:
			return formatNumber(locale, value, decimals);
	}
}

/** Tick labels for an axis in an indicator's unit (percent ticks keep their sign). */
export function formatTick(locale: Locale, value: number, unit: string): string {
	if (unit === 'percent') return formatPercent(locale, value, 0);
	return Math.abs(value) >= 10_000 ? formatCompact(locale, value) : formatNumber(locale, value, Number.isInteger(value) ? 0 : 1);
}

export type DatePrecision = 'day' | 'month' | 'year';

/** A date known to the day, month or year: `2024-11-29` → `29 Nov 2024` / `29 nov. 2024`; `2016` → `2016`. */
export function formatDate(locale: Locale, iso: string, precision: DatePrecision = 'day'): string {
	const [y, m = 1, d = 1] = iso.split('-').map(Number);
	if (precision === 'year' || !/^\d{4}-\d{2}/.test(iso)) return String(y);
	const options: Intl.DateTimeFormatOptions =
		precision === 'month' ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
	const key = `${locale}|${precision}`;
	let format = dateFormats.get(key);
	if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(INTL_LOCALE[locale], options)));
	return format.format(new Date(Date.UTC(y, m - 1, d)));
}

/** A list in running text: `Togo, Senegal and Kenya` / `Togo, Sénégal et Kenya`. */
export function formatList(locale: Locale, items: string[]): string {
	return new Intl.ListFormat(INTL_LOCALE[locale], { style: 'long', type: 'conjunction' }).format(items);
}
