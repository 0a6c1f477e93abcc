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
import { curateCountries } from './catalog/countries.ts';
import { INDICATORS, SOURCES } from './catalog/index.ts';
import { CountryLookup } from './lib/country-lookup.ts';
import { toCsv } from './lib/csv.ts';
import { TABLES } from './lib/tables.ts';
import { ParseError, type RawObservation } from './sources/types.ts';
import { parseWdiCountryMetadata } from './sources/world-bank.ts';

export interface CurateOptions {
	raw: string;
	facts: string;
	out: string;
}

const columnsOf = (table: keyof typeof TABLES) => TABLES[table].columns.map((c) => c.name);

/** Reads each raw file once and keeps every indicator's values for the 55 AU member states. */
export function extractObservations(rawDir: string, countries: CountryLookup) {
	const parsed = new Map<string, RawObservation[]>();
	const observations: Record<string, unknown>[] = [];
	for (const spec of INDICATORS) {
		const path = join(rawDir, spec.raw.file);
		const key = `${spec.raw.parse.name}:${path}`;
		if (!parsed.has(key)) parsed.set(key, spec.raw.parse(readFileSync(path, 'utf8'), spec.raw.file, countries));
		const seen = new Map<string, RawObservation>();
		for (const o of parsed.get(key)!) {
			if (o.code !== spec.raw.code) continue;
			const id = `${o.iso3}|${o.year}`;
			const first = seen.get(id);
			if (first) throw new ParseError(o.file, o.line, `second value for ${spec.raw.code} ${o.iso3} ${o.year} (first at line ${first.line})`);
			seen.set(id, o);
			observations.push({ iso3: o.iso3, indicator: spec.id, year: o.year, value: o.value, source_id: spec.source_id, flag: o.flag ?? null });
		}
	}
	return observations;
}

export function curate({ raw, facts, out }: CurateOptions) {
	const incomeGroups = parseWdiCountryMetadata(
		readFileSync(join(raw, 'world-bank-wdi/Metadata_Country_API_IT.NET.USER.ZS_DS2_en_csv_v2_2160.csv'), 'utf8'),
		'world-bank-wdi/Metadata_Country_API_IT.NET.USER.ZS_DS2_en_csv_v2_2160.csv'
	);
	const countries = curateCountries(readFileSync(join(facts, 'countries.csv'), 'utf8'), 'facts/countries.csv', incomeGroups);
	const observations = extractObservations(raw, new CountryLookup(countries));

	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, 'countries.csv'), toCsv(columnsOf('countries'), countries));
	writeFileSync(join(out, 'sources.csv'), toCsv(columnsOf('sources'), SOURCES as unknown as Record<string, unknown>[]));
	writeFileSync(join(out, 'indicators.csv'), toCsv(columnsOf('indicators'), INDICATORS.map(({ raw: _, ...spec }) => spec)));

	// One observation file per source keeps reviews of a new vintage to one diff.
	const obsDir = join(out, 'observations');
	rmSync(obsDir, { recursive: true, force: true });
	mkdirSync(obsDir);
	const bySource = group(observations, (o) => o.source_id as string);
	for (const [sourceId, rows] of bySource) {
		rows.sort((a, b) => String(a.indicator).localeCompare(String(b.indicator)) || String(a.iso3).localeCompare(String(b.iso3)) || (a.year as number) - (b.year as number));
		writeFileSync(join(obsDir, `${sourceId}.csv`), toCsv(columnsOf('observations'), rows));
	}
	return { countries: countries.length, observations: observations.length, files: bySource.size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values } = parseArgs({
		options: {
			raw: { type: 'string', default: '../shared/data/sources' },
			facts: { type: 'string' },
			out: { type: 'string', default: 'data' }
		}
	});
	const raw = resolve(values.raw);
	const facts = resolve(values.facts ?? join(raw, '..', 'facts'));
	try {
		const result = curate({ raw, facts, out: resolve(values.out) });
		console.log(`Curated ${result.countries} countries, ${result.observations} observations in ${result.files} file(s) → ${values.out}/`);
	} catch (e) {
		if (e instanceof ParseError) {
			console.error(e.message);
			process.exit(1);
		}
		throw e;
	}
}
