/**
 * The data build on real curated tables and on broken copies of them: every kind of bad input stops the
 * build with `file:line: reason` for every bad row, and a non-zero exit code.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { formatError, readCsv } from './lib/csv.ts';
import { validateData } from './lib/validate.ts';
import { writeData } from './lib/write-data.ts';

const run = promisify(execFile);
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A scratch copy of the curated data/ folder. */
function copyOfData(): string {
	const dir = mkdtempSync(join(tmpdir(), 'data-'));
	dirs.push(dir);
	cpSync('data', dir, { recursive: true });
	return dir;
}

const OBS = 'observations/wb-wdi-internet-2024.csv';

/** Replaces line `n` (1-based) of a file with `replace(line)`. */
function editLine(dir: string, file: string, n: number, replace: (line: string) => string) {
	const path = join(dir, file);
	const lines = readFileSync(path, 'utf8').split('\n');
	lines[n - 1] = replace(lines[n - 1]);
	writeFileSync(path, lines.join('\n'));
}

function appendLine(dir: string, file: string, line: string) {
	writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8') + `${line}\n`);
}

const errorsFor = (dir: string) => validateData(dir, { cwd: dir, currentYear: 2026 }).errors.map(formatError);

describe('valid data', () => {
	it('validates the curated tables without a single error', () => {
		expect(validateData('data').errors).toEqual([]);
	});

	it('writes Parquet and Arrow files whose manifest matches their bytes and rows', async () => {
		const out = mkdtempSync(join(tmpdir(), 'out-'));
		dirs.push(out);
		const { tables } = validateData('data');
		const manifest = await writeData(tables, join(out, 'data'), { buildDate: new Date('2026-01-02T03:04:05Z') });
		expect(manifest.built).toBe('2026-01-02T03:04:05.000Z');
		expect(manifest.version).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/);
		const db = await (await DuckDBInstance.create(':memory:')).connect();
		for (const file of manifest.files) {
			const bytes = readFileSync(join(out, 'data', file.name));
			expect(file.bytes).toBe(bytes.length);
			expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
			expect(file.rows).toBe(tables[file.table].length);
			if (file.format === 'parquet') {
				const reader = await db.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM '${join(out, 'data', file.name)}'`);
				expect(reader.getRowObjectsJS()[0].n).toBe(file.rows);
			}
		}
		expect(JSON.parse(readFileSync(join(out, 'data/manifest.json'), 'utf8'))).toEqual(manifest);
	});

	it('gives the same version, and the same manifest on the same day, to the same data', async () => {
		const out = mkdtempSync(join(tmpdir(), 'out-'));
		dirs.push(out);
		const { tables } = validateData('data');
		const a = await writeData(tables, join(out, 'a'));
		const b = await writeData(validateData('data').tables, join(out, 'b'));
		expect(a.version).toBe(b.version);
		// The build's day, not its second: the pages that show it are then the same in every build that day.
		expect(a.built).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
		expect(readFileSync(join(out, 'a/manifest.json'))).toEqual(readFileSync(join(out, 'b/manifest.json')));
	});
});

describe('bad data stops the build, naming file, line and reason', () => {
	it('a missing column', () => {
		const dir = copyOfData();
		editLine(dir, OBS, 1, (l) => l.replace(',flag', ''));
		expect(errorsFor(dir)).toEqual([`${OBS}:1: missing column "flag"`]);
	});

	it('a renamed column', () => {
		const dir = copyOfData();
		editLine(dir, 'countries.csv', 1, (l) => l.replace('name_fr', 'nom_fr'));
		expect(errorsFor(dir)).toEqual(['countries.csv:1: missing column "name_fr"', 'countries.csv:1: unexpected column "nom_fr"']);
	});

	it('a wrong type', () => {
		const dir = copyOfData();
		editLine(dir, OBS, 3, (l) => l.replace(/,(\d{4}),([^,]+),/, ',$1,n/a,'));
		editLine(dir, OBS, 4, (l) => l.replace(/,(\d{4}),/, ',20x0,'));
		expect(errorsFor(dir)).toEqual([
			`${OBS}:3: column "value": "n/a" is not a number`,
			`${OBS}:4: column "year": "20x0" is not a whole number`
		]);
	});

	it('a duplicate key, pointing at the first occurrence', () => {
		const dir = copyOfData();
		const second = readFileSync(join(dir, OBS), 'utf8').split('\n')[1];
		appendLine(dir, OBS, second);
		const lines = readFileSync(join(dir, OBS), 'utf8').trimEnd().split('\n').length;
		const [iso3, indicator, year] = second.split(',');
		expect(errorsFor(dir)).toEqual([`${OBS}:${lines}: duplicate key (iso3, indicator, year) = (${iso3}, ${indicator}, ${year}), first at ${OBS}:2`]);
	});

	it('a duplicate key across two observation files', () => {
		const dir = copyOfData();
		const header = readFileSync(join(dir, OBS), 'utf8').split('\n')[0];
		const second = readFileSync(join(dir, OBS), 'utf8').split('\n')[1];
		writeFileSync(join(dir, 'observations/zz-later-vintage.csv'), `${header}\n${second}\n`);
		expect(errorsFor(dir)).toEqual([
			expect.stringMatching(/^observations\/zz-later-vintage\.csv:2: duplicate key .* first at observations\/wb-wdi-internet-2024\.csv:2$/)
		]);
	});

	it('an unknown country code and an unknown indicator', () => {
		const dir = copyOfData();
		appendLine(dir, OBS, 'FRA,internet-users,2020,80,wb-wdi-internet-2024,');
		appendLine(dir, OBS, 'TGO,mobile-money,2020,10,wb-wdi-internet-2024,');
		const n = readFileSync(join(dir, OBS), 'utf8').trimEnd().split('\n').length;
		expect(errorsFor(dir)).toEqual([
			`${OBS}:${n - 1}: unknown country code "FRA" (not in countries.iso3)`,
			`${OBS}:${n}: unknown indicator "mobile-money" (not in indicators.id)`
		]);
	});

	it('a value outside the indicator’s valid range', () => {
		const dir = copyOfData();
		editLine(dir, OBS, 5, (l) => l.replace(/,(\d{4}),([^,]+),/, ',$1,104.2,'));
		expect(errorsFor(dir)).toEqual([`${OBS}:5: value 104.2 is outside the valid range [0, 100] of indicator "internet-users"`]);
	});

	it('an unparseable date', () => {
		const dir = copyOfData();
		editLine(dir, 'sources.csv', 2, (l) => l.replace('2024-11-29', '2024-02-30'));
		expect(errorsFor(dir)).toEqual(['sources.csv:2: column "retrieved": "2024-02-30" is not a date (YYYY-MM-DD)']);
	});

	it('a row with the wrong number of fields, and an unclosed quote', () => {
		const dir = copyOfData();
		editLine(dir, OBS, 6, (l) => `${l},extra`);
		expect(errorsFor(dir)).toEqual([`${OBS}:6: expected 6 fields, found 7`]);
		editLine(dir, 'indicators.csv', 2, (l) => l.replace('internet-users,', '"internet-users,'));
		expect(errorsFor(dir)).toContainEqual(expect.stringMatching(/^indicators\.csv:2: malformed CSV: /));
	});

	it('an unbalanced quote, at the line where it opened (not the end of the file)', () => {
		const dir = copyOfData();
		const lines = readFileSync(join(dir, OBS), 'utf8').trimEnd().split('\n').length;
		expect(lines).toBeGreaterThan(1000);
		editLine(dir, OBS, 3, (l) => `"${l}`);
		expect(errorsFor(dir)).toEqual([`${OBS}:3: malformed CSV: a quote opened on this line is never closed`]);
	});

	it('a source link that is not an http(s) URL, in any of a row’s " ; "-separated links', () => {
		const dir = copyOfData();
		const lineOf = (file: string, text: string) => readFileSync(join(dir, file), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
		const membership = lineOf('memberships.csv', 'smart-africa,TGO,');
		editLine(dir, 'memberships.csv', membership, (l) => l.replace('https://paulkagame.com/?p=5257', 'javascript:alert(1)'));
		const project = lineOf('projects.csv', 'http://www.esp.sn/?p=4094');
		editLine(dir, 'projects.csv', project, (l) => l.replace('http://www.esp.sn/?p=4094', 'www.esp.sn/?p=4094'));
		editLine(dir, 'project_countries.csv', 2, (l) => l.replace('https://docslib.org/doc/', 'https://docslib.org/doc /'));
		const reason = 'is not an http(s) URL (links separated by " ; ", each with an optional "(note)")';
		expect(errorsFor(dir)).toEqual([
			`memberships.csv:${membership}: column "source_urls": "javascript:alert(1)" ${reason}`,
			`project_countries.csv:2: column "source_url": "https://docslib.org/doc /3386768/world-bank-document" ${reason}`,
			`projects.csv:${project}: column "source_urls": "www.esp.sn/?p=4094" ${reason}`
		]);
	});

	it('an observations file reduced to its header', () => {
		const dir = copyOfData();
		writeFileSync(join(dir, OBS), readFileSync(join(dir, OBS), 'utf8').split('\n')[0] + '\n');
		expect(errorsFor(dir)).toEqual([`${OBS}:1: the file has a header but no rows (a data file must hold at least one row)`]);
	});

	it('a countries.csv saved as Latin-1, naming the line and byte offset of the first non-UTF-8 byte', () => {
		const dir = copyOfData();
		const text = readFileSync(join(dir, 'countries.csv'), 'utf8');
		writeFileSync(join(dir, 'countries.csv'), Buffer.from(text, 'latin1'));
		// In Latin-1 every character is one byte: the first non-ASCII character's index is its byte offset.
		const offset = [...text].findIndex((c) => c.charCodeAt(0) > 0x7f);
		expect(text.codePointAt(offset)).toBeLessThan(0x100); // a Latin-1 letter (é, ô…), written as one byte
		const line = text.slice(0, offset).split('\n').length;
		const hex = text.charCodeAt(offset).toString(16).toUpperCase();
		expect(errorsFor(dir)).toEqual([`countries.csv:${line}: invalid UTF-8 at byte offset ${offset} (byte 0x${hex}): save the file as UTF-8`]);
	});

	it('an indicator with no observations', () => {
		const dir = copyOfData();
		const lines = readFileSync(join(dir, 'indicators.csv'), 'utf8').trimEnd().split('\n');
		appendLine(dir, 'indicators.csv', lines[1].replace(/^internet-users,/, 'internet-users-unobserved,'));
		expect(errorsFor(dir)).toEqual([`indicators.csv:${lines.length + 1}: indicator "internet-users-unobserved" has no observations`]);
	});

	it('a project amount of −300,000,000 or 1e300, and a GDP of 1e308', () => {
		const dir = copyOfData();
		const path = join(dir, 'projects.csv');
		const rows = parse(readFileSync(path, 'utf8'), { columns: true }) as Record<string, string>[];
		const funded = rows.filter((r) => r.amount_usd !== '');
		funded[0].amount_usd = '-300000000';
		funded[1].amount_usd = '1e300';
		writeFileSync(path, stringify(rows, { header: true, columns: Object.keys(rows[0]) }));
		const lineOf = (id: string) => readCsv(path).records.find((r) => r.fields[0] === id)!.line;
		const gdpFile = 'observations/wb-wdi-2026-07.csv';
		const gdpLine = readFileSync(join(dir, gdpFile), 'utf8').split('\n').findIndex((l) => l.startsWith('AGO,gdp,1980,')) + 1;
		editLine(dir, gdpFile, gdpLine, (l) => l.replace(/^AGO,gdp,1980,[^,]+,/, 'AGO,gdp,1980,1e308,'));
		expect(errorsFor(dir)).toEqual([
			`${gdpFile}:${gdpLine}: value 1e+308 is outside the plausible range [0, 100000000000000] for unit "usd" of indicator "gdp"`,
			...[
				`projects.csv:${lineOf(funded[0].id)}: column "amount_usd": -300000000 is outside the plausible range [0, 1000000000000] for a US$ amount`,
				`projects.csv:${lineOf(funded[1].id)}: column "amount_usd": 1e+300 is outside the plausible range [0, 1000000000000] for a US$ amount`
			].sort((a, b) => Number(a.split(':')[1]) - Number(b.split(':')[1]))
		]);
	});

	it('names containing NUL, BEL or tab characters', () => {
		const dir = copyOfData();
		editLine(dir, 'countries.csv', 2, (l) => l.replace(/^([A-Z]{3},[A-Z]{2},\d+,)([^,]+)/, '$1A\u0000$2'));
		editLine(dir, 'countries.csv', 3, (l) => l.replace(/^([A-Z]{3},[A-Z]{2},\d+,)([^,]+)/, '$1\u0007$2'));
		editLine(dir, 'indicators.csv', 2, (l) => l.replace('Individuals using the Internet', 'Individuals\tusing the Internet'));
		expect(errorsFor(dir)).toEqual([
			expect.stringMatching(/^countries\.csv:2: column "name_en": "A\\u0000.*" contains the control character U\+0000 \(NUL\)$/),
			expect.stringMatching(/^countries\.csv:3: column "name_en": "\\u0007.*" contains the control character U\+0007 \(BEL\)$/),
			'indicators.csv:2: column "name_en": "Individuals\\tusing the Internet" contains the control character U+0009 (tab)'
		]);
	});

	it('a shown text without its French: a source’s publisher, a membership’s evidence, a project’s status', () => {
		const dir = copyOfData();
		const lineOf = (file: string, text: string) => readFileSync(join(dir, file), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
		const source = lineOf('sources.csv', 'wb-wdi-internet-2024,');
		editLine(dir, 'sources.csv', source, (l) => l.replace(',Banque mondiale,', ',,'));
		editLine(dir, 'memberships.csv', 2, (l) => l.replace('l’un des 7 chefs d’État ayant adopté le Manifeste Smart Africa', ''));
		const project = lineOf('projects.csv', 'warcip-apl1b,');
		editLine(dir, 'projects.csv', project, (l) => l.replace('clôturé (rapport d’achèvement du 25/02/2022)', ''));
		const missing = (column: string, english: string) => `column "${column}": missing the French of "${english}" (shown on the French pages)`;
		expect(errorsFor(dir)).toEqual([
			`memberships.csv:2: ${missing('evidence_fr', 'evidence')}`,
			`projects.csv:${project}: ${missing('status_fr', 'status')}`,
			`sources.csv:${source}: ${missing('publisher_fr', 'publisher')}`
		]);
	});

	it('a shown text without its French: an indicator’s curation notes, a source’s citation', () => {
		const dir = copyOfData();
		const lineOf = (file: string, text: string) => readFileSync(join(dir, file), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
		const indicator = lineOf('indicators.csv', 'mobile-subscriptions,');
		const source = lineOf('sources.csv', 'wb-wdi-2026-07,');
		// Blank the French cell only: the last field of the indicator, the field after the English citation.
		editLine(dir, 'indicators.csv', indicator, (l) => l.replace(/,"Préférée à la copie 2020[^"]*"$/, ','));
		editLine(dir, 'sources.csv', source, (l) => l.replace(/,"Banque mondiale \(2026\)[^"]*",/, ',,'));
		const missing = (column: string, english: string) => `column "${column}": missing the French of "${english}" (shown on the French pages)`;
		expect(errorsFor(dir)).toEqual([
			`indicators.csv:${indicator}: ${missing('notes_fr', 'notes')}`,
			`sources.csv:${source}: ${missing('citation_fr', 'citation')}`
		]);
	});

	it('reports every bad row, not just the first', () => {
		const dir = copyOfData();
		for (const n of [10, 20, 30]) editLine(dir, OBS, n, (l) => l.replace(/,(\d{4}),([^,]+),/, ',$1,-1,'));
		expect(errorsFor(dir)).toHaveLength(3);
	});

	it('exits non-zero from the command line and leaves the previous build in place', async () => {
		const dir = copyOfData();
		editLine(dir, OBS, 7, (l) => l.replace(/^[A-Z]{3}/, 'XXX'));
		editLine(dir, OBS, 8, (l) => l.replace(/,(\d{4}),([^,]+),/, ',$1,250,'));
		const out = mkdtempSync(join(tmpdir(), 'out-'));
		dirs.push(out);
		writeFileSync(join(out, 'manifest.json'), '{"previous":true}');
		const failure = await run('npx', ['tsx', 'scripts/build-data.ts', '--data', dir, '--out', out]).catch((e) => e);
		expect(failure.code).toBe(1);
		expect(failure.stderr).toMatch(/wb-wdi-internet-2024\.csv:7: unknown country code "XXX"/);
		expect(failure.stderr).toMatch(/wb-wdi-internet-2024\.csv:8: value 250 is outside the valid range/);
		expect(failure.stderr).toMatch(/Data build failed: 2 problems/);
		expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe('{"previous":true}');
		expect(existsSync(join(out, 'observations.parquet'))).toBe(false);
	});
});
