/**
 * The theme tokens (app.css): every token a component names exists, the dark theme only gives other
 * values to tokens that exist, and both themes keep text AA (4.5:1) and chart marks 3:1 on their ground.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokensFromCss, type TokenLookup } from '$lib/share/card';

const css = readFileSync('src/app.css', 'utf8');
const light = tokensFromCss(css);
const darkBlock = /html\.embed-dark\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
const darkOnly = tokensFromCss(`:root {${darkBlock}}`);
const dark: TokenLookup = (name) => darkOnly(name) ?? light(name);

const channels = (hex: string) => {
	const h = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1);
	return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255);
};
const luminance = (hex: string) => {
	const [r, g, b] = channels(hex).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
	const [lo, hi] = [luminance(a), luminance(b)].sort((x, y) => x - y);
	return (hi + 0.05) / (lo + 0.05);
};

/** Tokens that colour text (AA: 4.5:1 on the page and on a surface). */
const TEXT = ['--text', '--text-soft', '--muted', '--axis-text', '--link', '--error', '--warning-text', '--accent'];
/** Tokens that colour chart marks and axes (3:1 on the page); context grey and grid are deliberately faint. */
const MARKS = [
	'--axis',
	'--bar',
	'--mark',
	// Every selected country's colour (palette.ts), in both themes.
	...Array.from({ length: 10 }, (_, i) => `--series-${i + 1}`),
	'--series-many',
	'--error-strong',
	'--measure-amber',
	'--measure-green',
	'--measure-violet',
	'--measure-pink',
	'--measure-cyan',
	'--group-member',
	'--group-non-member'
];

function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sources(path);
		return /\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
	});
}

describe('theme tokens', () => {
	it('defines every token the components and charts name', () => {
		const missing = new Set<string>();
		const texts = [...sources('src/lib'), ...sources('src/routes')].map((file) => [file, readFileSync(file, 'utf8')]);
		// Properties components set themselves (`--tx: …`, `style:--colour={…}`) are theirs, not tokens.
		const own = new Set(texts.flatMap(([, text]) => [...text.matchAll(/(?:style:|^\s*)(--[\w-]*\w)(?:=|:)/gm)].map((m) => m[1])));
		for (const [file, text] of texts) {
			for (const m of text.matchAll(/var\(\s*(--[\w-]*\w)\s*[,)]/g)) {
				if (!light(m[1]) && !own.has(m[1])) missing.add(`${m[1]} (${file})`);
			}
		}
		expect([...missing]).toEqual([]);
	});

	it('gives the dark theme values only for tokens the light theme has', () => {
		const names = [...darkBlock.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]);
		expect(names.length).toBeGreaterThan(20);
		for (const name of names) expect(light(name), name).toBeDefined();
	});

	it('draws chart text AA (4.5:1) on the ground in both themes, never in a faint token meant for rules', () => {
		const offenders = sources('src/lib/charts').flatMap((file) => {
			const text = readFileSync(file, 'utf8');
			// A CSS rule that sets a font size styles text: its fill or colour must read as text.
			const rules = [...text.matchAll(/([^{}]+)\{([^{}]*font-size[^{}]*)\}/g)];
			return rules.flatMap(([, selector, body]) =>
				[...body.matchAll(/(?:fill|color)\s*:\s*var\((--[\w-]+)\)/g)].flatMap(([, token]) =>
					[light, dark]
						.filter((theme) => contrast(theme(token)!, theme('--bg')!) < 4.5)
						.map((theme) => `${file}: ${selector.split('\n').at(-1)!.trim()} uses ${token} (${theme === light ? 'light' : 'dark'})`)
				)
			);
		});
		expect(offenders).toEqual([]);
	});

	it.each([
		['light', light],
		['dark', dark]
	] as const)('keeps text AA and marks 3:1 on the %s ground', (_, theme) => {
		const bg = theme('--bg')!;
		const surface = theme('--surface')!;
		for (const name of TEXT) {
			expect(contrast(theme(name)!, bg), `${name} on --bg`).toBeGreaterThanOrEqual(4.5);
			expect(contrast(theme(name)!, surface), `${name} on --surface`).toBeGreaterThanOrEqual(4.5);
		}
		for (const name of MARKS) expect(contrast(theme(name)!, bg), name).toBeGreaterThanOrEqual(3);
	});
});
