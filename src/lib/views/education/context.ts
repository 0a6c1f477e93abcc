/**
 * What every education panel shares: the language and its messages, country names and membership, the
 * named countries, the indicators' names, units and sources. Panels take this and their rows as props
 * (never fetching), so the page and an embed draw the same panel.
 */
import type { ChartStatus } from '$lib/charts/types';
import { formatNumber, formatValue } from '$lib/i18n/format';
import { type Locale, localized } from '$lib/i18n/locales';
import { educationPage } from '$lib/i18n/messages/education';
import type { CatalogueEntry } from '$lib/queries/compare';
import type { SourceMeta } from '$lib/queries/indicator';
import type { EducationData } from './load.server';

export interface EducationCountry {
	iso3: string;
	name_en: string;
	name_fr: string;
	au_region: string;
	member: boolean;
}

export interface EducationContext {
	locale: Locale;
	t: (typeof educationPage)['en'];
	countries: ReadonlyMap<string, EducationCountry>;
	/** Countries named and outlined in the charts. */
	selected: readonly string[];
	/** Countries with a seed programme (marked ◆). */
	programmeCountries: ReadonlySet<string>;
	entries: ReadonlyMap<string, CatalogueEntry>;
	sources: Record<string, SourceMeta>;
	/** JavaScript is running: tabs switch, rather than both panels showing. */
	enhanced: boolean;
}

export interface PanelStatus {
	status: ChartStatus;
	statusText: string;
}

/** The context the page, an embed and a preview image give the panels, from the view's load data. */
export function educationContext(
	data: Pick<EducationData, 'countries' | 'programmes' | 'catalogue' | 'sources'>,
	locale: Locale,
	selected: readonly string[],
	enhanced: boolean
): EducationContext {
	return {
		locale,
		t: educationPage[locale],
		countries: new Map(data.countries.map((c) => [c.iso3, c])),
		selected,
		programmeCountries: new Set(data.programmes.flatMap((p) => p.countries.map((c) => c.iso3))),
		entries: new Map(data.catalogue.map((c) => [c.id, c])),
		sources: data.sources,
		enhanced
	};
}

/** Each chart panel's heading (an embed's and a preview image's title). */
export const panelHeading = (t: EducationContext['t'], panel: 'schools' | 'skills' | 'connectivity' | 'context') =>
	({ schools: t.schoolsHeading, skills: t.skillsHeading, connectivity: t.connectivityHeading, context: t.contextHeading })[panel];

export const countryName = (ctx: EducationContext, iso3: string) => {
	const c = ctx.countries.get(iso3);
	return c ? localized(c, 'name', ctx.locale) : iso3;
};
export const isMember = (ctx: EducationContext, iso3: string) => ctx.countries.get(iso3)?.member ?? false;

/** An indicator's name and unit in the page's language, and its values formatted with its decimals. */
export function indicatorText(ctx: EducationContext, id: string) {
	const e = ctx.entries.get(id);
	return {
		name: e ? localized(e, 'name', ctx.locale) : id,
		unit: e ? localized(e, 'unit', ctx.locale) : '',
		format: (v: number | null | undefined) => formatValue(ctx.locale, v, e?.unit ?? '', e?.decimals ?? 1)
	};
}

/** A share in percent with one decimal (`25.0%`, `25,0 %`). */
export const formatShare = (ctx: EducationContext, v: number | null | undefined) => formatValue(ctx.locale, v, 'percent', 1);
export const formatPoints = (ctx: EducationContext, v: number) => formatNumber(ctx.locale, v, 0);

/** One year, or the span of several (`2016–2019`). */
export function yearSpan(years: (number | null)[]): string {
	const known = years.filter((y): y is number => y !== null);
	if (known.length === 0) return '';
	const lo = Math.min(...known);
	const hi = Math.max(...known);
	return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/** The source line of a set of indicators: one per source, naming their series codes. */
export function sourcesOf(ctx: EducationContext, ids: readonly string[]): { source: SourceMeta; codes: string }[] {
	const out = new Map<string, string[]>();
	for (const id of ids) {
		const e = ctx.entries.get(id);
		if (!e || !ctx.sources[e.source_id]) continue;
		const codes = out.get(e.source_id) ?? [];
		// Publisher codes share a stem (SE_ACS_INTNT [Education level=PRIMAR]): name each stem once.
		const stem = e.source_code.split(' [')[0];
		if (!codes.includes(stem)) codes.push(stem);
		out.set(e.source_id, codes);
	}
	return [...out].map(([id, codes]) => ({ source: ctx.sources[id], codes: codes.join(', ') }));
}

export const SERIES_COLOURS = { electricity: 'var(--measure-amber)', computers: 'var(--measure-green)', internet: 'var(--measure-violet)' } as const;
export const GROUP_COLOURS = { member: 'var(--group-member)', nonMember: 'var(--group-non-member)' } as const;
