/** Smart Africa membership, as curated from the sources (see data/memberships.csv). */
import type { Engine } from '$lib/db/engine';

export type DatePrecision = 'day' | 'month' | 'year' | 'unknown';

export interface Membership {
	iso3: string;
	status: 'member' | 'member-unconfirmed' | 'in-process-unconfirmed';
	joined: string | null;
	joined_precision: DatePrecision;
	joined_note: string | null;
	member_by: string | null;
	founding: boolean;
	founding_note: string | null;
	accession_rank: string | null;
	uncertain: boolean;
	uncertain_reason: string | null;
	evidence: string;
	/** The same texts in French (data/memberships.csv carries both). */
	evidence_fr: string;
	uncertain_reason_fr: string | null;
	/** The sources of this row, separated by " ; ". */
	source_urls: string;
}

export async function smartAfricaMemberships(db: Engine): Promise<Membership[]> {
	await db.load(['memberships']);
	return db.query<Membership>(
		`SELECT iso3, status, joined, joined_precision, joined_note, member_by, founding, founding_note, accession_rank,
		        uncertain, uncertain_reason, evidence, evidence_fr, uncertain_reason_fr, source_urls
		 FROM memberships WHERE org = 'smart-africa'
		 ORDER BY coalesce(joined, member_by), iso3`
	);
}
