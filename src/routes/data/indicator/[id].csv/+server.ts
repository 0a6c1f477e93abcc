/** /data/indicator/<id>.csv: an indicator's full data at a stable address (see $lib/downloads/full-data). */
import { prerenderEngine } from '$lib/db/node';
import { fullDataCsv } from '$lib/downloads/full-data';
import { indicatorIds } from '$lib/queries/indicator';
import { indicatorFullData } from '$lib/queries/full-data';
import { datasetInfo } from '$lib/server/manifest';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = async () => (await indicatorIds(prerenderEngine())).map((id) => ({ id }));

export const GET: RequestHandler = async ({ params }) => {
	const rows = await indicatorFullData(prerenderEngine(), params.id);
	return new Response(fullDataCsv(rows, datasetInfo().version), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
