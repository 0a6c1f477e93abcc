/** What every chart view of the compare page shares: language, names, selection, status, tab. */
import type { ChartStatus } from '$lib/charts/types';
import type { Locale } from '$lib/i18n/locales';
import type { comparePage } from '$lib/i18n/messages/compare';
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

/** An indicator's name, unit and formatters in the page's language (as on the indicator page). */
export { indicatorText } from '$lib/views/indicator/derive';

/** "Name (value)", the way findings name a country and its value. */
export const named = (name: string, value: string) => `${name} (${value})`;
