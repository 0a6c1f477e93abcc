/**
 * The projects queries on both engines (native DuckDB over Parquet, DuckDB-WASM over Arrow), checked
 * against the curated CSV tables read independently; and the classification tables checked against
 * every value that occurs in the data, so a new kind, status or project cannot slip through untranslated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { describeOnEngines } from '../../../tests/support/engines';
import { KIND_FR, PHASE_FR, ROLE_FR, isPhaseCode } from '$lib/i18n/messages/projects';
import {
	KIND_GROUP_OF,
	RELATED_SET_OF,
	RELATED_SETS,
	STATUS_CLASS_OF,
	projectDetail,
	projectIds,
	projectIndicatorSeries,
	projectList,
	relatedIndicators,
	relatedSet,
	statusClass
} from './projects';

const csv = (file: string) => parse(readFileSync(file), { columns: true }) as Record<string, string>[];
const projects = csv('data/projects.csv');
const projectCountries = csv('data/project_countries.csv');
const indicators = csv('data/indicators.csv');
const observations = readdirSync('data/observations').flatMap((f) => csv(`data/observations/${f}`));
const num = (s: string) => (s === '' ? null : Number(s));
const countriesOf = (id: string) => [...new Set(projectCountries.filter((r) => r.project_id === id).map((r) => r.iso3))].sort();

describeOnEngines('projects queries', (db) => {

	it('lists every curated project id', async () => {
		expect(await projectIds(db)).toEqual(projects.map((p) => p.id).sort());
	});

	it('lists every project with its dates, amount, flag and own countries, by start date', async () => {
		const list = await projectList(db);
		expect(list).toHaveLength(projects.length);
		for (const p of projects) {
			const row = list.find((r) => r.id === p.id)!;
			expect(row).toMatchObject({
				parent: p.parent || null,
				name_en: p.name_en,
				name_fr: p.name_fr || null,
				kind: p.kind,
				start: p.start || null,
				end: p.end || null,
				status: p.status || null,
				amount_usd: num(p.amount_usd),
				beneficiaries_count: num(p.beneficiaries_count),
				uncertain: p.uncertain === 'true'
			});
			expect(row.countries).toEqual(countriesOf(p.id));
		}
		const starts = list.map((r) => r.start ?? '9999');
		expect(starts).toEqual([...starts].sort());
	});

	it('gives a programme its phases and their countries with per-country amounts', async () => {
		const warcip = (await projectDetail(db, 'warcip'))!;
		const phases = projects.filter((p) => p.parent === 'warcip').map((p) => p.id);
		expect(warcip.children.map((c) => c.id).sort()).toEqual(phases.sort());
		expect(warcip.parent).toBeNull();
		expect(warcip.siblings).toEqual([]);
		const rows = projectCountries.filter((r) => phases.includes(r.project_id));
		expect(warcip.countries).toHaveLength(rows.length);
		for (const r of rows) {
			expect(warcip.countries).toContainEqual({
				project_id: r.project_id,
				iso3: r.iso3,
				role: r.role,
				phase: r.phase || null,
				amount_usd: num(r.amount_usd),
				source_url: r.source_url || null,
				note: r.note || null,
				note_fr: r.note_fr || null
			});
		}
		expect(warcip.project.amount_usd).toBe(num(projects.find((p) => p.id === 'warcip')!.amount_usd));
		expect(warcip.source).toMatchObject({ id: 'projects-compiled', licence: expect.stringContaining('CC BY 4.0') });
	});

	it('gives a phase its programme, its siblings and only its own countries', async () => {
		const apl2 = (await projectDetail(db, 'warcip-apl2'))!;
		expect(apl2.parent?.id).toBe('warcip');
		expect(apl2.siblings.map((s) => s.id).sort()).toEqual(projects.filter((p) => p.parent === 'warcip' && p.id !== 'warcip-apl2').map((p) => p.id).sort());
		expect(apl2.children).toEqual([]);
		const togo = apl2.countries.filter((c) => c.iso3 === 'TGO').map((c) => [c.phase, c.amount_usd]);
		expect(togo).toEqual(projectCountries.filter((r) => r.project_id === 'warcip-apl2' && r.iso3 === 'TGO').map((r) => [r.phase, num(r.amount_usd)]));
		expect(apl2.project).toMatchObject({ wb_project_id: 'P123093', start: '2013-05-30', end: '2018-11-30' });
		expect(await projectDetail(db, 'no-such-project')).toBeNull();
	});

	it('returns indicator values for the countries from the year asked, and nothing for missing years', async () => {
		const series = await projectIndicatorSeries(db, { indicators: ['internet-users', 'schools-internet-upper-secondary'], countries: ['TGO', 'SEN'], from: 2012 });
		const expected = observations
			.filter((o) => ['internet-users', 'schools-internet-upper-secondary'].includes(o.indicator) && ['TGO', 'SEN'].includes(o.iso3) && +o.year >= 2012)
			.map((o) => ({ indicator: o.indicator, iso3: o.iso3, year: +o.year, value: +o.value }));
		expect(series.map(({ flag: _, ...p }) => p)).toEqual(
			expected.sort((a, b) => a.indicator.localeCompare(b.indicator) || a.iso3.localeCompare(b.iso3) || a.year - b.year)
		);
	});
});

describe('classification tables', () => {
	it('classify every kind and status in the data, and nothing that is not there', () => {
		const kinds = new Set(projects.map((p) => p.kind));
		expect([...kinds].filter((k) => !(k in KIND_GROUP_OF))).toEqual([]);
		expect(Object.keys(KIND_GROUP_OF).filter((k) => !kinds.has(k))).toEqual([]);
		const statuses = new Set(projects.map((p) => p.status).filter(Boolean));
		expect([...statuses].filter((s) => !(s in STATUS_CLASS_OF))).toEqual([]);
		expect(Object.keys(STATUS_CLASS_OF).filter((s) => !statuses.has(s))).toEqual([]);
		expect(statusClass(null)).toBe('not-stated');
		expect(statusClass('closed (ICR 2022-02-25)')).toBe('closed');
	});

	it('give French for every kind, role and worded phase in the data, and for nothing else', () => {
		expect(Object.keys(KIND_FR).sort()).toEqual(Object.keys(KIND_GROUP_OF).sort());
		const roles = new Set(projectCountries.map((r) => r.role));
		expect([...roles].filter((r) => !(r in ROLE_FR))).toEqual([]);
		expect(Object.keys(ROLE_FR).filter((r) => !roles.has(r))).toEqual([]);
		const phases = new Set(projectCountries.map((r) => r.phase).filter(Boolean));
		expect([...phases].filter((p) => !isPhaseCode(p) && !(p in PHASE_FR))).toEqual([]);
		expect(Object.keys(PHASE_FR).filter((p) => !phases.has(p))).toEqual([]);
	});

	it('name only existing projects and indicators for the related series', () => {
		const ids = new Set(projects.map((p) => p.id));
		expect(Object.keys(RELATED_SET_OF).filter((id) => !ids.has(id))).toEqual([]);
		const indicatorIds = new Set(indicators.map((i) => i.id));
		for (const set of Object.values(RELATED_SETS)) expect(set.filter((i) => !indicatorIds.has(i))).toEqual([]);
		// Every top-level project has a set chosen for it; phases inherit their programme's.
		expect(projects.filter((p) => !p.parent && !(p.id in RELATED_SET_OF)).map((p) => p.id)).toEqual([]);
		expect(relatedSet({ id: 'warcip-apl1a', parent: 'warcip' })).toBe('backbone');
		expect(relatedIndicators({ id: 'tgo-ent', parent: null })).toContain('schools-internet-lower-secondary');
		expect(relatedSet({ id: 'unknown', parent: null })).toBe('default');
	});
});
