/**
 * The curation of the raw fact tables in ../shared/data/facts (not part of the repository; CI runs this
 * with `npm run test:snapshots` when they are beside the checkout): every shown text gets its French, and
 * articles are cited by publisher and date, never by curators' shorthand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES, frenchPairs } from '../lib/tables.ts';
import { curateMemberships, curateProjectCountries, curateProjects } from './facts.ts';

describe('public wording and French', () => {
	it('gives every shown text of the real fact tables its French, and cites articles by publisher and date', () => {
		const facts = '../shared/data/facts';
		const read = (f: string) => readFileSync(join(facts, f), 'utf8');
		const tables = {
			memberships: curateMemberships(read('smart_africa_membership.csv'), 'm.csv'),
			projects: curateProjects(read('projects.csv'), 'p.csv'),
			project_countries: curateProjectCountries(read('project_countries.csv'), 'pc.csv')
		};
		for (const [name, rows] of Object.entries(tables)) {
			for (const { en, fr } of frenchPairs(TABLES[name as keyof typeof tables])) {
				for (const row of rows) if (row[en] !== null) expect(row[fr], `${name}.${fr} for "${row[en]}"`).toEqual(expect.any(String));
			}
			expect(JSON.stringify(rows)).not.toMatch(/seed \d|=\w+\+/);
		}
		const apl2 = tables.projects.find((p) => p.id === 'warcip-apl2')!;
		expect(apl2.summary).toContain('an article (Alwihda Info, 1 February 2017) says WARCIP');
		expect(apl2.summary_fr).toContain('un article (Alwihda Info, 1er février 2017) indique que le WARCIP');
	});
});
