/**
 * How an embedded chart and its host page talk (documented in docs/embeds.md; static/embed.js is the
 * host side and must keep these names). The embed posts its content height to the parent window on load
 * and whenever it changes; the host script sets the iframe's height to it. Messages are plain objects:
 *
 *   embed → host  { type: 'sa-ict-embed:size', height: 642 }   (CSS pixels, whole document)
 *   host → embed  { type: 'sa-ict-embed:request-size' }        (answered with a size message)
 */
export const SIZE_MESSAGE = 'sa-ict-embed:size';
export const REQUEST_SIZE_MESSAGE = 'sa-ict-embed:request-size';
/** The snippet's iframe height before the script sizes it: the default line chart at 800 px fits. */
export const DEFAULT_EMBED_HEIGHT = 640;
/** The iframe attribute the host script looks for. */
export const EMBED_ATTRIBUTE = 'data-sa-ict-embed';

export interface SizeMessage {
	type: typeof SIZE_MESSAGE;
	height: number;
}

export const isSizeRequest = (data: unknown): boolean =>
	typeof data === 'object' && data !== null && (data as { type?: unknown }).type === REQUEST_SIZE_MESSAGE;

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The HTML a journalist pastes: a full-width iframe at a default height (so it shows the chart even where
 * scripts are stripped) and the sizing script, which fits the height to the content.
 */
export function embedSnippet({ src, title, script, height }: { src: string; title: string; script: string; height: number }): string {
	return (
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ${EMBED_ATTRIBUTE} width="100%" height="${Math.round(height)}" ` +
		`style="width:100%;min-width:280px;border:0" loading="lazy"></iframe>\n` +
		`<script src="${escapeAttribute(script)}" async></script>`
	);
}
