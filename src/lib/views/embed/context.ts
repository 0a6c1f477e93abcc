/** What the embed layout tells its pages: the embed's options, once the address can be read. */
import { getContext, setContext } from 'svelte';
import type { EmbedOptions } from '$lib/share/embed-options';

export interface EmbedContext {
	readonly options: EmbedOptions;
	/** JavaScript runs and the address (the view's state) has been read. */
	readonly mounted: boolean;
}

const KEY = Symbol('embed');
export const setEmbedContext = (ctx: EmbedContext) => setContext(KEY, ctx);
export const embedContext = () => getContext<EmbedContext>(KEY);
