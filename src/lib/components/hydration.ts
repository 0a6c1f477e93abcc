/**
 * Whether the page has hydrated: components created before (the prerendered page coming alive) must draw
 * what the HTML already holds; components created after (a chart type switched to) are new to the page
 * and may draw in their own order. The root layout marks it once mounted, after every child.
 */
let hydrated = false;

/**
 * Also leaves the performance mark `app:hydrated`: from then on every control and chart on the page
 * answers (before it, a key pressed on a prerendered chart does nothing). The browser tests wait for it.
 */
export function markHydrated() {
	hydrated = true;
	if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark('app:hydrated');
}
export const isHydrated = () => hydrated;
