/**
 * Public pages and downloads speak to the public: no curators' shorthand ("seed 003 says…", "(= seed
 * 002)", "APL1A=Liberia+Sierra Leone", "the seed articles", "npm run data:report") and no names of the
 * repositories third-party copies were read from, in any built page (EN and FR) or country download, or
 * in the text columns of the public data files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../src/lib/db/tables.ts';
import { NodeEngine } from '../../src/lib/db/node.ts';

const siteDir = process.env.SITE_DIR ?? 'build';

const SHORTHAND = [/\bseeds?\s+\d{3}\b/i, /\(=\s*seed/i, /\bseed (articles?|programmes?)\b/i, /\b[A-Z]{3}\d\w*=\w/, /\w+\+\w+ Leone/, /npm run/, /data:report/, /Copy used/, /Copie utilisée/];

/** The repositories the third-party copies came from (sources.csv `via`: "owner/repo path @ commit"). */
const REPOSITORIES = (parse(readFileSync('data/sources.csv'), { columns: true }) as Record<string, string>[])
	.flatMap((s) => s.via.match(/[\w.-]+\/[\w.-]+(?= )/g) ?? [])
	.filter((r) => !/^\d/.test(r));

const files = (dir: string, ext: string) =>
	readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith(ext))
		.map((e) => join(e.parentPath, e.name));

function offences(text: string): string[] {
	const found = SHORTHAND.flatMap((re) => {
		const m = re.exec(text);
		return m ? [`“${text.slice(Math.max(0, m.index - 30), m.index + 40).replace(/\s+/g, ' ')}”`] : [];
	});
	for (const repo of REPOSITORIES) if (text.includes(repo)) found.push(`repository ${repo}`);
	return found;
}

describe('public wording', () => {
	it('knows the repositories to look for', () => {
		expect(REPOSITORIES).toEqual(expect.arrayContaining(['plotly/Figure-Friday', 'prottayislive/eda-school-connectivity']));
	});

	it('no built page, English or French, carries curators’ shorthand or repository names', () => {
		const pages = files(siteDir, '.html');
		expect(pages.length).toBeGreaterThan(800);
		const bad = pages.flatMap((file) => offences(readFileSync(file, 'utf8')).map((o) => `${file}: ${o}`));
		expect(bad).toEqual([]);
	});

	it('no country download carries them either', () => {
		const downloads = files(join(siteDir, 'data', 'country'), '.csv');
		expect(downloads.length).toBe(55);
		expect(downloads.flatMap((file) => offences(readFileSync(file, 'utf8')).map((o) => `${file}: ${o}`))).toEqual([]);
	});

	it('nor the text of the public data files (the sources table keeps where each copy came from)', async () => {
		const db = new NodeEngine();
		const bad: string[] = [];
		for (const table of TABLE_NAMES) {
			if (table === 'observations') continue;
			const rows = await db.query<Record<string, unknown>>(`SELECT * FROM '${join(siteDir, 'data', `${table}.parquet`)}'`);
			for (const row of rows) {
				for (const [column, value] of Object.entries(row)) {
					if (typeof value !== 'string' || (table === 'sources' && column === 'via')) continue;
					for (const re of SHORTHAND) if (re.test(value)) bad.push(`${table}.${column}: ${value.slice(0, 80)}`);
				}
			}
		}
		await db.close();
		expect(bad).toEqual([]);
	});
});
