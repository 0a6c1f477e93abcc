/**
 * Hostile data values (names and notes with HTML, <script> tags, quotes and very long strings) rendered by
 * every chart and table component, with their tooltips open, and by the image export: always text, never
 * markup. Svelte escapes text; these tests guard against anyone reaching for {@html} or string templates.
 */
import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import AccessionTimeline from '$lib/charts/AccessionTimeline.svelte';
import BarChart from '$lib/charts/BarChart.svelte';
import ChoroplethMap from '$lib/charts/ChoroplethMap.svelte';
import DataTable from '$lib/charts/DataTable.svelte';
import LineChart from '$lib/charts/LineChart.svelte';
import PeriodLines from '$lib/charts/PeriodLines.svelte';
import ProjectTimeline from '$lib/charts/ProjectTimeline.svelte';
import ScatterChart from '$lib/charts/ScatterChart.svelte';
import SlopeChart from '$lib/charts/SlopeChart.svelte';
import Notices from '$lib/components/Notices.svelte';
import SourceLine from '$lib/components/SourceLine.svelte';
import type { TimelineRow } from '$lib/charts/project-timeline';
import { accessions } from '$lib/membership/timeline';
import { composeCard } from '$lib/share/card';
import { chartForCard } from '$lib/share/export-image';

/** One value of each kind: a script, an event-handler attribute, a broken-out attribute, quotes and entities. */
export const HOSTILE = [
	'<script>window.__pwned = true</script>',
	'<img src=x onerror="window.__pwned = true">',
	'"><svg onload="window.__pwned = true"><b>bold</b>',
	`O'Brien & "Sons" </text></svg></title>&amp; &lt;`
];
/** A very long name (no spaces) and a very long note (with them). */
export const LONG = ['Ω'.repeat(3000), 'très long '.repeat(400).trim()];
const name = (i: number) => [...HOSTILE, ...LONG][i % (HOSTILE.length + LONG.length)];

/** No element or attribute came from the values; every value is there as text. */
function expectText(container: Element, values: string[]) {
	expect(container.querySelectorAll('script, img, b, foreignObject, iframe').length).toBe(0);
	expect(container.querySelectorAll('svg svg').length).toBe(0);
	expect([...container.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length).toBe(0);
	const text = container.textContent ?? '';
	for (const v of values) expect(text.includes(v), v.slice(0, 40)).toBe(true);
	expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
}

const fmt = (v: number | null) => (v === null ? 'no data' : String(v));
const keys = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF'];

describe('hostile names and notes render as text', () => {
	it('LineChart: labels, title, description and the keyboard tooltip', async () => {
		const series = keys.slice(0, 4).map((key, i) => ({ key, label: name(i), colour: '#1d4ed8', points: [{ x: 2019, y: i }, { x: 2020, y: i + 1 }] }));
		const { container, getByRole } = render(LineChart, { id: 'l', series, title: HOSTILE[0], description: HOSTILE[2], formatY: String, formatValue: fmt, keyboardHint: HOSTILE[3] });
		await fireEvent.keyDown(getByRole('group'), { key: 'End' });
		expectText(container, [HOSTILE[0], HOSTILE[2], ...series.map((s) => s.label)]);
	});

	it('BarChart and its tooltips', async () => {
		const bars = keys.map((key, i) => ({ key, label: name(i), value: i + 1, colour: '#1d4ed8', emphasised: i < 2, detail: HOSTILE[i % 4] }));
		const { container } = render(BarChart, { id: 'b', bars, title: HOSTILE[1], description: HOSTILE[3], formatValue: String, formatTick: String, references: [{ value: 2, label: HOSTILE[0] }] });
		for (const el of container.querySelectorAll('[tabindex="0"]')) await fireEvent.focus(el);
		expectText(container, [HOSTILE[1], ...bars.map((b) => b.label)]);
	});

	it('ScatterChart: labels, details and axis titles', async () => {
		const points = keys.map((key, i) => ({ key, label: name(i), x: 10 * (i + 1), y: i, size: 1e6, colour: '#4a7fcf', selected: true }));
		const { container } = render(ScatterChart, {
			id: 's', points, references: [{ key: 'm', label: HOSTILE[2], value: 2, colour: '#111' }], title: HOSTILE[0], description: HOSTILE[1],
			xLabel: HOSTILE[3], yLabel: LONG[1], formatXTick: String, formatYTick: String, formatX: String, formatY: String,
			details: (key: string) => [HOSTILE[keys.indexOf(key) % 4]], logX: false, keyboardHint: HOSTILE[0]
		});
		for (const el of container.querySelectorAll('[tabindex="0"]')) {
			await fireEvent.focus(el);
			await fireEvent.keyDown(el, { key: 'ArrowRight' });
		}
		expectText(container, [HOSTILE[3], ...points.slice(0, 2).map((p) => p.label)]);
	});

	it('SlopeChart: labels, references and tooltip', async () => {
		const lines = keys.map((key, i) => ({ key, label: name(i), start: i, end: i + 2, colour: i < 3 ? '#1d4ed8' : null }));
		const { container } = render(SlopeChart, {
			id: 'sl', lines, references: [{ key: 'r', label: HOSTILE[1], start: 1, end: 2, colour: '#111' }], title: HOSTILE[0], description: HOSTILE[3],
			startLabel: HOSTILE[2], endLabel: '2020', formatValue: String, formatTick: String, formatChange: () => HOSTILE[0], keyboardHint: HOSTILE[1]
		});
		for (const el of container.querySelectorAll('[tabindex="0"]')) await fireEvent.keyDown(el, { key: 'ArrowDown' });
		expectText(container, [HOSTILE[0], HOSTILE[2], ...lines.slice(0, 3).map((l) => l.label)]);
	});

	it('PeriodLines with its tooltip', async () => {
		const series = keys.slice(0, 3).map((key, i) => ({ key, label: name(i), colour: '#1d4ed8', points: [{ x: 2012, y: i }, { x: 2013, y: i + 1 }] }));
		const { container, getByRole } = render(PeriodLines, {
			id: 'pl', series, xDomain: [2010, 2013], period: { from: 2011, to: 2013, open: false }, title: HOSTILE[0], description: HOSTILE[1],
			formatY: String, formatValue: fmt, periodLabel: HOSTILE[2], keyboardHint: HOSTILE[3], emptyText: HOSTILE[0]
		});
		await fireEvent.keyDown(getByRole('group'), { key: 'End' });
		expectText(container, [HOSTILE[0], ...series.map((s) => s.label)]);
	});

	it('DataTable: caption, headers and cells', () => {
		const rows = keys.map((key, i) => ({ key, name: name(i), note: HOSTILE[(i + 1) % 4] }));
		const columns = [
			{ key: 'name', header: HOSTILE[0], cell: (r: (typeof rows)[number]) => r.name, sortValue: (r: (typeof rows)[number]) => r.name },
			{ key: 'note', header: HOSTILE[1], cell: (r: (typeof rows)[number]) => r.note }
		];
		const { container } = render(DataTable<(typeof rows)[number]>, { rows, columns, caption: HOSTILE[2], rowKey: (r: (typeof rows)[number]) => r.key });
		expectText(container, [HOSTILE[0], HOSTILE[1], HOSTILE[2], ...rows.map((r) => r.name)]);
	});

	it('ChoroplethMap: names and tooltips', async () => {
		const map = { width: 100, height: 100, shapes: keys.map((iso3, i) => ({ iso3, d: `M${i},0L${i + 1},0L${i + 1},1Z`, marker: null })) };
		const { container } = render(ChoroplethMap, { id: 'm', map, title: HOSTILE[0], description: HOSTILE[1], fill: () => '#08306b', label: (iso3: string) => name(keys.indexOf(iso3)), tooltip: (iso3: string) => [name(keys.indexOf(iso3)), HOSTILE[3]] });
		for (const el of container.querySelectorAll('[tabindex="0"]')) await fireEvent.focus(el);
		expectText(container, [HOSTILE[0], HOSTILE[3]]);
		// Names are accessible names (attributes), so attribute values must be the text itself.
		expect([...container.querySelectorAll('[data-iso3]')].map((e) => e.getAttribute('aria-label'))).toEqual(expect.arrayContaining(HOSTILE));
	});

	it('AccessionTimeline: labels and tooltips', async () => {
		const points = accessions(
			keys.slice(0, 4).map((iso3, i) => ({
				iso3, status: 'member', joined: `201${i}`, joined_precision: 'year' as const, joined_note: HOSTILE[i], member_by: null, founding: false, founding_note: null,
				accession_rank: null, uncertain: false, uncertain_reason: HOSTILE[i], evidence: HOSTILE[i], evidence_fr: HOSTILE[i], uncertain_reason_fr: HOSTILE[i], source_urls: 'https://example.org'
			}))
		);
		const { container } = render(AccessionTimeline, {
			id: 't', accessions: points, start: Date.UTC(2009, 0, 1), end: Date.UTC(2015, 0, 1), title: HOSTILE[0], description: HOSTILE[1],
			tooltip: (a: { iso3: string }) => [name(keys.indexOf(a.iso3)), HOSTILE[2]], labels: keys.slice(0, 2).map((iso3, i) => ({ iso3, text: name(i) })), keyboardHint: HOSTILE[3]
		});
		for (const el of container.querySelectorAll('[tabindex="0"]')) await fireEvent.focus(el);
		expectText(container, [HOSTILE[0], HOSTILE[1], name(0), name(1)]);
	});

	it('ProjectTimeline: names, meta and tooltips', async () => {
		const rows: TimelineRow[] = keys.map((id, i) => ({ id, depth: 0, label: name(i), href: `/projects/${id}`, start: '2015', end: '2020', colour: '#1d4ed8', meta: HOSTILE[i % 4], tooltip: [name(i), HOSTILE[(i + 1) % 4]] }));
		const { container } = render(ProjectTimeline, {
			id: 'tl', rows, today: Date.UTC(2025, 0, 1), title: HOSTILE[0], description: HOSTILE[1], keyboardHint: HOSTILE[2], todayLabel: HOSTILE[3], undatedLabel: HOSTILE[0],
			legend: [{ colour: '#1d4ed8', label: HOSTILE[1] }], legendLabels: { imprecise: HOSTILE[0], open: HOSTILE[1], planned: HOSTILE[2], today: HOSTILE[3] }
		});
		for (const el of container.querySelectorAll('[tabindex="0"]')) await fireEvent.focus(el);
		expectText(container, [HOSTILE[0], ...rows.map((r) => r.label)]);
	});

	it('SourceLine and Notices', () => {
		const source = { id: 'x', publisher: HOSTILE[0], publisher_fr: HOSTILE[0], dataset: HOSTILE[1], dataset_fr: HOSTILE[1], url: 'https://example.org/?q="><script>', licence: HOSTILE[2], licence_fr: HOSTILE[2], licence_url: null, retrieved: '2024-11-29', citation: HOSTILE[3], citation_fr: HOSTILE[3] };
		const a = render(SourceLine, { source, seriesCode: HOSTILE[3], locale: 'en' });
		expectText(a.container, [HOSTILE[0], HOSTILE[1], HOSTILE[2]]);
		const b = render(Notices, { notices: [{ kind: 'bad-value', param: HOSTILE[0], value: HOSTILE[1], expected: [HOSTILE[2]] }, { kind: 'unknown-param', param: HOSTILE[3] }], locale: 'fr' });
		expectText(b.container, [HOSTILE[1], HOSTILE[3]]);
	});
});

describe('image export of hostile text', () => {
	it('keeps names in the chart and the card’s title and source as text in the SVG file', () => {
		const series = keys.slice(0, 4).map((key, i) => ({ key, label: name(i), colour: '#1d4ed8', points: [{ x: 2019, y: i }, { x: 2020, y: i + 1 }] }));
		const { container } = render(LineChart, { id: 'x', series, title: 't', description: 'd', formatY: String, formatValue: fmt });
		const chart = chartForCard(container.querySelector('svg[role="img"]') as SVGSVGElement);
		const card = composeCard({ chart, title: HOSTILE[0], subtitle: HOSTILE[1], source: `${HOSTILE[2]} ${LONG[1]}`, credit: HOSTILE[3], width: 800, height: 500 });
		const doc = new DOMParser().parseFromString(card.svg, 'image/svg+xml');
		expect(doc.querySelector('parsererror')).toBeNull();
		expect(doc.querySelectorAll('script, img, b, foreignObject').length).toBe(0);
		// The card nests the chart's own <svg>; none may come from the text.
		const plain = composeCard({ chart, title: 't', subtitle: 's', source: 'src', credit: 'c', width: 800, height: 500 });
		const plainDoc = new DOMParser().parseFromString(plain.svg, 'image/svg+xml');
		expect(doc.querySelectorAll('svg').length).toBe(plainDoc.querySelectorAll('svg').length);
		expect([...doc.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length).toBe(0);
		const text = doc.documentElement.textContent ?? '';
		for (const v of [HOSTILE[0], HOSTILE[3], name(0), name(1), name(2)]) expect(text.replace(/\s+/g, ' ').includes(v), v.slice(0, 30)).toBe(true);
	});
});
