/**
 * Regenerates the curated tables in data/ from the raw publications and fact tables.
 *   npm run data:curate [-- --raw <sources dir> --facts <facts dir> --out <data dir>]
 * Defaults read the offline snapshots in ../shared/data. Output is deterministic (sorted, stable CSV),
 * so a re-run on the same input leaves `git diff data/` empty.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { group } from 'd3-array';
import { citationFr, notesFr } from './catalog/catalog-text.ts';
import { curateCountries } from './catalog/countries.ts';
import { curateMemberships, curateProjectCountries, curateProjects, factSources } from './catalog/facts.ts';
import { INDICATORS, SOURCES } from './catalog/index.ts';
import type { IndicatorSpec, SourceSpec } from './catalog/types.ts';
import { CountryLookup } from './lib/country-lookup.ts';
import { toCsv } from './lib/csv.ts';
import { TABLES, TABLE_NAMES, type TableName } from './lib/tables.ts';
import { ParseError, type RawObservation } from './sources/types.ts';
import { parseWdiCountryMetadata, WDI_METADATA_FILE } from './sources/world-bank.ts';

export interface CurateInput {
	/** Folder of raw publications, laid out as ../shared/data/sources. */
	raw: string;
	/** Folder of fact tables, laid out as ../shared/data/facts. */
	facts: string;
}

/** What to curate: every publisher module's sources and indicators (tests pass a smaller catalog). */
export interface Catalog {
	sources: SourceSpec[];
	indicators: IndicatorSpec[];
}

const FULL_CATALOG: Catalog = { sources: SOURCES, indicators: INDICATORS };

type Row = Record<string, unknown>;
export type CuratedTables = Record<TableName, Row[]>;

/** Reads each raw file once and keeps every indicator's values for the 55 AU member states. */
export function extractObservations(rawDir: string, countries: CountryLookup, indicators: IndicatorSpec[]): Row[] {
	const parsed = new Map<string, RawObservation[]>();
	const observations: Row[] = [];
	const read = (file: string, parse: IndicatorSpec['raw']['parse']) => {
		const key = `${parse.name}:${file}`;
		if (!parsed.has(key)) parsed.set(key, parse(readFileSync(join(rawDir, file), 'utf8'), file, countries));
		return parsed.get(key)!;
	};
	for (const spec of indicators) {
		const files = Array.isArray(spec.raw.file) ? spec.raw.file : [spec.raw.file];
		const seen = new Map<string, RawObservation>();
		for (const o of files.flatMap((file) => read(file, spec.raw.parse))) {
			if (o.code !== spec.raw.code) continue;
			const id = `${o.iso3}|${o.year}`;
			const first = seen.get(id);
			if (first) throw new ParseError(o.file, o.line, `second value for ${spec.raw.code} ${o.iso3} ${o.year} (first at ${first.file}:${first.line})`);
			seen.set(id, o);
			observations.push({ iso3: o.iso3, indicator: spec.id, year: o.year, value: o.value, source_id: spec.source_id, flag: o.flag ?? null });
		}
	}
	return observations.sort(
		(a, b) =>
			String(a.indicator).localeCompare(String(b.indicator)) || String(a.iso3).localeCompare(String(b.iso3)) || (a.year as number) - (b.year as number)
	);
}

/** Every curated table, from the raw publications and fact tables. Pure: reads, never writes. */
export function curateAll({ raw, facts }: CurateInput, catalog: Catalog = FULL_CATALOG): CuratedTables {
	const incomeGroups = parseWdiCountryMetadata(readFileSync(join(raw, WDI_METADATA_FILE), 'utf8'), WDI_METADATA_FILE);
	const countries = curateCountries(readFileSync(join(facts, 'countries.csv'), 'utf8'), 'facts/countries.csv', incomeGroups);
	const fact = (name: string) => [readFileSync(join(facts, name), 'utf8'), `facts/${name}`] as const;
	const memberships = curateMemberships(...fact('smart_africa_membership.csv'));
	const projects = curateProjects(...fact('projects.csv'));
	return {
		countries,
		sources: [...catalog.sources, ...factSources(memberships, projects)].map((s) => ({ ...s, citation_fr: citationFr(s.citation) })) as unknown as Row[],
		indicators: catalog.indicators.map(({ raw: _, ...spec }) => ({ ...spec, notes_fr: notesFr(spec.notes) })),
		observations: extractObservations(raw, new CountryLookup(countries), catalog.indicators),
		memberships,
		projects,
		project_countries: curateProjectCountries(...fact('project_countries.csv'))
	};
}

/** The CSV text of each curated file, by path under data/ (observations: one file per source). */
export function curatedFiles(tables: CuratedTables): Map<string, string> {
	const files = new Map<string, string>();
	for (const name of TABLE_NAMES) {
		const columns = TABLES[name].columns.map((c) => c.name);
		const def = TABLES[name].source;
		if ('file' in def) files.set(def.file, toCsv(columns, tables[name]));
		// One observation file per source keeps the review of a new vintage to one diff.
		else for (const [sourceId, rows] of group(tables[name], (o) => String(o.source_id))) files.set(`${def.dir}/${sourceId}.csv`, toCsv(columns, rows));
	}
	return files;
}

export function writeCurated(out: string, tables: CuratedTables) {
	rmSync(join(out, 'observations'), { recursive: true, force: true });
	mkdirSync(join(out, 'observations'), { recursive: true });
	for (const [path, text] of curatedFiles(tables)) writeFileSync(join(out, path), text);
}

/** Default input folders: the offline snapshots beside the checkout. */
export function inputFolders(values: { raw?: string; facts?: string }): CurateInput {
	const raw = resolve(values.raw ?? '../shared/data/sources');
	return { raw, facts: resolve(values.facts ?? join(raw, '..', 'facts')) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values } = parseArgs({ options: { raw: { type: 'string' }, facts: { type: 'string' }, out: { type: 'string', default: 'data' } } });
	try {
		const tables = curateAll(inputFolders(values));
		writeCurated(resolve(values.out), tables);
		const counts = TABLE_NAMES.map((t) => `${t} ${tables[t].length}`).join(', ');
		console.log(`Curated ${counts} → ${values.out}/`);
	} catch (e) {
		if (e instanceof ParseError) {
			console.error(e.message);
			process.exit(1);
		}
		throw e;
	}
}
