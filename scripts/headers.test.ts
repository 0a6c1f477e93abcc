/**
 * static/_headers (for static hosts) and scripts/serve.ts (the site's own server) must send the same
 * frame-ancestors to every page, and every route must have exactly one rule, so that a new route is never
 * left frameable by any site, nor given two merged (stricter-wins) policies.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from './serve';

interface Rule {
	path: string;
	headers: Record<string, string>;
}

function parseHeadersFile(text: string): Rule[] {
	const rules: Rule[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
		else {
			const [name, ...value] = line.trim().split(':');
			rules.at(-1)!.headers[name.trim()] = value.join(':').trim();
		}
	}
	return rules;
}

/** Netlify/Cloudflare matching: `*` at the end matches the rest of the path (one or more segments). */
const matches = (rule: string, path: string) =>
	rule.endsWith('/*') ? path.startsWith(rule.slice(0, -1)) && path.length > rule.length - 1 : rule === path;

const rules = parseHeadersFile(readFileSync('static/_headers', 'utf8'));
const routes = readdirSync('src/routes/[[lang=lang]]', { withFileTypes: true })
	// Pages only: a folder named like a file (search-index.json) is a data endpoint, not a page to frame.
	.filter((d) => d.isDirectory() && !d.name.includes('.'))
	.map((d) => d.name);
const pagePaths = ['/', '/fr', ...['', '/fr'].flatMap((lang) => routes.flatMap((r) => [`${lang}/${r}`, `${lang}/${r}/some-page`]))];
/** Static hosts serve each page at its .html file too: /index.html, /fr.html, /compare.html, /fr/country/TGO.html. */
const htmlAliases = pagePaths.map((p) => (p === '/' ? '/index.html' : `${p}.html`));
const paths = [...pagePaths, ...htmlAliases];

describe('security headers', () => {
	it('has exactly one frame-ancestors rule for every page, agreeing with the server', () => {
		expect(htmlAliases).toEqual(expect.arrayContaining(['/index.html', '/fr.html', '/compare.html', '/fr/compare.html', '/fr/embed.html']));
		for (const path of [...paths, '/embed/compare', '/fr/embed/indicator/internet-users', '/embed/compare.html']) {
			const csp = rules.filter((r) => matches(r.path, path) && r.headers['Content-Security-Policy']);
			expect(csp.map((r) => r.path), path).toHaveLength(1);
			expect(csp[0].headers['Content-Security-Policy'], path).toBe(securityHeaders(path)['Content-Security-Policy']);
		}
	});

	it('lets other sites frame the embeds only', () => {
		expect(securityHeaders('/embed/compare')['Content-Security-Policy']).toBe('frame-ancestors *');
		expect(securityHeaders('/fr/embed')['Content-Security-Policy']).toBe('frame-ancestors *');
		expect(securityHeaders('/fr/embed/map.html')['Content-Security-Policy']).toBe('frame-ancestors *');
		for (const path of ['/', '/compare', '/fr/compare', '/embedded', '/fr/embedx', '/data/embed', '/index.html', '/compare.html', '/embedded.html']) {
			expect(securityHeaders(path)['Content-Security-Policy'], path).toBe("frame-ancestors 'self'");
		}
	});
});
