/**
 * A chart as a self-contained image: its title, subtitle, the chart's own SVG, the source line with the
 * licence and the site's credit, composed into one SVG string. The share dialog builds PNG and SVG
 * downloads from it in the browser, and the build draws the link-preview images from it, so an image
 * never travels without its source. Pure: text is measured by a function handed in (the browser's or
 * the build's canvas), with an estimate as fallback. The source line is never cut: it wraps over as many
 * lines as it needs, and the site's credit has a line of its own below it.
 */

export interface CardTheme {
	background: string;
	text: string;
	muted: string;
	rule: string;
}

export const LIGHT_CARD: CardTheme = { background: '#ffffff', text: '#111827', muted: '#4b5563', rule: '#d1d5db' };

/** The page's font stack (app.css), so images look like the page. */
export const CARD_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

/** Width of a text at a size and weight, in px. */
export type MeasureText = (text: string, size: number, weight: number) => number;

/** Average glyph widths of a sans-serif: close enough to wrap when no canvas is at hand. */
export const estimateText: MeasureText = (text, size, weight) => text.length * size * (weight >= 600 ? 0.56 : 0.51);

export interface CardChart {
	/** The chart's SVG markup inside its root element (its children). */
	content: string;
	/** The chart's own coordinate size (its viewBox). */
	width: number;
	height: number;
}

/** One entry of a chart's key, as the page shows it above the chart. */
export interface CardKeyItem {
	kind: 'line' | 'dashed' | 'dotted' | 'box' | 'circle' | 'text';
	colour?: string;
	label: string;
}

export interface CardInput {
	chart: CardChart;
	/** The chart's key (which colour is which country or group), drawn under the subtitle. */
	key?: CardKeyItem[];
	title: string;
	subtitle?: string;
	/** "Source: … Licence: …, retrieved …": the same words as the page's source line. */
	source: string;
	/** Site name and address, bottom right. */
	credit: string;
	/** The chart's summary in words (its <desc> on the page): the image's <desc>, and its alt text where it is used. */
	description?: string;
	/** Total width; the chart is scaled to it. */
	width: number;
	/** Fixed total height (link previews): the chart fits what the text leaves. Otherwise it sets the height. */
	height?: number;
	measure?: MeasureText;
	theme?: CardTheme;
	font?: string;
	/**
	 * The theme tokens' values: charts and keys name colours as `var(--grid)`, which an image drawn
	 * outside the page (a PNG, a downloaded SVG, a link preview) cannot look up, so they are written in.
	 */
	tokens?: TokenLookup;
}

/** A theme token's value by its name (`--grid` → `#e5e7eb`), or undefined when there is none. */
export type TokenLookup = (name: string) => string | undefined;

const TOKEN_REFERENCE = /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*?)\s*)?\)/g;

/** Every token reference (`var(--grid)`, or with a fallback after a comma) in a text replaced by the token's value. */
export function resolveTokens(text: string, lookup: TokenLookup): string {
	return text.replace(TOKEN_REFERENCE, (all, name: string, fallback?: string) => lookup(name) ?? fallback ?? all);
}

/** The tokens a stylesheet sets on `:root` (its first such rule), as a lookup. */
export function tokensFromCss(css: string): TokenLookup {
	const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
	const values = new Map<string, string>();
	for (const m of block.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) values.set(m[1], m[2].trim());
	return (name) => values.get(name);
}

export interface Card {
	svg: string;
	width: number;
	height: number;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Greedy word wrap to a width; a word longer than the width gets its own line. Breaks at ordinary
 * spaces only: a no-break space (French "Source : ", "12,3 %") keeps its neighbours together.
 */
export function wrapText(text: string, width: number, size: number, weight: number, measure: MeasureText = estimateText): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && measure(candidate, size, weight) > width) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}

/** Compose the card. Sizes scale with the width so a 320 px chart and a 1200 px preview both read well. */
export function composeCard({ chart, key = [], title, subtitle, source, credit, description, width, height, measure = estimateText, theme = LIGHT_CARD, font = CARD_FONT, tokens }: CardInput): Card {
	const scale = Math.min(1.6, Math.max(0.85, width / 760));
	const pad = Math.round(20 * scale);
	const titleSize = Math.round(22 * scale);
	const subtitleSize = Math.round(15 * scale);
	const sourceSize = Math.round(12.5 * scale);
	const inner = width - 2 * pad;

	const titleLines = wrapText(title, inner, titleSize, 700, measure).slice(0, 3);
	const subtitleLines = subtitle ? wrapText(subtitle, inner, subtitleSize, 400, measure).slice(0, 2) : [];
	// Every source, its licence and date: wrapped over as many lines as it takes, never cut.
	const sourceLines = wrapText(source, inner, sourceSize, 400, measure);
	const creditWidth = measure(credit, sourceSize, 600);

	// The key wraps like text: a swatch and its label per item, items kept whole.
	const keySize = Math.round(13 * scale);
	const keyLead = keySize * 1.6;
	const swatch = keySize * 1.6;
	const keyRows: { item: CardKeyItem; x: number }[][] = [];
	let keyX = 0;
	for (const item of key) {
		const w = (item.kind === 'text' ? 0 : swatch + keySize * 0.4) + measure(item.label, keySize, 400) + keySize * 1.2;
		if (!keyRows.length || (keyX > 0 && keyX + w > inner)) {
			keyRows.push([]);
			keyX = 0;
		}
		keyRows.at(-1)!.push({ item, x: keyX });
		keyX += w;
	}
	const keyHeight = keyRows.length ? 6 + keyRows.length * keyLead : 0;

	const titleLead = titleSize * 1.2;
	const subtitleLead = subtitleSize * 1.35;
	const sourceLead = sourceSize * 1.4;
	const header = pad + titleLines.length * titleLead + (subtitleLines.length ? 4 + subtitleLines.length * subtitleLead : 0) + keyHeight + pad * 0.6;
	const footer = pad * 0.6 + sourceLines.length * sourceLead + sourceLead + pad;

	// The chart keeps its proportions: at its natural scale for downloads, fitted into what is left for previews.
	let chartWidth = inner;
	let chartHeight = (chart.height / chart.width) * inner;
	const total = height ?? Math.ceil(header + chartHeight + footer);
	if (height !== undefined) {
		const room = Math.max(40, height - header - footer);
		if (chartHeight > room) {
			chartHeight = room;
			chartWidth = (chart.width / chart.height) * room;
		}
	}
	const chartX = pad + (inner - chartWidth) / 2;

	const parts: string[] = [];
	parts.push(`<rect width="${width}" height="${total}" fill="${theme.background}"/>`);
	let y = pad;
	for (const line of titleLines) {
		y += titleLead;
		parts.push(`<text x="${pad}" y="${(y - titleSize * 0.25).toFixed(1)}" font-size="${titleSize}" font-weight="700" fill="${theme.text}">${escapeXml(line)}</text>`);
	}
	if (subtitleLines.length) y += 4;
	for (const line of subtitleLines) {
		y += subtitleLead;
		parts.push(`<text x="${pad}" y="${(y - subtitleSize * 0.35).toFixed(1)}" font-size="${subtitleSize}" fill="${theme.muted}">${escapeXml(line)}</text>`);
	}
	if (keyRows.length) y += 6;
	for (const row of keyRows) {
		y += keyLead;
		const mid = y - keyLead / 2;
		for (const { item, x } of row) {
			const sx = pad + x;
			const colour = escapeXml(item.colour ?? theme.text);
			if (item.kind === 'box') parts.push(`<rect x="${sx.toFixed(1)}" y="${(mid - keySize * 0.4).toFixed(1)}" width="${swatch.toFixed(1)}" height="${(keySize * 0.8).toFixed(1)}" rx="2" fill="${colour}"/>`);
			else if (item.kind === 'circle') parts.push(`<circle cx="${(sx + swatch / 2).toFixed(1)}" cy="${mid.toFixed(1)}" r="${(keySize * 0.42).toFixed(1)}" fill="${colour}" stroke="${theme.text}" stroke-width="1"/>`);
			else if (item.kind !== 'text') {
				const dash = item.kind === 'dashed' ? ' stroke-dasharray="6 4"' : item.kind === 'dotted' ? ' stroke-dasharray="2 3"' : '';
				parts.push(`<line x1="${sx.toFixed(1)}" x2="${(sx + swatch).toFixed(1)}" y1="${mid.toFixed(1)}" y2="${mid.toFixed(1)}" stroke="${colour}" stroke-width="${(keySize * 0.22).toFixed(1)}"${dash}/>`);
			}
			const tx = item.kind === 'text' ? sx : sx + swatch + keySize * 0.4;
			parts.push(`<text x="${tx.toFixed(1)}" y="${(mid + keySize * 0.35).toFixed(1)}" font-size="${keySize}" fill="${theme.text}">${escapeXml(item.label)}</text>`);
		}
	}
	const chartY = header;
	parts.push(
		`<svg x="${chartX.toFixed(1)}" y="${chartY.toFixed(1)}" width="${chartWidth.toFixed(1)}" height="${chartHeight.toFixed(1)}" viewBox="0 0 ${chart.width} ${chart.height}" overflow="visible" font-size="12">${chart.content}</svg>`
	);
	let fy = total - footer + pad * 0.6;
	parts.push(`<line x1="${pad}" x2="${width - pad}" y1="${(fy - sourceLead * 0.2).toFixed(1)}" y2="${(fy - sourceLead * 0.2).toFixed(1)}" stroke="${theme.rule}"/>`);
	for (const line of sourceLines) {
		fy += sourceLead;
		parts.push(`<text x="${pad}" y="${(fy - sourceSize * 0.3).toFixed(1)}" font-size="${sourceSize}" fill="${theme.muted}">${escapeXml(line)}</text>`);
	}
	fy += sourceLead;
	parts.push(
		`<text x="${width - pad}" y="${(fy - sourceSize * 0.3).toFixed(1)}" font-size="${sourceSize}" font-weight="600" fill="${theme.text}" text-anchor="end"${creditWidth > inner ? ` textLength="${inner}"` : ''}>${escapeXml(credit)}</text>`
	);

	const drawn =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${escapeXml(font)}">` +
		`<title>${escapeXml(title)}</title>${description ? `<desc>${escapeXml(description)}</desc>` : ''}${parts.join('')}</svg>`;
	const svg = tokens ? resolveTokens(drawn, tokens) : drawn;
	return { svg, width, height: total };
}
