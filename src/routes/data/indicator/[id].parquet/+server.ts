/** /data/indicator/<id>.parquet: the same table as the .csv beside it, typed, for Python, R and DuckDB. */
import { prerenderEngine } from '$lib/db/node';
import { fullDataParquet } from '$lib/downloads/full-data';
import { indicatorIds } from '$lib/queries/indicator';
import { indicatorFullData } from '$lib/queries/full-data';
import { datasetInfo } from '$lib/server/manifest';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = async () => (await indicatorIds(prerenderEngine())).map((id) => ({ id }));

export const GET: RequestHandler = async ({ params }) => {
	const bytes = fullDataParquet(await indicatorFullData(prerenderEngine(), params.id), datasetInfo().version);
	return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'application/vnd.apache.parquet' } });
};
