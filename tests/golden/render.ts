/**
 * Rendering for the golden files: a page or a view, on the server (svelte/server, as prerendering and the
 * link-preview images do), from the real data in static/data through the site's own loads and queries.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { load as layoutLoad } from '../../src/routes/+layout.server';
import { PREVIEW_SIZE, type PreviewSize } from '$lib/share/preview-size';
import type { Locale } from '$lib/i18n/locales';

/** A phone: 360 px wide, and the height `clamp(280px, 60vw, 440px)` gives the line charts there. */
export const PHONE: PreviewSize = { width: 360, height: 280 };

export interface PageRoute {
	/** The route's id, as SvelteKit names it (`/[[lang=lang]]/indicator/[id]`). */
	id: string;
	component: Component<never>;
	load: (event: never) => unknown;
}

/** The path of a route in a language, e.g. `/fr/indicator/internet-users`. */
function pathOf(route: string, params: Record<string, string>) {
	return route
		.replace('/[[lang=lang]]', params.lang ? `/${params.lang}` : '')
		.replace(/\[(\w+)\]/g, (_, name: string) => params[name])
		.replace(/^$/, '/');
}

/**
 * A page as prerendering draws it: the layout's and the page's server loads run on native DuckDB, then the
 * page component renders with that data. `$app/state`'s `page` reads SvelteKit's request context
 * ('__request__', see @sveltejs/kit/src/runtime/app/state/server.js), which we provide as the server
 * would. `size` draws every chart of the page at that size (a phone), as ChartFrame does for previews.
 */
export async function renderPage(route: PageRoute, locale: Locale, routeParams: Record<string, string> = {}, size?: PreviewSize): Promise<string> {
	const params: Record<string, string> = { ...routeParams, ...(locale === 'fr' ? { lang: 'fr' } : {}) };
	const data = { ...(layoutLoad() as object), ...((await route.load({ params } as never)) as object) };
	const page = {
		url: new URL(pathOf(route.id, params), 'http://localhost'),
		params,
		route: { id: route.id },
		data,
		status: 200,
		error: null,
		state: {},
		form: undefined
	};
	const context = new Map<unknown, unknown>([['__request__', { page }]]);
	if (size) context.set(PREVIEW_SIZE, size);
	return render(route.component as Component<Record<string, unknown>>, { props: { data, params }, context }).body;
}

/** A component (a chart view or panel) on the server, optionally at a given size. */
export function renderComponent<Props extends Record<string, unknown>>(component: Component<Props>, props: Props, size?: PreviewSize): string {
	const context = new Map<unknown, unknown>(size ? [[PREVIEW_SIZE, size]] : []);
	return render(component as Component<Record<string, unknown>>, { props, context }).body;
}
