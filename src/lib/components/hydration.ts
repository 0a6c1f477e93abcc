/**
 * Whether the page has hydrated: components created before (the prerendered page coming alive) must draw
 * what the HTML already holds; components created after (a chart type switched to) are new to the page
 * and may draw in their own order. The root layout marks it once mounted, after every child.
 */
let hydrated = false;

export const markHydrated = () => void (hydrated = true);
export const isHydrated = () => hydrated;
