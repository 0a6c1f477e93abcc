/** The series palette: readable on white, and ten colours told apart with each common colour-vision deficiency. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolveTokens, tokensFromCss } from '$lib/share/card';
import { CONTEXT_COLOUR, HIGHLIGHT_COLOURS, MANY_COLOUR, SERIES_COLOURS } from './palette';

/** The palette's tokens as the site's stylesheet sets them, and as the dark theme (embeds) sets them. */
const css = readFileSync('src/app.css', 'utf8');
const tokens = tokensFromCss(css);
const value = (colour: string) => resolveTokens(colour, tokens);
const darkTokens = tokensFromCss(`:root {${/html\.embed-dark\s*\{([^}]*)\}/.exec(css)?.[1] ?? ''}}`);
const DARK_SERIES = HIGHLIGHT_COLOURS.map((colour) => resolveTokens(colour, (name) => darkTokens(name) ?? tokens(name)));

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
const linear = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const luminance = (hex: string) => {
	const [r, g, b] = channels(hex).map(linear);
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrastOnWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

// Machado, Oliveira and Fernandes (2009), severity 1: linear-RGB matrices simulating each dichromacy.
const SIMULATIONS: Record<string, number[][] | null> = {
	normal: null,
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

/** CIELAB (D65) of a colour as seen with a deficiency. */
function seenLab(hex: string, matrix: number[][] | null): [number, number, number] {
	let rgb = channels(hex).map(linear);
	if (matrix) rgb = matrix.map((row) => Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])));
	const [r, g, b] = rgb;
	const xyz = [
		(0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047,
		0.2126729 * r + 0.7151522 * g + 0.072175 * b,
		(0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883
	].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116));
	return [116 * xyz[1] - 16, 500 * (xyz[0] - xyz[1]), 200 * (xyz[1] - xyz[2])];
}
const deltaE = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('series palette', () => {
	it('has ten distinct colours, none the grey of context or of a large group', () => {
		expect(SERIES_COLOURS).toHaveLength(10);
		expect(new Set(SERIES_COLOURS).size).toBe(10);
		expect(SERIES_COLOURS).not.toContain(value(CONTEXT_COLOUR));
		expect(SERIES_COLOURS).not.toContain(value(MANY_COLOUR));
	});

	it('is the stylesheet’s --series-1 … --series-10, which the charts name', () => {
		expect(HIGHLIGHT_COLOURS.map(value)).toEqual([...SERIES_COLOURS]);
	});

	it('draws every series at least 3:1 on white (WCAG non-text contrast)', () => {
		for (const colour of SERIES_COLOURS) expect(contrastOnWhite(colour), colour).toBeGreaterThanOrEqual(3);
		expect(contrastOnWhite(value(MANY_COLOUR))).toBeGreaterThanOrEqual(4.5);
	});

	it.each(Object.keys(SIMULATIONS).flatMap((vision) => [['light', vision], ['dark', vision]]))('keeps any two %s-theme colours apart with %s (ΔE ≥ 15)', (theme, vision) => {
		const labs = (theme === 'light' ? [...SERIES_COLOURS] : DARK_SERIES).map((c) => seenLab(c, SIMULATIONS[vision]));
		let closest = Infinity;
		for (let i = 0; i < labs.length; i++) for (let j = i + 1; j < labs.length; j++) closest = Math.min(closest, deltaE(labs[i], labs[j]));
		expect(closest).toBeGreaterThanOrEqual(15);
	});
});
