/**
 * How both projects pages say a project's name, dates, status and kind in the page's language, and the
 * derivations the index needs (programme tree, filters, countries' project counts). Pure functions of
 * the rows, tested in project-text.test.ts.
 */
import { formatDate } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import { KIND_FR, localText, projectsText } from '$lib/i18n/messages/projects';
import { kindGroups, statusClass, type ProjectSummary, type StatusClass } from '$lib/queries/projects';
import type { ProjectsView } from '$lib/views/projects/state';
import { datePeriod } from '$lib/charts/project-timeline';
import { sourceLinks } from '$lib/source-urls';

/** Bar colours per status class (each at least 4.5:1 on white, distinct in hue). */
export const STATUS_COLOURS: Record<StatusClass, string> = {
	active: '#047857',
	'partly-closed': '#7e22ce',
	closed: '#1d4ed8',
	announced: '#c2410c',
	'not-stated': '#6b7280'
};

/** The name in the page's language: the French one where a source uses it, else the English one, marked. */
export function projectName(locale: Locale, p: { name_en: string; name_fr: string | null }): { text: string; lang?: 'en' } {
	if (locale === 'fr') return p.name_fr ? { text: p.name_fr } : { text: p.name_en, lang: 'en' };
	return { text: p.name_en };
}

/** A curated text in the page's language: the French where the table has it, else the English. */
export const inLocale = (locale: Locale, en: string | null, fr: string | null) => (locale === 'fr' ? (fr ?? en) : en);

export const kindText = (locale: Locale, kind: string) => localText(locale, KIND_FR, kind);

/** A partial date at its own precision: `2016`, `December 2010`, `21 Jun 2011`. */
export function dateText(locale: Locale, iso: string): string {
	return formatDate(locale, iso, datePeriod(iso)?.precision ?? 'day');
}

/** `December 2010 – 2017`, `2014 – ongoing`, `2014 – end not stated`, `dates not stated`. */
export function datesText(locale: Locale, p: { start: string | null; end: string | null; status: string | null }): string {
	const t = projectsText[locale];
	if (!p.start && !p.end) return t.datesNotStated;
	const start = p.start ? dateText(locale, p.start) : t.startNotStated;
	const end = p.end ? dateText(locale, p.end) : statusClass(p.status) === 'active' ? t.ongoing : t.endNotStated;
	return `${start} – ${end}`;
}

export interface ProjectNode {
	project: ProjectSummary;
	phases: ProjectSummary[];
}

/** Programmes with their phases under them, in the list's order (by start date). */
export function projectTree(projects: ProjectSummary[]): ProjectNode[] {
	return projects
		.filter((p) => !p.parent || !projects.some((q) => q.id === p.parent))
		.map((project) => ({ project, phases: projects.filter((p) => p.parent === project.id) }));
}

/** Countries of a project and of its phases. */
export const nodeCountries = (node: ProjectNode) => [...new Set([...node.project.countries, ...node.phases.flatMap((p) => p.countries)])].sort();

function matchesOwn(p: ProjectSummary, view: ProjectsView, countries: string[]): boolean {
	return (
		(!view.kind || kindGroups(p.kind).includes(view.kind)) &&
		(!view.status || statusClass(p.status) === view.status) &&
		(!view.country || countries.includes(view.country))
	);
}

export interface VisibleNode {
	project: ProjectSummary;
	/** False when the programme is shown only for its matching phases. */
	matches: boolean;
	phases: ProjectSummary[];
}

/**
 * The tree narrowed to a view: a project or phase is shown if it matches every filter; a programme is
 * also shown (as context) when some of its phases match. A programme's countries are its phases'.
 */
export function filterTree(tree: ProjectNode[], view: ProjectsView): VisibleNode[] {
	const out: VisibleNode[] = [];
	for (const node of tree) {
		const matches = matchesOwn(node.project, view, nodeCountries(node));
		const phases = node.phases.filter((p) => matchesOwn(p, view, p.countries));
		if (matches || phases.length) out.push({ project: node.project, matches, phases });
	}
	return out;
}

/**
 * How many projects each country takes part in, among those shown: a programme's phases count once (a
 * country in two WARCIP phases takes part in one programme).
 */
export function projectsPerCountry(visible: VisibleNode[]): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const node of visible) {
		const rows = node.matches ? [node.project, ...node.phases] : node.phases;
		const countries = new Set(rows.flatMap((p) => p.countries));
		for (const iso3 of countries) out.set(iso3, [...(out.get(iso3) ?? []), node.project.id]);
	}
	return out;
}

/** The map's classes of project counts: none, 1, 2, 3–4, 5 or more. */
export const COUNT_CLASSES = [0, 1, 2, 3, 5] as const;
export const COUNT_COLOURS: Record<(typeof COUNT_CLASSES)[number], string> = {
	0: '#e5e7eb',
	1: '#a1dab4',
	2: '#41b6c4',
	3: '#2c7fb8',
	5: '#253494'
};
export const countClass = (n: number): (typeof COUNT_CLASSES)[number] => (n >= 5 ? 5 : n >= 3 ? 3 : n === 2 ? 2 : n === 1 ? 1 : 0);

/** The host of a source URL, as a short link text (`worldbank.org`). */
export function host(url: string): string {
	try {
		return new URL(url).hostname.replace(/^(www|mobile)\./, '');
	} catch {
		return url;
	}
}

/** The URLs of a " ; "-separated list, with the dates given in the same order (a URL may carry a note after it). */
export function sourceList(urls: string, dates: string | null): { url: string; note: string | null; date: string | null }[] {
	const dateList = dates?.split(' ; ') ?? [];
	return sourceLinks(urls).map((link, i) => ({ ...link, date: dateList[i]?.trim() || null }));
}

/**
 * A source's date as the fact tables write it — `2017-11-07 (restructuring RES27585)`, `c.2018-07`,
 * `undated (c.2016-17)` — in the page's language: dates formatted, "undated" and "c." translated, and
 * any note (document codes, in English) kept and marked as English.
 */
/**
 * French for the World Bank document a source date belongs to (`PAD`, `ICR 2017`, `restructuring
 * RES34372`): the document's French name with its code, as the Bank's French pages call them.
 */
function documentNoteFr(note: string): string | null {
	const names: Record<string, string> = {
		PAD: 'document d’évaluation du projet',
		ICR: 'rapport d’achèvement',
		PID: 'fiche d’information du projet',
		restructuring: 'restructuration'
	};
	const m = /^(PAD|ICR|PID|restructuring)(\d*)(?: (.*))?$/.exec(note);
	if (!m) return null;
	return [names[m[1]], m[1] === 'restructuring' ? null : `(${m[1]}${m[2]})`, m[3] ?? null].filter(Boolean).join(' ');
}

export function sourceDateText(locale: Locale, raw: string): { text: string; lang?: 'en' } {
	const t = projectsText[locale];
	const date = raw.trim();
	if (date === 'undated') return { text: t.undatedSource };
	let m = /^undated \((.*)\)$/.exec(date);
	if (m) {
		const inner = sourceDateText(locale, m[1]);
		return { text: `${t.undatedSource} (${inner.text})`, lang: inner.lang };
	}
	m = /^c\.\s?(.*)$/.exec(date);
	if (m) {
		const inner = sourceDateText(locale, m[1]);
		return { text: `${t.circa} ${inner.text}`, lang: inner.lang };
	}
	// "2016-17": a span of years, not a month.
	m = /^(\d{4})-(\d{2})$/.exec(date);
	if (m && Number(m[2]) > 12) return { text: `${m[1]}–${m[2]}` };
	m = /^(\d{4}(?:-\d{2}){0,2})(?:\s+\((.*)\))?$/.exec(date);
	if (m && datePeriod(m[1])) {
		if (!m[2]) return { text: dateText(locale, m[1]) };
		const note = locale === 'fr' ? documentNoteFr(m[2]) : m[2];
		return { text: `${dateText(locale, m[1])} (${note ?? m[2]})`, lang: note === null ? 'en' : undefined };
	}
	return { text: date, lang: locale === 'fr' ? 'en' : undefined };
}
