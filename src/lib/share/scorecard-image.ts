/**
 * A country's scorecard as a picture (its page shows it as tables, which have no SVG to export): one row
 * per indicator with its latest value and year, the members' median and the rank among members, grouped
 * by topic. Used by the share dialog's downloads (loaded with it) and by the profile's link preview.
 */
import { formatValue } from '$lib/i18n/format';
import { type Locale, localized } from '$lib/i18n/locales';
import { common } from '$lib/i18n/messages/common';
import { countryPage } from '$lib/i18n/messages/country';
import type { ScorecardRow } from '$lib/queries/country';
import { estimateText, wrapText, type CardChart } from './card';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function scorecardChart(locale: Locale, topics: { topic: string; indicators: string[] }[], rows: ScorecardRow[], width = 1000): CardChart {
	const t = countryPage[locale];
	const byId = new Map(rows.map((r) => [r.indicator, r]));
	const row = 24;
	const cols = { value: width * 0.62, median: width * 0.8, rank: width };
	const parts: string[] = [];
	let y = 0;
	const text = (x: number, text: string, opts: { anchor?: 'end'; weight?: number; fill?: string; size?: number } = {}) =>
		parts.push(
			`<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${opts.size ?? 14}"${opts.weight ? ` font-weight="${opts.weight}"` : ''} fill="${opts.fill ?? '#111827'}"${opts.anchor ? ` text-anchor="end"` : ''}>${escapeXml(text)}</text>`
		);
	y += 16;
	text(cols.value, t.latest, { anchor: 'end', weight: 600, fill: '#4b5563', size: 13 });
	text(cols.median, t.medianMembers, { anchor: 'end', weight: 600, fill: '#4b5563', size: 13 });
	text(cols.rank, t.rankMembers, { anchor: 'end', weight: 600, fill: '#4b5563', size: 13 });
	// Names wrap (never truncated: two long French names would cut to the same words) in the room left
	// of the values column, which holds at most "1 234 567,8 (2023)".
	const nameWidth = cols.value - 170;
	const lineHeight = 17;
	for (const topic of topics) {
		const shown = topic.indicators.map((id) => byId.get(id)).filter((r): r is ScorecardRow => r !== undefined);
		if (!shown.length) continue;
		y += row + 4;
		text(0, common[locale].topics[topic.topic as keyof (typeof common)['en']['topics']] ?? topic.topic, { weight: 700, size: 15 });
		for (const r of shown) {
			y += row;
			parts.push(`<line x1="0" x2="${width}" y1="${(y - row + 6).toFixed(1)}" y2="${(y - row + 6).toFixed(1)}" stroke="#e5e7eb"/>`);
			const fmt = (v: number | null) => formatValue(locale, v, r.unit, r.decimals);
			const nameLines = wrapText(localized(r, 'name', locale), nameWidth, 14, 400, estimateText);
			const top = y;
			nameLines.forEach((line, i) => {
				y = top + i * lineHeight;
				text(0, line);
			});
			y = top;
			text(cols.value, r.value === null ? t.noData : `${fmt(r.value)} (${r.year})`, { anchor: 'end', weight: 600, fill: r.value === null ? '#6b7280' : '#1d4ed8' });
			text(cols.median, r.value === null ? '–' : fmt(r.median_members), { anchor: 'end', fill: '#374151' });
			text(cols.rank, r.value === null || r.rank_members === null ? '–' : t.rank(r.rank_members, r.members_reporting), { anchor: 'end', fill: '#374151' });
			y = top + (nameLines.length - 1) * lineHeight;
		}
	}
	const height = Math.ceil(y + 8);
	return { content: parts.join(''), width, height };
}
