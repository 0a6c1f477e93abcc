/**
 * Browser side of the image downloads: the chart's live SVG with its computed styles written onto each
 * element (so it looks the same outside the page's stylesheet), composed into a card with its title and
 * source, then rasterised on a canvas for PNG. Loaded with the share dialog, never with the page.
 */
import { CARD_FONT, composeCard, type Card, type CardChart, type MeasureText } from './card';

/** Presentation properties a chart's CSS may set; copied as attributes where they differ from the default. */
const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'stroke-linejoin',
	'stroke-linecap',
	'opacity',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'visibility'
] as const;

/** Not inherited in SVG: compared with their initial value rather than the parent's. */
const INITIAL: Partial<Record<(typeof STYLE_PROPERTIES)[number], string>> = { opacity: '1' };

/** The chart's SVG with computed styles inlined, interactive-only parts removed, at its drawn size. */
export function chartForCard(svg: SVGSVGElement): CardChart {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	const styles = new Map<Element, CSSStyleDeclaration>();
	const drop: Element[] = [];
	originals.forEach((el, i) => {
		const copy = copies[i] as Element;
		const style = getComputedStyle(el);
		styles.set(el, style);
		const parent = el === svg ? undefined : el.parentElement && styles.get(el.parentElement);
		// Accessible text and pointer targets belong to the page, not the picture.
		if (el.matches('title, desc, .hit-area, [role="presentation"]')) drop.push(copy);
		copy.removeAttribute('class');
		copy.removeAttribute('style');
		if (style.display === 'none') {
			copy.setAttribute('display', 'none');
			return;
		}
		for (const property of STYLE_PROPERTIES) {
			const value = style.getPropertyValue(property);
			if (!value) continue;
			const initial = INITIAL[property];
			// Inherited values are written where they change, not on every element.
			if (initial !== undefined ? value === initial : parent && parent.getPropertyValue(property) === value) continue;
			copy.setAttribute(property, value);
		}
	});
	for (const el of drop) el.remove();
	const box = svg.viewBox.baseVal;
	const rect = svg.getBoundingClientRect();
	const width = box && box.width ? box.width : rect.width;
	const height = box && box.height ? box.height : rect.height;
	const root = STYLE_PROPERTIES.filter((p) => clone.hasAttribute(p))
		.map((p) => `${p}="${clone.getAttribute(p)}"`)
		.join(' ');
	// XML, not innerHTML: HTML serialisation writes `&nbsp;` (French "60,0 %"), which no SVG image decoder reads.
	const serializer = new XMLSerializer();
	const content = [...clone.childNodes].map((node) => serializer.serializeToString(node)).join('');
	return { content: `<g ${root}>${content}</g>`, width, height };
}

/** Text widths from a canvas, in the page's font. */
export function canvasMeasure(font = CARD_FONT): MeasureText {
	const context = document.createElement('canvas').getContext('2d');
	if (!context) return (text, size) => text.length * size * 0.55;
	return (text, size, weight) => {
		context.font = `${weight} ${size}px ${font}`;
		return context.measureText(text).width;
	};
}

/** The theme tokens as the page's root sets them (light: a card is drawn on white, whatever the embed's theme). */
export const pageTokens = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || undefined;

/** The page's font family, as computed, so the image uses the same fonts. */
export const pageFont = () => getComputedStyle(document.documentElement).fontFamily || CARD_FONT;

/** The card as a PNG at a scale (2 for print and high-resolution screens). */
export async function cardToPng(card: Card, scale: number): Promise<Blob> {
	await document.fonts?.ready;
	const url = URL.createObjectURL(new Blob([card.svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const image = new Image();
		image.width = card.width;
		image.height = card.height;
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(card.width * scale);
		canvas.height = Math.round(card.height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no 2D canvas');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0, card.width, card.height);
		return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}

export function downloadBlob(blob: Blob, fileName: string) {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export { composeCard };
