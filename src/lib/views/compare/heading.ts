/**
 * A compare chart's title and unit line for a view's parameters. The chart on screen titles what it
 * draws with it; the figure's heading uses it for the state just asked for, so a change of control is
 * answered at once, while the chart catches up under its progress.
 */
import type { Locale } from '$lib/i18n/locales';
import type { CatalogueEntry, CompareParams } from '$lib/queries/compare';
import { indicatorText, type ViewContext } from './context';

export interface Heading {
	title: string;
	/** The unit, for the charts of one indicator. */
	subtitle?: string;
}

/** Null while an indicator's entry is not known yet (the whole catalogue still on its way). */
export function compareHeading(params: CompareParams, entry: (id: string) => CatalogueEntry | undefined, t: ViewContext['t'], locale: Locale): Heading | null {
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
	return { title, subtitle: unit };
}
