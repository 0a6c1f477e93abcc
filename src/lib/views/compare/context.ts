/** What every chart view of the compare page shares: language, names, selection, status, tab. */
import type { ChartStatus } from '$lib/charts/types';
import { formatNumber, formatTick, formatValue } from '$lib/i18n/format';
import { type Locale, localized } from '$lib/i18n/locales';
import type { comparePage } from '$lib/i18n/messages/compare';
import type { CatalogueEntry } from '$lib/queries/compare';
import type { SourceMeta } from '$lib/queries/indicator';
import type { Reference, Tab } from '$lib/views/compare/state';
import type { CountryInfo } from './derive';

export interface ViewContext {
	locale: Locale;
	t: (typeof comparePage)['en'];
	/** A country's name in the page's language. */
	name: (iso3: string) => string;
	countries: ReadonlyMap<string, CountryInfo>;
	/** Selected countries, in selection order, and their colours. */
	selected: string[];
	colours: Record<string, string>;
	refs: Reference[];
	status: ChartStatus;
	statusText: string;
	tab: Tab;
	/** JavaScript is running: tabs switch, rather than both panels showing. */
	enhanced: boolean;
	onTab: (tab: Tab) => void;
	sources: Record<string, SourceMeta>;
	/** Link to an indicator's own page, in the page's language. */
	indicatorHref: (id: string) => string;
}

/** An indicator's name, unit and formatters in the page's language. */
export function indicatorText(entry: CatalogueEntry, locale: Locale) {
	return {
		name: localized(entry, 'name', locale),
		unit: localized(entry, 'unit', locale),
		format: (value: number | null | undefined) => formatValue(locale, value, entry.unit, entry.decimals),
		tick: (value: number) => formatTick(locale, value, entry.unit),
		/** A change between two values: percentage points for percentages, the unit otherwise; signed. */
		change: (start: number, end: number, pointsLabel: string) => {
			const d = end - start;
			const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
			const size = Math.abs(d);
			return entry.unit === 'percent'
				? `${sign}${formatNumber(locale, size, entry.decimals)} ${pointsLabel}`
				: `${sign}${formatValue(locale, size, entry.unit, entry.decimals)}`;
		}
	};
}

/** "Name (value)", the way findings name a country and its value. */
export const named = (name: string, value: string) => `${name} (${value})`;
