/**
 * Checks the committed data/ against the raw publications: every curated observation must equal the
 * value its publisher published, every published value for a member state must be in data/, and the
 * other tables must be exactly what the curation produces from the fact tables.
 *   npm run data:verify [-- --raw <sources dir> --facts <facts dir> --data <data dir>]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { curateAll, curatedFiles, inputFolders, type Catalog, type CurateInput } from './curate.ts';

export interface VerifyReport {
	observations: number;
	equal: number;
	/** Curated values that differ from, or are absent in, the raw publication. */
	mismatches: string[];
	/** Published values for member states that data/ lacks. */
	missing: string[];
	/** Other curated files that differ from what the fact tables give. */
	changedFiles: string[];
}

export function verify(dataDir: string, input: CurateInput, catalog?: Catalog): VerifyReport {
	const fresh = curateAll(input, catalog);
	const published = new Map(fresh.observations.map((o) => [`${o.iso3}|${o.indicator}|${o.year}`, o.value as number]));

	const obsDir = join(dataDir, 'observations');
	const curated = readdirSync(obsDir)
		.filter((f) => f.endsWith('.csv'))
		.flatMap((f) =>
			(parse(readFileSync(join(obsDir, f)), { columns: true }) as Record<string, string>[]).map((r, i) => ({
				...r,
				where: `observations/${f}:${i + 2}`
			}))
		) as Record<string, string>[];

	const mismatches: string[] = [];
	let equal = 0;
	const seen = new Set<string>();
	for (const o of curated) {
		const key = `${o.iso3}|${o.indicator}|${o.year}`;
		seen.add(key);
		const raw = published.get(key);
		if (raw === undefined) mismatches.push(`${o.where}: ${key} = ${o.value} is not in the raw publication`);
		else if (Number(o.value) !== raw) mismatches.push(`${o.where}: ${key} = ${o.value}, published ${raw}`);
		else equal++;
	}
	const missing = [...published.keys()].filter((k) => !seen.has(k)).map((k) => `${k} = ${published.get(k)} is published but not in data/`);

	const changedFiles = [...curatedFiles(fresh)]
		.filter(([path]) => !path.startsWith('observations/'))
		.filter(([path, text]) => !existsSync(join(dataDir, path)) || readFileSync(join(dataDir, path), 'utf8') !== text)
		.map(([path]) => path);

	return { observations: curated.length, equal, mismatches, missing, changedFiles };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values } = parseArgs({ options: { raw: { type: 'string' }, facts: { type: 'string' }, data: { type: 'string', default: 'data' } } });
	const input = inputFolders(values);
	const report = verify(resolve(values.data), input);
	const share = report.observations ? (100 * report.equal) / report.observations : 0;
	for (const line of [...report.mismatches, ...report.missing].slice(0, 50)) console.error(line);
	for (const file of report.changedFiles) console.error(`${file}: differs from what the fact tables give (run npm run data:curate)`);
	console.log(
		`${report.equal} of ${report.observations} curated observations equal their published value (${share.toFixed(2)} %); ` +
			`${report.missing.length} published values missing; ${report.changedFiles.length} other files changed. Raw: ${input.raw}`
	);
	if (report.mismatches.length || report.missing.length || report.changedFiles.length) process.exit(1);
}
