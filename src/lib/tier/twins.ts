/** The queries the tier answers, by name: the worker runs their twins (and Node tests, the same way). */
import { NoTwin, type QueryDef, type TierTables } from '$lib/db/query';
import { compareLine, compareRanking, compareScatter, compareSlope } from '$lib/queries/compare';
import { filteredObservations, indicatorInfo, sourceInfo } from '$lib/queries/data';
import { connectivityPair, latestValues, skillsLatest } from '$lib/queries/education';
import { indicatorRanking, indicatorSeries } from '$lib/queries/indicator';

const queries = [
	indicatorSeries,
	indicatorRanking,
	compareLine,
	compareRanking,
	compareSlope,
	compareScatter,
	latestValues,
	skillsLatest,
	connectivityPair,
	filteredObservations,
	indicatorInfo,
	sourceInfo
].map((q) => q.def as QueryDef<unknown, unknown>);
const byName = new Map(queries.map((def) => [def.name, def]));

export async function runTwin(tables: TierTables, name: string, params: unknown): Promise<unknown> {
	const def = byName.get(name);
	if (!def?.twin) throw new NoTwin(name);
	return (def.twin as (t: TierTables, p: unknown) => Promise<unknown>)(tables, params);
}
