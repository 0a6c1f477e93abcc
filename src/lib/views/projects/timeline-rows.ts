/** A project as a row of the projects timeline, the same on the index and on a project's own page. */
import type { TimelineRow } from '$lib/charts/project-timeline';
import { formatList } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import { formatUsdShort, projectsText } from '$lib/i18n/messages/projects';
import { localHref } from '$lib/i18n/routes';
import { STATUS_CLASSES, statusClass, type ProjectSummary } from '$lib/queries/projects';
import { STATUS_COLOURS, datesText, projectName } from './project-text';

export interface RowOptions {
	/** The countries named in the tooltip (none: no line), with their names in the page's language. */
	countries?: string[];
	countryName?: (iso3: string) => string;
	/** A programme shown only for its matching phases. */
	context?: boolean;
	/** The project whose page this is. */
	current?: boolean;
}

/** Up to three names, then how many more, in alphabetical order. */
export function countriesText(locale: Locale, iso3s: string[], countryName: (iso3: string) => string): string {
	const names = iso3s.map(countryName).sort((a, b) => a.localeCompare(b, locale));
	return names.length > 3 ? projectsText[locale].moreCountries(names.slice(0, 3), names.length - 3) : formatList(locale, names);
}

export function timelineRow(locale: Locale, p: ProjectSummary, depth: 0 | 1, options: RowOptions = {}): TimelineRow {
	const t = projectsText[locale];
	const name = projectName(locale, p);
	const status = t.statuses[statusClass(p.status)];
	const { countries = [], countryName = (iso3: string) => iso3 } = options;
	const tooltip = [name.text, datesText(locale, p), t.tooltipStatus(status)];
	if (p.amount_usd !== null) tooltip.push(t.tooltipAmount(formatUsdShort(locale, p.amount_usd)));
	if (countries.length) tooltip.push(t.tooltipCountries(countriesText(locale, countries, countryName)));
	if (p.uncertain) tooltip.push(t.tooltipUncertain);
	return {
		id: p.id,
		depth,
		label: name.text,
		labelLang: name.lang,
		href: localHref(locale, `/projects/${p.id}`),
		start: p.start,
		end: p.end,
		colour: STATUS_COLOURS[statusClass(p.status)],
		meta: `${datesText(locale, p)} · ${status}`,
		flag: p.uncertain ? t.flagUncertain : undefined,
		context: options.context,
		current: options.current,
		tooltip
	};
}

/** The timeline's key and words, the same on both pages: status colours, marks, today, and the keyboard hint. */
export function timelineKey(locale: Locale) {
	const t = projectsText[locale];
	return {
		keyboardHint: t.keyboardHint,
		todayLabel: t.today,
		undatedLabel: t.undated,
		legend: STATUS_CLASSES.map((c) => ({ colour: STATUS_COLOURS[c], label: t.statuses[c] })),
		legendLabels: { imprecise: t.legendImprecise, open: t.legendOpen, planned: t.legendPlanned, today: t.legendToday }
	};
}
