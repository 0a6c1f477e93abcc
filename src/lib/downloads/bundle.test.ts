/** A download built from the real data, unzipped and read back. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DuckDBInstance } from '@duckdb/node-api';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeEngine } from '$lib/db/node';
import { filteredObservations, indicatorInfo, sourceInfo, type DataFilter } from '$lib/queries/data';
import { buildDownload, downloadName, type DownloadRequest } from './bundle';

const filter: DataFilter = { countries: ['TGO', 'SEN'], indicators: ['internet-users'], from: 2015, to: 2020 };
let db: NodeEngine;
let request: Omit<DownloadRequest, 'format' | 'shape'>;
const dir = mkdtempSync(join(tmpdir(), 'bundle-'));

beforeAll(async () => {
	db = new NodeEngine();
	const indicators = await indicatorInfo(db);
	request = {
		rows: await filteredObservations(db, filter),
		indicators: indicators.filter((i) => i.id === 'internet-users'),
		sources: await sourceInfo(db),
		dataset: { version: '2026-07-01.test', built: '2026-11-23T00:00:00.000Z' },
		locale: 'fr',
		pageUrl: 'https://example.org/fr/data?countries=TGO,SEN',
		filter
	};
});
afterAll(async () => {
	await db.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('downloads', () => {
	it('names the file after what it holds', () => {
		expect(downloadName({ ...request, format: 'csv', shape: 'long' })).toBe('internet-users_TGO-SEN_2015-2020_csv.zip');
	});

	it('zips the exact filtered rows with columns, indicators, sources, citation and README', async () => {
		const { filename, bytes } = buildDownload({ ...request, format: 'csv-semicolon', shape: 'long' });
		const files = unzipSync(bytes);
		expect(Object.keys(files).sort()).toEqual(['CITATION.txt', 'README.txt', 'columns.csv', 'indicators.csv', filename.replace('.zip', '.csv'), 'sources.csv'].sort());
		const data = parse(strFromU8(files[filename.replace('.zip', '.csv')]), { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
		const [{ n }] = await db.query<{ n: number }>(
			"SELECT count(*)::INTEGER AS n FROM observations WHERE iso3 IN ('TGO', 'SEN') AND indicator = 'internet-users' AND year BETWEEN 2015 AND 2020"
		);
		expect(data).toHaveLength(n);
		const togo2020 = data.find((r) => r.iso3 === 'TGO' && r.year === '2020')!;
		const [expected] = await db.query<{ value: number }>("SELECT value FROM observations WHERE iso3 = 'TGO' AND indicator = 'internet-users' AND year = 2020");
		expect(Number(togo2020.value.replace(',', '.'))).toBe(expected.value);
		expect(togo2020).toMatchObject({ country: 'Togo', licence: 'CC BY 4.0', unit: '% de la population' });
		const sources = parse(strFromU8(files['sources.csv']), { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
		expect(sources.map((s) => s.id)).toEqual(['wb-wdi-internet-2024']);
		// A French download cites its sources in French: the publisher's French name and the French citation.
		const [source] = await db.query<{ publisher_fr: string; citation_fr: string }>("SELECT publisher_fr, citation_fr FROM sources WHERE id = 'wb-wdi-internet-2024'");
		expect(sources[0]).toMatchObject({ publisher: 'Banque mondiale', citation: source.citation_fr });
		expect(strFromU8(files['CITATION.txt'])).toContain(`- ${source.citation_fr}`);
		expect(strFromU8(files['CITATION.txt'])).not.toContain('World Bank');
		// The day the data was built (the build records no finer time: scripts/lib/write-data.ts).
		expect(strFromU8(files['README.txt'])).toContain('Version du jeu de données 2026-07-01.test, construite le 2026-11-23.\n');
		expect(strFromU8(files['README.txt'])).toContain('Filtre : indicateurs internet-users ; pays TGO, SEN ; années 2015–2020.');
	});

	it('cites the sources in English in an English download', () => {
		const { filename, bytes } = buildDownload({ ...request, locale: 'en', format: 'csv', shape: 'long' });
		const files = unzipSync(bytes);
		const sources = parse(strFromU8(files['sources.csv']), { bom: true, columns: true }) as Record<string, string>[];
		expect(sources[0]).toMatchObject({ publisher: 'World Bank' });
		expect(strFromU8(files['CITATION.txt'])).toContain('- World Bank (2024)');
		expect(parse(strFromU8(files[filename.replace('.zip', '.csv')]), { bom: true, columns: true })[0]).toMatchObject({ licence: 'CC BY 4.0' });
	});

	it('writes a wide table of countries by years that DuckDB reads from Parquet', async () => {
		const { filename, bytes } = buildDownload({ ...request, format: 'parquet', shape: 'wide' });
		const path = join(dir, 'wide.parquet');
		writeFileSync(path, unzipSync(bytes)[filename.replace('.zip', '.parquet')]);
		const duck = await (await DuckDBInstance.create(':memory:')).connect();
		const rows = (await duck.runAndReadAll(`SELECT * FROM '${path}' ORDER BY iso3`)).getRowObjectsJS();
		expect(rows.map((r) => r.iso3)).toEqual(['SEN', 'TGO']);
		const columns = (await duck.runAndReadAll(`DESCRIBE SELECT * FROM '${path}'`)).getRowObjectsJS().map((r) => r.column_name);
		expect(columns).toEqual(['iso3', 'country', '2015', '2016', '2017', '2018', '2019', '2020']);
		const [expected] = await db.query<{ value: number }>("SELECT value FROM observations WHERE iso3 = 'SEN' AND indicator = 'internet-users' AND year = 2017");
		expect(rows[0]['2017']).toBe(expected.value);
	});

	it('refuses a wide table of several indicators', () => {
		expect(() => buildDownload({ ...request, indicators: [...request.indicators, request.indicators[0]], format: 'csv', shape: 'wide' })).toThrow('one indicator');
	});
});
