/** Queries behind the sources page. */
import type { Engine } from '$lib/db/engine';
import type { SourceMeta } from './indicator';

export interface SourceWithIndicators extends SourceMeta {
	via: string | null;
	indicators: { id: string; name_en: string; name_fr: string; source_code: string }[];
}

export async function sourcesWithIndicators(db: Engine): Promise<SourceWithIndicators[]> {
	await db.load(['sources', 'indicators']);
	const sources = await db.query<Omit<SourceWithIndicators, 'indicators'>>(
		'SELECT id, publisher, publisher_fr, dataset, dataset_fr, url, licence, licence_fr, licence_url, retrieved, citation, citation_fr, via FROM sources ORDER BY publisher, retrieved DESC, id'
	);
	const indicators = await db.query<{ id: string; name_en: string; name_fr: string; source_code: string; source_id: string }>(
		'SELECT id, name_en, name_fr, source_code, source_id FROM indicators ORDER BY id'
	);
	return sources.map((s) => ({
		...s,
		indicators: indicators.filter((i) => i.source_id === s.id).map(({ source_id: _, ...i }) => i)
	}));
}
