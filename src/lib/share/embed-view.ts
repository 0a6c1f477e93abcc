/**
 * An embed's own choice of chart, for views whose full page shows several (`chart=ranking` on the
 * indicator embed, `panel` is in the path for education): read and taken off before the view's own
 * parser reads the rest, so it is never reported as unknown.
 */
import { parseChoice, type Notice } from '$lib/state/params';
import { parseEmbedOptions } from './embed-options';

/** `null` params (prerender, before the address is read) give the first chart and no state. */
export function embedViewParams<T extends string>(params: URLSearchParams | null, charts: readonly T[]): { chart: T; rest: URLSearchParams; notices: Notice[] } {
	if (!params) return { chart: charts[0], rest: new URLSearchParams(), notices: [] };
	const { rest } = parseEmbedOptions(params);
	const raw = rest.get('chart');
	rest.delete('chart');
	if (raw === null) return { chart: charts[0], rest, notices: [] };
	const parsed = parseChoice(raw, 'chart', charts);
	return { chart: parsed.value ?? charts[0], rest, notices: parsed.notices };
}

/** Adds `chart=` to a view's serialised query (`?a=1` or ``) unless it is the default chart. */
export function withEmbedChart(viewQuery: string, chart: string, defaultChart: string): string {
	if (chart === defaultChart) return viewQuery;
	return viewQuery ? `${viewQuery}&chart=${chart}` : `?chart=${chart}`;
}
