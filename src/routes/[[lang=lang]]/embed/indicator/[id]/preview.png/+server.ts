/** An indicator's link preview: its chart over time with the default highlighted countries, as on the page. */
import LineChart from '$lib/charts/LineChart.svelte';
import { prerenderEngine } from '$lib/db/node';
import { formatList, formatTick, formatValue } from '$lib/i18n/format';
import { localeFromParam, localized } from '$lib/i18n/locales';
import { indicatorPage } from '$lib/i18n/messages/indicator';
import { indicatorIds } from '$lib/queries/indicator';
import { countryNamesIn, fullRangeOf, indicatorLineSeries } from '$lib/share/indicator-charts';
import { pngResponse, previewPng, renderChart } from '$lib/share/preview.server';
import { sourceText } from '$lib/share/source-text';
import { loadIndicator } from '$lib/views/indicator/load.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = async () => (await indicatorIds(prerenderEngine())).flatMap((id) => [{ id }, { lang: 'fr', id }]);

export const GET: RequestHandler = async ({ params }) => {
	const locale = localeFromParam(params.lang);
	const data = await loadIndicator(params);
	const t = indicatorPage[locale];
	const meta = data.meta;
	const name = localized(meta, 'name', locale);
	const names = countryNamesIn(locale, data.countries);
	const shown = data.defaults.countries;
	const fmt = (v: number | null) => formatValue(locale, v, meta.unit, meta.decimals);
	const latest = shown
		.map((iso3) => data.highlighted.filter((p) => p.iso3 === iso3).at(-1))
		.filter((p) => p !== undefined)
		.map((p) => `${names.get(p.iso3)} ${fmt(p.value)} (${p.year})`);
	const title = t.overTime(name, data.years.firstWellCovered, data.years.last);
	const chart = renderChart(LineChart, {
		id: `line-${meta.id}`,
		series: indicatorLineSeries(names, data.context, data.highlighted, shown),
		title,
		description: title,
		formatY: (v: number) => formatTick(locale, v, meta.unit),
		formatValue: fmt,
		yDomain: fullRangeOf(meta)
	});
	return pngResponse(
		previewPng({
			chart,
			title,
			subtitle: `${localized(meta, 'unit', locale)}${latest.length ? ` · ${formatList(locale, latest)}` : ''}`,
			source: sourceText(meta.source, locale, meta.source_code),
			locale
		})
	);
};
