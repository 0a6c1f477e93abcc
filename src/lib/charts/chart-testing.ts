/**
 * What the charts' component tests share: a chart rendered over its test's props, and read with the
 * keys as a keyboard user reads it (the focusable region, named by its keyboard hint, and its tooltip).
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { Component } from 'svelte';

/** Renders `chart` with `defaults`, any of them replaced by the props given. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Svelte's own bound for a component's props
export function renderer<P extends Record<string, any>>(chart: Component<P>, defaults: NoInfer<P>) {
	return (props: Partial<NoInfer<P>> = {}) => render(chart as Component, { ...defaults, ...props });
}

/** The hint every test chart is given, so `press` finds its region. */
export const KEYBOARD_HINT = 'Use the arrow keys.';

/** Presses the keys in turn on the chart's focusable region; the tooltip then showing, or null. */
export async function press(...keys: string[]): Promise<HTMLElement | null> {
	const region = screen.getByRole('group', { name: new RegExp(KEYBOARD_HINT) });
	for (const key of keys) await fireEvent.keyDown(region, { key });
	return screen.queryByRole('status');
}
