/**
 * The embed's own URL options, beside the view's state: `theme=light|dark|auto` (auto follows the
 * reader's `prefers-color-scheme`) and `controls=1|0` (0: the chart alone, its table kept for screen
 * readers). They are taken off before the view's parser reads the rest, so they are never "unknown".
 */
import { parseChoice, repeatedParams, type Notice } from '$lib/state/params';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export interface EmbedOptions {
	theme: Theme;
	controls: boolean;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { theme: 'light', controls: true };
export const EMBED_PARAMS = ['theme', 'controls'] as const;

export function parseEmbedOptions(params: URLSearchParams): { options: EmbedOptions; notices: Notice[]; rest: URLSearchParams } {
	const notices: Notice[] = repeatedParams(params, EMBED_PARAMS);
	const options = { ...DEFAULT_EMBED_OPTIONS };
	const theme = params.get('theme');
	if (theme !== null) {
		const parsed = parseChoice(theme, 'theme', THEMES);
		options.theme = parsed.value ?? DEFAULT_EMBED_OPTIONS.theme;
		notices.push(...parsed.notices);
	}
	const controls = params.get('controls');
	if (controls !== null) {
		const parsed = parseChoice(controls, 'controls', ['1', '0'] as const, { true: '1', yes: '1', on: '1', false: '0', no: '0', off: '0' });
		options.controls = (parsed.value ?? '1') === '1';
		notices.push(...parsed.notices);
	}
	const rest = new URLSearchParams(params);
	for (const p of EMBED_PARAMS) rest.delete(p);
	return { options, notices, rest };
}

/** The embed options as they should stay in the address when a control changes the view. */
export function embedOptionsQuery(params: URLSearchParams): string {
	const kept = new URLSearchParams();
	for (const p of EMBED_PARAMS) {
		const value = params.get(p);
		if (value !== null) kept.set(p, value);
	}
	return kept.toString();
}

/** Joins a view's serialised query (`?a=1` or ``) with the embed's options. */
export function withEmbedOptions(viewQuery: string, params: URLSearchParams): string {
	const options = embedOptionsQuery(params);
	if (!options) return viewQuery;
	return viewQuery ? `${viewQuery}&${options}` : `?${options}`;
}
