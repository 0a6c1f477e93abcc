/**
 * A compare chart's title and unit line for a view's parameters. The chart on screen titles what it
 * draws with it; the figure's heading uses it for the state just asked for, so a change of control is
 * answered at once, while the chart catches up under its progress.
 */
import type { Locale } from '$lib/i18n/locales';
import type { CatalogueEntry, CompareParams } from '$lib/queries/compare';
import { indicatorText, type ViewContext } from './context';
import { changeKind } from './derive';

export interface Heading {
	title: string;
	/** The unit, for the charts of one indicator. */
	subtitle?: string;
}

/** How the values are shown: as a change since a base year (the line chart), or on a log axis (line, bar). */
export interface ValueDisplay {
	/** A base year the chart's years include, or null. */
	base?: number | null;
	scale?: 'linear' | 'log';
}

/**
 * The unit line under a chart of one indicator: the unit, or what a change since a base year is measured in
 * (a percentage for money and counts, points for shares), or the unit on a log scale. The chart and the
 * figure's heading both read it, so the heading never names a unit the chart is not drawing.
 */
export function valueSubtitle(entry: CatalogueEntry, unit: string, t: ViewContext['t'], display: ValueDisplay = {}): string {
	const { base = null, scale = 'linear' } = display;
	if (base !== null) {
		if (changeKind(entry.unit) === 'percent') return t.changePercent(base);
		return entry.unit === 'percent' ? t.changePoints(base) : t.changeIn(base, unit);
	}
	return scale === 'log' ? t.logScale(unit) : unit;
}

/** Null while an indicator's entry is not known yet (the whole catalogue still on its way). */
export function compareHeading(
	params: CompareParams,
	entry: (id: string) => CatalogueEntry | undefined,
	t: ViewContext['t'],
	locale: Locale,
	display: ValueDisplay = {}
): Heading | null {
	if (params.chart === 'scatter') {
		const [y, x] = [entry(params.y), entry(params.x)];
		return y && x ? { title: t.titleScatter(indicatorText(y, locale).name, indicatorText(x, locale).name, params.year) } : null;
	}
	const found = entry(params.indicator);
	if (!found) return null;
	const { name, unit } = indicatorText(found, locale);
	const latest = 'window' in params && params.window > 0;
	const title =
		params.chart === 'line'
			? params.align === 'joined'
				? t.titleAligned(name)
				: t.titleLine(name, params.from, params.to)
			: params.chart === 'slope'
				? t.titleSlope(name, params.from, params.to)
				: params.chart === 'bar'
					? latest
						? t.titleBarLatest(name, params.year)
						: t.titleBar(name, params.year)
					: latest
						? t.titleMapLatest(name, params.year)
						: t.titleMap(name, params.year);
	// As LineView: a change is drawn on the line chart when its base year is one of the chart's years; a log
	// axis on the line and bar charts.
	const base = params.chart === 'line' && display.base != null && display.base >= params.from && display.base <= params.to ? display.base : null;
	const scale = params.chart === 'line' || params.chart === 'bar' ? display.scale : 'linear';
	return { title, subtitle: valueSubtitle(found, unit, t, { base, scale }) };
}
