/**
 * Link-preview images (Open Graph / Twitter cards), drawn at build time: the page's own Svelte chart is
 * rendered to SVG on the server (svelte/server, at the preview's proportions), composed into the same
 * card as the browser's downloads (title, subtitle, source and licence), and rasterised with
 * @napi-rs/canvas. Served by prerendered `preview.png` endpoints beside the embeds.
 */
import { createCanvas, Image, type SKRSContext2D } from '@napi-rs/canvas';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { common } from '$lib/i18n/messages/common';
import type { Locale } from '$lib/i18n/locales';
import { CARD_FONT, composeCard, type CardChart, type MeasureText } from './card';
import { PREVIEW_HEIGHT, PREVIEW_SIZE, PREVIEW_WIDTH } from './preview-size';

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
	const { body } = render(component as Component<Record<string, unknown>>, { props, context: new Map([[PREVIEW_SIZE, size]]) });
	return chartFromHtml(body);
}

let measureContext: SKRSContext2D | undefined;
const measure: MeasureText = (text, size, weight) => {
	measureContext ??= createCanvas(10, 10).getContext('2d');
	measureContext.font = `${weight} ${size}px ${CARD_FONT}`;
	return measureContext.measureText(text).width;
};

/** The preview card as PNG bytes. */
export function previewPng({ chart, title, subtitle, source, locale }: { chart: CardChart; title: string; subtitle?: string; source: string; locale: Locale }): Buffer {
	const card = composeCard({
		chart,
		title,
		subtitle,
		source,
		credit: common[locale].siteName,
		width: PREVIEW_WIDTH,
		height: PREVIEW_HEIGHT,
		measure
	});
	const image = new Image();
	image.src = Buffer.from(card.svg);
	const canvas = createCanvas(PREVIEW_WIDTH, PREVIEW_HEIGHT);
	canvas.getContext('2d').drawImage(image, 0, 0, PREVIEW_WIDTH, PREVIEW_HEIGHT);
	return canvas.toBuffer('image/png');
}

export const pngResponse = (png: Buffer) =>
	new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png', 'content-length': String(png.length) } });
