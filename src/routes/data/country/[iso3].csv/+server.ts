/**
 * /data/country/<ISO3>.csv: every value the site has for one country, each with its source and licence.
 * One file for both languages (its address is the same from the English and the French profile): the
 * indicator's name, unit, source and licence come in English and in French, side by side.
 */
import { prerenderEngine } from '$lib/db/node';
import { countryDownload, countryIds } from '$lib/queries/country';
import { csvText } from '$lib/server/csv';
import { datasetInfo } from '$lib/server/manifest';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = async () => (await countryIds(prerenderEngine())).map((iso3) => ({ iso3 }));

const COLUMNS = ['iso3', 'indicator', 'indicator_name', 'indicator_name_fr', 'year', 'value', 'unit', 'unit_fr', 'flag', 'source', 'source_fr', 'licence', 'licence_fr', 'source_url', 'retrieved', 'dataset_version'];

export const GET: RequestHandler = async ({ params }) => {
	const version = datasetInfo().version;
	const rows = (await countryDownload(prerenderEngine(), params.iso3)).map((r) => ({ ...r, dataset_version: version }));
	return new Response(csvText(rows, COLUMNS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
