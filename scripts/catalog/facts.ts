/**
 * Curates the fact tables compiled for the project (../shared/data/facts, see its SOURCES.md) into
 * data/memberships.csv, data/projects.csv and data/project_countries.csv: codes and flags normalised,
 * every statement kept with the URLs it rests on, uncertainty kept visible.
 */
import { parseCsv } from '../lib/csv.ts';
import { ParseError } from '../sources/types.ts';
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
		const notes = orNull(r.get('notes'));
		return {
			org: 'smart-africa',
			iso3: r.get('iso3'),
			status,
			joined: orNull(r.get('join_date')),
			joined_precision: joinedPrecision,
			joined_note: [precisionNote, circa ? `member by about ${memberBy.slice(2)}` : null].filter(Boolean).join('; ') || null,
			member_by: orNull(circa ? memberBy.slice(2) : memberBy),
			founding: founding === 'yes',
			founding_note: founding === 'disputed' ? notes : null,
			accession_rank: orNull(r.get('accession_rank_announced')),
			ratification: orNull(r.get('agreement_ratification')),
			uncertain,
			uncertain_reason: uncertain ? notes ?? r.get('evidence') : null,
			evidence: r.get('evidence'),
			note: uncertain || founding === 'disputed' ? null : notes,
			source_id: MEMBERSHIP_SOURCE_ID,
			source_urls: r.get('source_urls'),
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
		return {
			id,
			parent: PARENTS[id] ?? null,
			name_en: r.get('name_en'),
			name_fr: orNull(r.get('name_fr')),
			kind: r.get('kind'),
			lead_org: orNull(r.get('lead_org')),
			funder: orNull(r.get('funder')),
			wb_project_id: orNull(r.get('wb_project_id')),
			start: orNull(r.get('start')),
			end: orNull(r.get('end')),
			status: orNull(r.get('status')),
			amount_usd: amount === '' ? null : Number(amount),
			amount_note: orNull(r.get('amount_note')),
			beneficiaries: orNull(r.get('beneficiaries')),
			beneficiaries_count: count?.count ?? null,
			beneficiaries_unit_en: count?.en ?? null,
			beneficiaries_unit_fr: count?.fr ?? null,
			summary: orNull(r.get('facts')),
			uncertain: yesNo(r.get('uncertain'), file, r.line),
			notes: orNull(r.get('notes')),
			source_id: PROJECTS_SOURCE_ID,
			source_urls: r.get('source_url'),
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
			source_url: orNull(r.get('source_url')),
			note: orNull(r.get('notes'))
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
		licence: 'CC BY 4.0 (the compilation); each row links the public sources it rests on',
		licence_url: 'https://creativecommons.org/licenses/by/4.0/',
		via: null
	};
	return [
		{
			id: MEMBERSHIP_SOURCE_ID,
			...compiled,
			dataset: 'Smart Africa Alliance membership: join dates, founding signatories and evidence',
			url: 'https://smartafrica.org/who-we-are/',
			retrieved: newestSourceDate(memberships),
			citation:
				'Smart Africa membership compiled from news reports, Smart Africa and government statements (sources listed per country). Smart Africa ICT Indicators dashboard.'
		},
		{
			id: PROJECTS_SOURCE_ID,
			...compiled,
			dataset: 'Flagship projects: WARCIP, Togo’s ENT, Smart Africa flagships, national e-learning programmes',
			url: 'https://smartafrica.org/',
			retrieved: newestSourceDate(projects),
			citation:
				'Projects compiled from World Bank project documents, Smart Africa and government statements and news reports (sources listed per project). Smart Africa ICT Indicators dashboard.'
		}
	];
}
