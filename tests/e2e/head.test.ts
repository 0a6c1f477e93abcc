/**
 * Every prerendered page's head, read from the built site: the language of the page on <html>, a
 * <title>, and a meta description (search results and link previews show it; Lighthouse's SEO audit
 * asks for it). Embeds are exempt from the description: they say `noindex` and live inside other pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const dir = process.env.SITE_DIR ?? 'build';

function htmlFiles(root: string): string[] {
	return readdirSync(root, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name));
}

/** The attributes of each `<meta>` tag in the head, entities left as they are (only emptiness matters). */
function metas(head: string): Record<string, string>[] {
	return [...head.matchAll(/<meta\b([^>]*)>/g)].map(([, attrs]) => Object.fromEntries([...attrs.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v])));
}

it('gives every page its language, a title and a description', () => {
	const files = htmlFiles(dir);
	// The pages, 55 profiles, 138 indicators and 41 projects, in both languages.
	expect(files.length).toBeGreaterThan(2 * (55 + 138 + 41));
	const problems: string[] = [];
	for (const file of files) {
		const page = `/${relative(dir, file).replace(/(index)?\.html$/, '')}`;
		const html = readFileSync(file, 'utf8');
		const head = html.slice(0, html.indexOf('</head>'));
		const lang = /<html\b[^>]*\blang="([^"]*)"/.exec(html)?.[1];
		if (lang !== (/^\/fr(\/|$)/.test(page) ? 'fr' : 'en')) problems.push(`${page}: html lang="${lang}"`);
		if (!/<title>\s*\S[^<]*<\/title>/.test(head)) problems.push(`${page}: no title`);
		const tags = metas(head);
		const noindex = tags.some((m) => m.name === 'robots' && m.content.includes('noindex'));
		const description = tags.find((m) => m.name === 'description')?.content.trim();
		if (!description && !noindex) problems.push(`${page}: no meta description`);
	}
	expect(problems).toEqual([]);
});
