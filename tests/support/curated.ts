/**
 * The curated CSV tables read directly (not through the data build), so query tests compare the
 * engines' answers with values worked out independently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** One curated table's rows, every field as written. */
export const curatedTable = (file: string) => parse(readFileSync(file), { columns: true }) as Record<string, string>[];

/** Every curated observation, with its year and value as numbers. */
export function curatedObservations(): { iso3: string; indicator: string; year: number; value: number }[] {
	return readdirSync('data/observations')
		.filter((f) => f.endsWith('.csv'))
		.flatMap((f) => curatedTable(`data/observations/${f}`))
		.map((o) => ({ iso3: o.iso3, indicator: o.indicator, year: +o.year, value: +o.value }));
}
