/**
 * A view's state kept in the page's address. The prerendered page shows the defaults; once it runs in a
 * browser the address is read (with its notices), and a change to the view is a navigation to the new
 * address, so the back button and a shared link both work.
 */
import { onMount } from 'svelte';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { Parsed } from './params';

export interface UrlView<View> {
	/** False in the prerendered HTML and until the page runs: controls stay disabled until then. */
	readonly mounted: boolean;
	readonly parsed: Parsed<View>;
	readonly view: View;
	/** Navigates to the address of the view with this change. */
	update(change: Partial<View>): void;
}

/** Call while a component initialises; `parse` and `serialise` may read the component's reactive values. */
export function urlView<View>(
	parse: (params: URLSearchParams) => Parsed<View>,
	serialise: (view: View) => string,
	defaults: View
): UrlView<View> {
	let mounted = $state(false);
	onMount(() => {
		mounted = true;
	});
	const parsed = $derived<Parsed<View>>(mounted ? parse(page.url.searchParams) : { view: defaults, notices: [] });
	return {
		get mounted() {
			return mounted;
		},
		get parsed() {
			return parsed;
		},
		get view() {
			return parsed.view;
		},
		update(change) {
			goto(`${page.url.pathname}${serialise({ ...parsed.view, ...change })}`, { keepFocus: true, noScroll: true });
		}
	};
}
