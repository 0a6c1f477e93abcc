/**
 * Every French page of the built site (build/fr/**.html, as prerendered, embeds included) is French: its
 * visible text and its accessible names carry none of the English interface, role, status or source
 * words the French pages used to show. English left on a French page must be declared with lang="en",
 * and only for what is quoted as published: a project's own name, the link to the English page. The
 * not-found page is checked the same way. The indicators' curation notes and the sources' citations are
 * shown in their French (data/*.csv: notes_fr, citation_fr), never the English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { attr, builtPage, detach, elements, first, textContent, type Document } from '../support/built-html.ts';

const siteDir = process.env.SITE_DIR ?? 'build';

/** English words and phrases that no French page should show (whole words, any case unless marked). */
const ENGLISH = [
	'the',
	'and',
	'with',
	'from',
	'which',
	'not found',
	'not verified',
	'retrieved',
	'recipient',
	'implementer',
	'beneficiary',
	'interested member',
	'closed',
	'announced',
	'signed',
	'joined',
	'board',
	'steering committee',
	'inferred',
	'evidence',
	'unknown',
	'completed',
	'World Bank',
	'United Nations',
	'Telecommunication Union',
	'Development Indicators',
	'terms of use',
	'in English',
	'en anglais',
	'Go further',
	'Download',
	'Loading',
	'Page not found'
];
/** As written and capitalised ("the", "The"), not in capitals: SQL's SELECT … FROM … WITH is not English prose. */
const forms = (w: string) => [w, w[0].toUpperCase() + w.slice(1)].map((f) => f.replace(/ /g, '\\s+'));
const ENGLISH_RE = new RegExp(`(?<![\\p{L}\\d_-])(${ENGLISH.flatMap(forms).join('|')})(?![\\p{L}\\d_-])`, 'gu');
/** "Source: …" with an ordinary space (or none) before the colon: French puts a no-break space there. */
const ENGLISH_COLON = /(?<![\p{L}])(Source|Licence|Sources)(?=:)/gu;

const csv = (file: string) => parse(readFileSync(file), { columns: true }) as Record<string, string>[];
/** What may stay English, declared lang="en": projects' own names, sources' citations, the way to the English page. */
const QUOTED = new Set([...csv('data/projects.csv').map((p) => p.name_en), 'English', 'Read this page in English']);
/**
 * Titles quoted as published inside the French citations (a report with no French edition): its English
 * words are not the page's.
 */
const TITLES = ['How many children and young people have internet access at home? Estimating digital connectivity during the COVID-19 pandemic'];
/**
 * Proper names and titles quoted as published, wherever they appear (a project's own name in a chart's
 * title, a citation, a publisher's series code such as GSMA's "Content and Services"): taken out of the
 * text before it is read, longest first.
 */
const PROPER = [...QUOTED, ...TITLES, ...csv('data/indicators.csv').map((i) => i.source_code)].filter(Boolean).sort((a, b) => b.length - a.length);

function frenchPages(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name));
}

/** Elements whose text is followed by a space: a block ends a word (textContent alone would run "…2025.United Nations" together). */
const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'div', 'section', 'caption', 'figcaption', 'option', 'text', 'tspan', 'title', 'desc', 'br']);
/** What is not prose: scripts, styles, code (SQL, series codes) and the inputs' contents. */
const NOT_PROSE = new Set(['script', 'style', 'noscript', 'template', 'code', 'pre', 'kbd', 'samp', 'textarea']);

/**
 * The page's text and accessible names as a browser without scripts shows them, minus code and what is
 * declared English, and the English it declares.
 */
function frenchText(doc: Document): { text: string; declaredEnglish: string[] } {
	for (const el of elements(doc).filter((e) => NOT_PROSE.has(e.tagName))) detach(el);
	const body = first(doc, (e) => e.tagName === 'body')!;
	const declaredEnglish: string[] = [];
	for (const el of elements(body).filter((e) => attr(e, 'lang') === 'en')) {
		declaredEnglish.push(textContent(el).replace(/\s+/g, ' ').trim());
		detach(el);
	}
	const NAMES = ['aria-label', 'title', 'alt', 'placeholder'];
	const names = elements(body)
		.filter((el) => NAMES.some((a) => attr(el, a) !== null))
		.flatMap((el) => NAMES.map((a) => attr(el, a) ?? ''));
	const titleElement = first(doc, (e) => e.tagName === 'title');
	const title = titleElement ? textContent(titleElement) : '';
	const meta = first(doc, (e) => e.tagName === 'meta' && attr(e, 'name') === 'description');
	const description = (meta && attr(meta, 'content')) ?? '';
	return { text: [title, description, textContent(body, BLOCKS), ...names].join('\n'), declaredEnglish };
}

describe('French pages', () => {
	// The French home page is fr.html, beside the fr/ folder.
	const pages = [join(siteDir, 'fr.html'), ...frenchPages(join(siteDir, 'fr'))];

	it('are all there (every page type in French, the not-found page included)', () => {
		expect(pages.length).toBeGreaterThan(400);
		expect(pages).toContain(join(siteDir, 'fr', '404.html'));
	});

	it('show each indicator’s curation notes and each source’s citation in French, not in English', () => {
		/**
		 * What the page shows, as its HTML writes it: without its scripts (the hydration data carries both
		 * languages) and with the few characters Svelte escapes unescaped.
		 */
		const html = (path: string) =>
			readFileSync(join(siteDir, path), 'utf8')
				.replace(/<script\b[\s\S]*?<\/script>/g, '')
				.replaceAll('&amp;', '&')
				.replaceAll('&lt;', '<')
				.replaceAll('&quot;', '"');
		const problems: string[] = [];
		const notes = csv('data/indicators.csv').filter((i) => i.notes);
		expect(notes.length).toBeGreaterThan(100);
		for (const i of notes) {
			const page = html(`fr/indicator/${i.id}.html`);
			if (!page.includes(i.notes_fr)) problems.push(`fr/indicator/${i.id}: French notes missing`);
			if (page.includes(i.notes)) problems.push(`fr/indicator/${i.id}: English notes shown`);
		}
		const sources = csv('data/sources.csv');
		const sourcesPage = html('fr/sources.html');
		for (const s of sources) {
			if (!sourcesPage.includes(s.citation_fr)) problems.push(`fr/sources: French citation of ${s.id} missing`);
			if (sourcesPage.includes(s.citation)) problems.push(`fr/sources: English citation of ${s.id} shown`);
		}
		for (const i of csv('data/indicators.csv')) {
			const source = sources.find((s) => s.id === i.source_id)!;
			const page = html(`fr/indicator/${i.id}.html`);
			if (!page.includes(source.citation_fr)) problems.push(`fr/indicator/${i.id}: French citation missing`);
			if (page.includes(source.citation)) problems.push(`fr/indicator/${i.id}: English citation shown`);
		}
		expect(problems).toEqual([]);
	});

	it('show no English interface, role, status or source words', { timeout: 300_000 }, () => {
		// The HTML is what is read, as the server sends it (built-html.ts): no scripts, styles or data needed.
		const found = new Map<string, string[]>();
		const undeclared: string[] = [];
		let read = 0;
		for (const file of pages) {
			const { text: raw, declaredEnglish } = frenchText(builtPage(siteDir, relative(siteDir, file)));
			read++;
			const text = PROPER.reduce((t, quoted) => t.replaceAll(quoted, ' '), raw.replace(/[ \t\n]+/g, ' '));
			const words = [...text.matchAll(ENGLISH_RE), ...text.matchAll(ENGLISH_COLON)].map((m) => {
				const at = m.index!;
				return `“${m[0]}” in “${text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ')}”`;
			});
			if (words.length) found.set(file, [...new Set(words)].slice(0, 5));
			for (const english of declaredEnglish) if (english && !QUOTED.has(english)) undeclared.push(`${file}: lang="en" on “${english.slice(0, 80)}”`);
		}
		expect(read, 'pages read').toBe(pages.length);
		expect([...[...found].map(([file, words]) => `${file}: ${words.join('; ')}`), ...new Set(undeclared)]).toEqual([]);
	});
});
