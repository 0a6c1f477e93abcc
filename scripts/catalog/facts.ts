/**
 * Curates the fact tables compiled for the project (../shared/data/facts, see its SOURCES.md) into
 * data/memberships.csv, data/projects.csv and data/project_countries.csv: codes and flags normalised,
 * every statement kept with the URLs it rests on, uncertainty kept visible.
 */
import { parseCsv } from '../lib/csv.ts';
import { ParseError } from '../sources/types.ts';
import { factFr, publicEn, withoutCuratorNote } from './facts-text.ts';
import type { SourceSpec } from './types.ts';

type Row = Record<string, string | number | boolean | null>;

/** Rows of a fact table as objects, each with its line number for error messages. */
function records(text: string, file: string) {
	const csv = parseCsv(text, file);
	return csv.records.map(({ line, fields }) => ({
		line,
		get(column: string): string {
			const i = csv.header.indexOf(column);
			if (i < 0) throw new ParseError(file, 1, `missing column "${column}"`);
			return (fields[i] ?? '').trim();
		}
	}));
}

const orNull = (s: string) => (s === '' ? null : s);
/** A free-text cell in public wording (see facts-text.ts), or null when empty. */
const textOrNull = (s: string) => (s === '' ? null : publicEn(s));

const yesNo = (value: string, file: string, line: number): boolean => {
	if (value === 'yes') return true;
	if (value === 'no') return false;
	throw new ParseError(file, line, `expected yes or no, got "${value}"`);
};

export const MEMBERSHIP_SOURCE_ID = 'smart-africa-membership-compiled';
export const PROJECTS_SOURCE_ID = 'projects-compiled';

const STATUS: Record<string, string> = {
	member: 'member',
	'member (unconfirmed)': 'member-unconfirmed',
	'in process (unconfirmed)': 'in-process-unconfirmed'
};

/** `day (announcement)` → day + "announcement"; `year (range 2019-05..2019-12-04)` → year + "between …". */
function precision(value: string, file: string, line: number): { precision: string; note: string | null } {
	const m = /^(day|month|year|unknown)(?: \((.+)\))?$/.exec(value);
	if (!m) throw new ParseError(file, line, `unknown date precision "${value}"`);
	const detail = m[2]?.replace(/^range (\S+)\.\.(\S+)$/, 'between $1 and $2') ?? null;
	return { precision: m[1], note: detail };
}

export function curateMemberships(text: string, file: string): Row[] {
	return records(text, file).map((r) => {
		const status = STATUS[r.get('member_status')];
		if (!status) throw new ParseError(file, r.line, `unknown member_status "${r.get('member_status')}"`);
		const founding = r.get('founding_signatory');
		if (!['yes', 'no', 'disputed'].includes(founding)) throw new ParseError(file, r.line, `unknown founding_signatory "${founding}"`);
		const { precision: joinedPrecision, note: precisionNote } = precision(r.get('join_date_precision'), file, r.line);
		// "c.2015": the year is approximate; the date column keeps the year, the note says "about".
		const memberBy = r.get('member_by');
		const circa = memberBy.startsWith('c.');
		const uncertain = yesNo(r.get('uncertain'), file, r.line);
		const notes = textOrNull(r.get('notes'));
		const evidence = publicEn(r.get('evidence'));
		const joinedNote = [precisionNote, circa ? `member by about ${memberBy.slice(2)}` : null].filter(Boolean).join('; ') || null;
		const ratification = textOrNull(r.get('agreement_ratification'));
		const uncertainReason = uncertain ? (notes ?? evidence) : null;
		const note = uncertain || founding === 'disputed' ? null : notes;
		return {
			org: 'smart-africa',
			iso3: r.get('iso3'),
			status,
			joined: orNull(r.get('join_date')),
			joined_precision: joinedPrecision,
			joined_note: joinedNote,
			joined_note_fr: factFr(joinedNote),
			member_by: orNull(circa ? memberBy.slice(2) : memberBy),
			founding: founding === 'yes',
			founding_note: founding === 'disputed' ? notes : null,
			accession_rank: orNull(r.get('accession_rank_announced')),
			ratification,
			ratification_fr: factFr(ratification),
			uncertain,
			uncertain_reason: uncertainReason,
			uncertain_reason_fr: factFr(uncertainReason),
			evidence,
			evidence_fr: factFr(evidence),
			note,
			note_fr: factFr(note),
			source_id: MEMBERSHIP_SOURCE_ID,
			source_urls: withoutCuratorNote(r.get('source_urls')),
			source_dates: orNull(r.get('source_dates'))
		};
	});
}

/**
 * The headline count in a project's beneficiaries statement, read off the statement itself (never
 * estimated): the number and what it counts. Projects not listed have no single countable figure.
 */
const BENEFICIARY_COUNTS: Record<string, { count: number; en: string; fr: string }> = {
	'tgo-ent': { count: 8400, en: 'students (planned)', fr: 'élèves (prévu)' },
	'sa-idect': { count: 600, en: 'direct beneficiaries', fr: 'bénéficiaires directs' },
	'sen-focus-vtc': { count: 30000, en: 'young adults per year (up to)', fr: 'jeunes adultes par an (jusqu’à)' },
	'sen-imt-fablab-mooc': { count: 15, en: 'fab lab managers trained', fr: 'gestionnaires de fab labs formés' },
	'mli-hub-iit': { count: 100, en: 'agri-food MSMEs (more than)', fr: 'MPME agroalimentaires (plus de)' },
	giga: { count: 6000, en: 'schools connected (claimed, Nov 2023)', fr: 'écoles connectées (annoncé, nov. 2023)' }
};

/** Phases point to their programme, so timelines can group them. */
const PARENTS: Record<string, string> = {
	'warcip-apl1a': 'warcip',
	'warcip-apl1b': 'warcip',
	'warcip-apl2': 'warcip',
	'warcip-sop3': 'warcip'
};

const projectId = (id: string) => id.toLowerCase();

export function curateProjects(text: string, file: string): Row[] {
	return records(text, file).map((r) => {
		const id = projectId(r.get('project_id'));
		const amount = r.get('amount_usd');
		if (amount !== '' && !/^\d+(\.\d+)?$/.test(amount)) throw new ParseError(file, r.line, `amount_usd "${amount}" is not a number`);
		const count = BENEFICIARY_COUNTS[id];
		if (count && !r.get('beneficiaries').replace(/,/g, '').includes(String(count.count))) {
			throw new ParseError(file, r.line, `beneficiaries no longer state ${count.count}: review BENEFICIARY_COUNTS`);
		}
		const shown = (column: string) => textOrNull(r.get(column));
		const [leadOrg, funder, status, amountNote, beneficiaries, summary, notes] = ['lead_org', 'funder', 'status', 'amount_note', 'beneficiaries', 'facts', 'notes'].map(shown);
		return {
			id,
			parent: PARENTS[id] ?? null,
			name_en: r.get('name_en'),
			name_fr: orNull(r.get('name_fr')),
			kind: r.get('kind'),
			lead_org: leadOrg,
			lead_org_fr: factFr(leadOrg),
			funder,
			funder_fr: factFr(funder),
			wb_project_id: orNull(r.get('wb_project_id')),
			start: orNull(r.get('start')),
			end: orNull(r.get('end')),
			status,
			status_fr: factFr(status),
			amount_usd: amount === '' ? null : Number(amount),
			amount_note: amountNote,
			amount_note_fr: factFr(amountNote),
			beneficiaries,
			beneficiaries_fr: factFr(beneficiaries),
			beneficiaries_count: count?.count ?? null,
			beneficiaries_unit_en: count?.en ?? null,
			beneficiaries_unit_fr: count?.fr ?? null,
			summary,
			summary_fr: factFr(summary),
			uncertain: yesNo(r.get('uncertain'), file, r.line),
			notes,
			notes_fr: factFr(notes),
			source_id: PROJECTS_SOURCE_ID,
			source_urls: withoutCuratorNote(r.get('source_url')),
			source_dates: orNull(r.get('source_date'))
		};
	});
}

export function curateProjectCountries(text: string, file: string): Row[] {
	return records(text, file).map((r) => {
		const amount = r.get('amount_usd');
		if (amount !== '' && !/^\d+(\.\d+)?$/.test(amount)) throw new ParseError(file, r.line, `amount_usd "${amount}" is not a number`);
		return {
			project_id: projectId(r.get('project_id')),
			iso3: r.get('iso3'),
			role: r.get('role'),
			phase: orNull(r.get('phase')),
			amount_usd: amount === '' ? null : Number(amount),
			source_url: orNull(withoutCuratorNote(r.get('source_url'))),
			note: textOrNull(r.get('notes')),
			note_fr: factFr(textOrNull(r.get('notes')))
		};
	});
}

/** The newest ISO date any row's sources carry: when the compilation's evidence ends. */
export function newestSourceDate(rows: Row[]): string {
	const dates = rows.flatMap((r) => String(r.source_dates ?? '').match(/\d{4}-\d{2}-\d{2}/g) ?? []);
	return dates.sort().at(-1) ?? '1970-01-01';
}

export function factSources(memberships: Row[], projects: Row[]): SourceSpec[] {
	const compiled = {
		publisher: 'Smart Africa ICT Indicators (compilation)',
		publisher_fr: 'Indicateurs TIC Smart Africa (compilation)',
		licence: 'CC BY 4.0 (the compilation); each row links the public sources it rests on',
		licence_fr: 'CC BY 4.0 (la compilation) ; chaque ligne renvoie aux sources publiques sur lesquelles elle repose',
		licence_url: 'https://creativecommons.org/licenses/by/4.0/',
		via: null
	};
	return [
		{
			id: MEMBERSHIP_SOURCE_ID,
			...compiled,
			dataset: 'Smart Africa Alliance membership: join dates, founding signatories and evidence',
			dataset_fr: 'Adhésions à l’Alliance Smart Africa : dates d’adhésion, signataires fondateurs et éléments de preuve',
			url: 'https://smartafrica.org/who-we-are/',
			retrieved: newestSourceDate(memberships),
			citation:
				'Smart Africa membership compiled from news reports, Smart Africa and government statements (sources listed per country). Smart Africa ICT Indicators dashboard.'
		},
		{
			id: PROJECTS_SOURCE_ID,
			...compiled,
			dataset: 'Flagship projects: WARCIP, Togo’s ENT, Smart Africa flagships, national e-learning programmes',
			dataset_fr: 'Projets phares : WARCIP, ENT du Togo, projets phares de Smart Africa, programmes nationaux d’apprentissage en ligne',
			url: 'https://smartafrica.org/',
			retrieved: newestSourceDate(projects),
			citation:
				'Projects compiled from World Bank project documents, Smart Africa and government statements and news reports (sources listed per project). Smart Africa ICT Indicators dashboard.'
		}
	];
}
