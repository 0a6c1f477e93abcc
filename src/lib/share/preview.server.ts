/**
 * Link-preview images (Open Graph / Twitter cards), drawn at build time: the page's own Svelte chart is
 * rendered to SVG on the server (svelte/server, at the preview's proportions), composed into the same
 * card as the browser's downloads (title, subtitle, source and licence), and rasterised with
 * @napi-rs/canvas. Served by prerendered `preview.png` endpoints beside the embeds.
 */
import { createHash } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createCanvas, Image, type SKRSContext2D } from '@napi-rs/canvas';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { common } from '$lib/i18n/messages/common';
import { buildCacheDir, readCacheEntry, writeCacheEntry } from '$lib/server/build-cache';
import type { Locale } from '$lib/i18n/locales';
import appCss from '../../app.css?raw';
import { CARD_FONT, composeCard, tokensFromCss, type CardChart, type MeasureText } from './card';
import { PREVIEW_HEIGHT, PREVIEW_SIZE, PREVIEW_WIDTH } from './preview-size';

/**
 * `PREVIEW_TIMINGS=/tmp/previews.tsv npx vite build` appends each preview's drawing time (server render
 * of the chart, then composing and rasterising) to that file: how we decide which pages get their own image.
 */
function timing(step: string, title: string, started: number) {
	const file = process.env.PREVIEW_TIMINGS;
	if (file) appendFileSync(file, `${step}\t${(performance.now() - started).toFixed(1)}\t${title}\n`);
}

/** The chart's drawing size inside the card (it is scaled to fit what the texts leave). */
export const PREVIEW_CHART = { width: 1000, height: 420 };

/** The first chart SVG (the one with an accessible name) in server-rendered HTML, as a card's chart. */
export function chartFromHtml(html: string): CardChart {
	const start = html.search(/<svg[^>]*aria-labelledby/);
	if (start < 0) throw new Error('no chart SVG in the rendered component');
	const open = html.indexOf('>', start);
	const end = html.indexOf('</svg>', open);
	const tag = html.slice(start, open + 1);
	const box = /viewBox="([^"]+)"/.exec(tag)?.[1].split(/[\s,]+/).map(Number);
	if (!box || box.length !== 4) throw new Error('chart SVG without a viewBox');
	// Accessible text and comments belong to the page; hydration markers are not SVG.
	const content = html
		.slice(open + 1, end)
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<title[\s\S]*?<\/title>/g, '')
		.replace(/<desc[\s\S]*?<\/desc>/g, '');
	return { content, width: box[2], height: box[3] };
}

/** A chart component rendered on the server at the preview's proportions. */
export function renderChart<Props extends Record<string, unknown>>(component: Component<Props>, props: Props, size = PREVIEW_CHART): CardChart {
	const started = performance.now();
	const { body } = render(component as Component<Record<string, unknown>>, { props, context: new Map([[PREVIEW_SIZE, size]]) });
	timing('render', String(props.title ?? props.id ?? ''), started);
	return chartFromHtml(body);
}

/** A panel rendered on the server: its first chart and its source lines as plain text (as the page shows them). */
export function renderFigure<Props extends Record<string, unknown>>(component: Component<Props>, props: Props, size = PREVIEW_CHART): { chart: CardChart; source: string } {
	const started = performance.now();
	const { body } = render(component as Component<Record<string, unknown>>, { props, context: new Map([[PREVIEW_SIZE, size]]) });
	timing('render', 'panel', started);
	const lines = [...body.matchAll(/<p class="source-line[^"]*"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => decodeEntities(m[1].replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim());
	return { chart: chartFromHtml(body), source: [...new Set(lines)].join(' ') };
}

const decodeEntities = (s: string) =>
	s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');

let measureContext: SKRSContext2D | undefined;
const measure: MeasureText = (text, size, weight) => {
	measureContext ??= createCanvas(10, 10).getContext('2d');
	measureContext.font = `${weight} ${size}px ${CARD_FONT}`;
	return measureContext.measureText(text).width;
};

/** The site's theme tokens (app.css), light values: the server-rendered charts name colours by token. */
export const LIGHT_TOKENS = tokensFromCss(appCss);

/**
 * Rasterised cards, by a hash of the card's SVG: the SVG holds everything the image shows (chart, texts,
 * data, fonts named), so the same SVG is the same image. A rebuild, the sub-path build and any other
 * clone on the machine (the cache is in the user's cache directory: build-cache.ts) rasterise only cards
 * whose data, wording or chart code changed.
 */
const PREVIEW_CACHE = buildCacheDir('previews');
/**
 * Part of the cache key, with the card's SVG: the rasteriser's version (the cache is shared by every clone
 * on the machine, whatever version each has installed) and its settings; bump the number when the
 * settings change.
 */
const CANVAS_VERSION = (createRequire(import.meta.url)('@napi-rs/canvas/package.json') as { version: string }).version;
const RASTER_VERSION = `napi-canvas-${CANVAS_VERSION}-png-1:${PREVIEW_WIDTH}x${PREVIEW_HEIGHT}`;

/** The preview card as PNG bytes. */
export async function previewPng({ chart, title, subtitle, source, locale }: { chart: CardChart; title: string; subtitle?: string; source: string; locale: Locale }): Promise<Buffer> {
	const started = performance.now();
	const card = composeCard({
		chart,
		title,
		subtitle,
		source,
		credit: common[locale].siteName,
		width: PREVIEW_WIDTH,
		height: PREVIEW_HEIGHT,
		measure,
		tokens: LIGHT_TOKENS
	});
	const cached = join(PREVIEW_CACHE, `${createHash('sha256').update(RASTER_VERSION).update(card.svg).digest('hex')}.png`);
	const hit = readCacheEntry(cached);
	if (hit) {
		timing('png-cached', title, started);
		return hit;
	}
	const image = new Image();
	image.src = Buffer.from(card.svg);
	const canvas = createCanvas(PREVIEW_WIDTH, PREVIEW_HEIGHT);
	canvas.getContext('2d').drawImage(image, 0, 0, PREVIEW_WIDTH, PREVIEW_HEIGHT);
	// Encoded off the main thread, so other pages prerender meanwhile.
	const png = await canvas.encode('png');
	writeCacheEntry(cached, png);
	timing('png', title, started);
	return png;
}

export const pngResponse = async (png: Buffer | Promise<Buffer>) => {
	const bytes = await png;
	return new Response(new Uint8Array(bytes), { headers: { 'content-type': 'image/png', 'content-length': String(bytes.length) } });
};
