import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { sourceHost, sourceLinks } from './source-urls';

it('splits links and their bracketed notes', () => {
	expect(sourceLinks('https://a.org/x (= seed 003) ; https://www.b.net/y')).toEqual([
		{ url: 'https://a.org/x', note: '(= seed 003)' },
		{ url: 'https://www.b.net/y', note: null }
	]);
	expect(sourceHost('https://www.b.net/y')).toBe('b.net');
});

it('gives a valid URL for every membership source, notes included', () => {
	const rows = parse(readFileSync('data/memberships.csv'), { columns: true }) as { source_urls: string }[];
	const links = rows.flatMap((r) => sourceLinks(r.source_urls));
	expect(links.some((l) => l.note)).toBe(true); // the case that broke links: a note after a URL
	for (const { url } of links) expect(() => new URL(url)).not.toThrow();
});
