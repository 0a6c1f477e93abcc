/**
 * Validates the curated tables in data/ against TABLES: header, every cell, keys, references and each
 * indicator's valid range. Collects every problem (not just the first) as `file:line: reason`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as v from 'valibot';
import type { CellValue } from './cells.ts';
import { CsvSyntaxError, readCsv, type DataError } from './csv.ts';
import { TABLES, TABLE_NAMES, UNITS, frenchPairs, type TableDef, type TableName } from './tables.ts';

export type Row = Record<string, CellValue>;

/** A validated row and where it came from. */
export interface LocatedRow {
	file: string;
	line: number;
	row: Row;
}

export interface ValidationResult {
	tables: Record<TableName, LocatedRow[]>;
	errors: DataError[];
}

/** CSV files that make up a table, as [path on disk, path shown in messages]. */
function tableFiles(dataDir: string, def: TableDef, display: (p: string) => string): [string, string][] {
	if ('file' in def.source) {
		const path = join(dataDir, def.source.file);
		return [[path, display(path)]];
	}
	const dir = join(dataDir, def.source.dir);
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.csv'))
		.sort()
		.map((f) => [join(dir, f), display(join(dir, f))]);
}

function readTable(dataDir: string, def: TableDef, errors: DataError[], display: (p: string) => string) {
	const rows: LocatedRow[] = [];
	const rowSchema = v.object(Object.fromEntries(def.columns.map((c) => [c.name, c.cell])));
	const expected = def.columns.map((c) => c.name);
	const files = tableFiles(dataDir, def, display);
	if (files.length === 0) {
		const where = 'file' in def.source ? def.source.file : `${def.source.dir}/*.csv`;
		errors.push({ file: display(join(dataDir, where)), line: 0, reason: `table "${def.name}" has no data file` });
	}
	for (const [path, file] of files) {
		if (!existsSync(path)) {
			errors.push({ file, line: 0, reason: `missing file for table "${def.name}"` });
			continue;
		}
		let csv;
		try {
			csv = readCsv(path, file);
		} catch (e) {
			if (e instanceof CsvSyntaxError) {
				errors.push(e.dataError);
				continue;
			}
			throw e;
		}
		const missing = expected.filter((c) => !csv.header.includes(c));
		const unexpected = csv.header.filter((c) => !expected.includes(c));
		const repeated = csv.header.filter((c, i) => csv.header.indexOf(c) !== i);
		if (csv.records.length === 0) {
			errors.push({ file, line: 1, reason: 'the file has a header but no rows (a data file must hold at least one row)' });
			continue;
		}
		for (const c of missing) errors.push({ file, line: 1, reason: `missing column "${c}"` });
		for (const c of unexpected) errors.push({ file, line: 1, reason: `unexpected column "${c}"` });
		for (const c of repeated) errors.push({ file, line: 1, reason: `repeated column "${c}"` });
		// With a wrong header every row would fail too; the header errors say it all.
		if (missing.length || unexpected.length || repeated.length) continue;

		for (const { line, fields } of csv.records) {
			if (fields.length !== csv.header.length) {
				errors.push({ file, line, reason: `expected ${csv.header.length} fields, found ${fields.length}` });
				continue;
			}
			const raw = Object.fromEntries(csv.header.map((c, i) => [c, fields[i]]));
			const parsed = v.safeParse(rowSchema, raw, { abortEarly: false });
			if (parsed.success) {
				rows.push({ file, line, row: parsed.output as Row });
				for (const { en, fr } of frenchPairs(def)) {
					const row = parsed.output as Row;
					if (row[en] !== null && row[fr] === null) errors.push({ file, line, reason: `column "${fr}": missing the French of "${en}" (shown on the French pages)` });
				}
			} else {
				for (const issue of parsed.issues) {
					const column = issue.path?.map((p) => String(p.key)).join('.') ?? '?';
					errors.push({ file, line, reason: `column "${column}": ${issue.message}` });
				}
			}
		}
	}
	return rows;
}

const keyOf = (row: Row, columns: string[]) => columns.map((c) => String(row[c])).join('|');

/** Every key must be unique within a table (across files, for observations). */
function checkKeys(def: TableDef, rows: LocatedRow[], errors: DataError[]) {
	const seen = new Map<string, LocatedRow>();
	for (const r of rows) {
		const key = keyOf(r.row, def.key);
		const first = seen.get(key);
		if (first) {
			errors.push({
				file: r.file,
				line: r.line,
				reason: `duplicate key (${def.key.join(', ')}) = (${key.replaceAll('|', ', ')}), first at ${first.file}:${first.line}`
			});
		} else seen.set(key, r);
	}
}

function checkReferences(def: TableDef, tables: ValidationResult['tables'], errors: DataError[], broken: Set<TableName>) {
	for (const ref of def.references) {
		// A table with its own errors lacks rows; checking against it would bury its error under a
		// thousand "unknown" ones. Its errors are reported; the references are checked once it is fixed.
		if (broken.has(ref.table)) continue;
		const known = new Set(tables[ref.table].map((r) => r.row[ref.target]));
		const noun = { countries: 'country code', indicators: 'indicator', sources: 'source', projects: 'project' }[ref.table as string] ?? ref.table;
		for (const r of tables[def.name]) {
			const value = r.row[ref.column];
			if (value !== null && !known.has(value)) {
				errors.push({ file: r.file, line: r.line, reason: `unknown ${noun} "${value}" (not in ${ref.table}.${ref.target})` });
			}
		}
	}
}

/**
 * What a value in each unit can plausibly be, whatever the indicator's own valid range (which may be
 * open-ended): a GDP of 1e308 US$ or a population of 1e15 is a typo or a unit error, never data.
 * The bounds are far beyond any country's figure (world GDP is about 1e14 US$).
 */
export const PLAUSIBLE: Record<(typeof UNITS)[number], [number, number]> = {
	percent: [-1000, 100_000],
	'per-100': [0, 10_000],
	'per-million': [0, 1_000_000],
	usd: [0, 1e14],
	'usd-ppp': [0, 1e14],
	'index-0-1': [0, 1],
	'score-0-100': [0, 100],
	ratio: [0, 1000],
	count: [0, 1e10],
	'bit-s': [0, 1e16],
	'mbit-s': [0, 1e10],
	ms: [0, 1e6],
	days: [0, 36_600],
	years: [0, 200]
};
/** Amounts of a project or a country's share of it, in US$: positive, and below a trillion. */
export const PLAUSIBLE_AMOUNT_USD: [number, number] = [0, 1e12];
/** A project's headline count of beneficiaries: people, schools… — below ten billion. */
export const PLAUSIBLE_COUNT: [number, number] = [0, 1e10];

const outside = (value: number, [min, max]: [number, number]) => value < min || value > max;

/** Observations must lie within their indicator's valid range and not be dated in the future. */
function checkObservationValues(tables: ValidationResult['tables'], errors: DataError[], currentYear: number) {
	const indicators = new Map(tables.indicators.map((r) => [r.row.id, r.row]));
	for (const r of tables.observations) {
		const { indicator, value, year } = r.row as { indicator: string; value: number; year: number };
		if (year > currentYear) errors.push({ file: r.file, line: r.line, reason: `year ${year} is in the future` });
		const meta = indicators.get(indicator);
		if (!meta) continue;
		const unit = meta.unit as (typeof UNITS)[number];
		const plausible = PLAUSIBLE[unit];
		if (plausible && outside(value, plausible)) {
			errors.push({
				file: r.file,
				line: r.line,
				reason: `value ${value} is outside the plausible range [${plausible[0]}, ${plausible[1]}] for unit "${unit}" of indicator "${indicator}"`
			});
			continue;
		}
		const min = meta.valid_min as number | null;
		const max = meta.valid_max as number | null;
		if ((min !== null && value < min) || (max !== null && value > max)) {
			errors.push({
				file: r.file,
				line: r.line,
				reason: `value ${value} is outside the valid range [${min ?? '-∞'}, ${max ?? '∞'}] of indicator "${indicator}"`
			});
		}
	}
}

/** Project amounts and beneficiary counts within plausible ranges (a sign or exponent typo stops the build). */
function checkProjectFigures(tables: ValidationResult['tables'], errors: DataError[]) {
	const checks: [LocatedRow[], string, [number, number], string][] = [
		[tables.projects, 'amount_usd', PLAUSIBLE_AMOUNT_USD, 'US$ amount'],
		[tables.projects, 'beneficiaries_count', PLAUSIBLE_COUNT, 'count'],
		[tables.project_countries, 'amount_usd', PLAUSIBLE_AMOUNT_USD, 'US$ amount']
	];
	for (const [rows, column, range, what] of checks) {
		for (const r of rows) {
			const value = r.row[column] as number | null;
			if (value !== null && outside(value, range)) {
				errors.push({ file: r.file, line: r.line, reason: `column "${column}": ${value} is outside the plausible range [${range[0]}, ${range[1]}] for a ${what}` });
			}
		}
	}
}

/** Every indicator the site lists has data: one without observations would be an empty page. */
function checkIndicatorsHaveObservations(tables: ValidationResult['tables'], errors: DataError[]) {
	const observed = new Set(tables.observations.map((r) => r.row.indicator));
	for (const r of tables.indicators) {
		if (!observed.has(r.row.id)) errors.push({ file: r.file, line: r.line, reason: `indicator "${r.row.id}" has no observations` });
	}
}

/**
 * Reads and validates every table under `dataDir`. File names in errors are shown relative to `cwd`.
 */
export function validateData(dataDir: string, options: { cwd?: string; currentYear?: number } = {}): ValidationResult {
	const cwd = options.cwd ?? process.cwd();
	const display = (p: string) => relative(cwd, p) || p;
	const errors: DataError[] = [];
	const broken = new Set<TableName>();
	const tables = {} as ValidationResult['tables'];
	for (const name of TABLE_NAMES) {
		const before = errors.length;
		tables[name] = readTable(dataDir, TABLES[name], errors, display);
		checkKeys(TABLES[name], tables[name], errors);
		if (errors.length > before) broken.add(name);
	}
	for (const name of TABLE_NAMES) checkReferences(TABLES[name], tables, errors, broken);
	checkObservationValues(tables, errors, options.currentYear ?? new Date().getUTCFullYear());
	checkProjectFigures(tables, errors);
	// With a broken observations table, its own errors say why an indicator lacks rows.
	if (!broken.has('observations') && !broken.has('indicators')) checkIndicatorsHaveObservations(tables, errors);
	for (const r of tables.indicators) {
		const { valid_min: min, valid_max: max, id } = r.row;
		if (min !== null && max !== null && (min as number) > (max as number)) {
			errors.push({ file: r.file, line: r.line, reason: `valid_min ${min} is above valid_max ${max} for "${id}"` });
		}
	}
	errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
	return { tables, errors };
}
