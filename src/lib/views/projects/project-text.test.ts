import { describe, expect, it } from 'vitest';
import type { ProjectSummary } from '$lib/queries/projects';
import { countClass, datesText, filterTree, projectName, projectTree, projectsPerCountry, sourceDateText, sourceList } from './project-text';

const p = (id: string, extra: Partial<ProjectSummary> = {}): ProjectSummary => ({
	id,
	parent: null,
	name_en: id,
	name_fr: null,
	kind: 'infrastructure',
	start: null,
	end: null,
	status: null,
	amount_usd: null,
	beneficiaries_count: null,
	beneficiaries_unit_en: null,
	beneficiaries_unit_fr: null,
	uncertain: false,
	source_urls: 'https://example.org',
	countries: [],
	...extra
});

// A programme with two phases, and two stand-alone projects.
const rows = [
	p('prog', { status: 'phases closed; Togo AF 2021' }),
	p('prog-a', { parent: 'prog', countries: ['SLE', 'LBR'], status: 'closed (ICR 2022-02-25)' }),
	p('prog-b', { parent: 'prog', countries: ['TGO', 'MRT'], status: 'unknown' }),
	p('ent', { kind: 'education', countries: ['TGO'], status: 'active' }),
	p('giga', { kind: 'education connectivity', countries: ['RWA', 'TGO'], status: 'active' })
];
const all = { kind: null, country: null, status: null };

describe('the projects tree and its filters', () => {
	it('puts phases under their programme', () => {
		const tree = projectTree(rows);
		expect(tree.map((n) => [n.project.id, n.phases.map((x) => x.id)])).toEqual([
			['prog', ['prog-a', 'prog-b']],
			['ent', []],
			['giga', []]
		]);
	});

	it('keeps a programme as context when only some of its phases match', () => {
		const tree = projectTree(rows);
		const closed = filterTree(tree, { ...all, status: 'closed' });
		expect(closed.map((n) => [n.project.id, n.matches, n.phases.map((x) => x.id)])).toEqual([['prog', false, ['prog-a']]]);
		// A programme takes part where its phases do.
		const togo = filterTree(tree, { ...all, country: 'TGO' });
		expect(togo.map((n) => [n.project.id, n.matches, n.phases.map((x) => x.id)])).toEqual([
			['prog', true, ['prog-b']],
			['ent', true, []],
			['giga', true, []]
		]);
		// Kinds filter by family: Giga is both connectivity and education.
		expect(filterTree(tree, { ...all, kind: 'education' }).map((n) => n.project.id)).toEqual(['ent', 'giga']);
		expect(filterTree(tree, { ...all, kind: 'connectivity' }).map((n) => n.project.id)).toEqual(['prog', 'giga']);
	});

	it('counts a programme once per country, whatever its phases', () => {
		const counts = projectsPerCountry(filterTree(projectTree(rows), all));
		expect(counts.get('TGO')).toEqual(['prog', 'ent', 'giga']);
		expect(counts.get('SLE')).toEqual(['prog']);
		expect(counts.has('KEN')).toBe(false);
		expect([0, 1, 2, 3, 4, 5, 9].map(countClass)).toEqual([0, 1, 2, 3, 3, 5, 5]);
	});
});

describe('project text', () => {
	it('says dates at their precision, and what a missing end means', () => {
		expect(datesText('en', { start: '2010-12', end: '2017', status: null })).toBe('December 2010 – 2017');
		expect(datesText('fr', { start: '2011-06-21', end: '2021-06-30', status: null })).toBe('21 juin 2011 – 30 juin 2021');
		expect(datesText('en', { start: '2015-03-20', end: null, status: 'active' })).toBe('20 Mar 2015 – ongoing');
		expect(datesText('en', { start: '2014', end: null, status: 'blueprint/priority announced' })).toBe('2014 – end not stated');
		expect(datesText('fr', { start: null, end: null, status: null })).toBe('dates non indiquées');
	});

	it('uses the French name only where a source gives one, and marks the English one', () => {
		expect(projectName('fr', { name_en: 'Digital Work Environment', name_fr: 'Environnement Numérique de Travail' })).toEqual({ text: 'Environnement Numérique de Travail' });
		expect(projectName('fr', { name_en: 'Giga', name_fr: null })).toEqual({ text: 'Giga', lang: 'en' });
		expect(projectName('en', { name_en: 'Giga', name_fr: 'x' })).toEqual({ text: 'Giga' });
	});

	it('reads source lists and dates as the fact tables write them', () => {
		expect(sourceList('https://a.org/x ; https://b.org (= seed 002)', '2017-02-01 ; undated')).toEqual([
			{ url: 'https://a.org/x', note: null, date: '2017-02-01' },
			{ url: 'https://b.org', note: '(= seed 002)', date: 'undated' }
		]);
		expect(sourceList('https://a.org ; https://b.org', '2019').map((s) => s.date)).toEqual(['2019', null]);
		expect(sourceDateText('fr', 'undated')).toEqual({ text: 'non daté' });
		expect(sourceDateText('fr', 'undated (c.2016-17)')).toEqual({ text: 'non daté (vers 2016–17)' });
		expect(sourceDateText('en', 'c.2018-07')).toEqual({ text: 'c. July 2018' });
		expect(sourceDateText('fr', '2017-11-07 (restructuring RES27585)')).toEqual({ text: '7 nov. 2017 (restructuration RES27585)' });
		expect(sourceDateText('en', '2019 (restructuring RES34372)')).toEqual({ text: '2019 (restructuring RES34372)' });
	});
});
