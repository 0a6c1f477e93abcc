import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Membership } from '$lib/queries/membership';
import { accessions } from '$lib/membership/timeline';
import AccessionTimeline from './AccessionTimeline.svelte';
import { placeLabels } from './accession-timeline';
import { KEYBOARD_HINT, press, renderer } from './chart-testing';

const m = (iso3: string, joined: string | null, precision: Membership['joined_precision'], extra: Partial<Membership> = {}): Membership => ({
	iso3, status: 'member', joined, joined_precision: precision, joined_note: null, member_by: null, founding: false, founding_note: null,
	accession_rank: null, uncertain: false, uncertain_reason: null, evidence: '', evidence_fr: '', uncertain_reason_fr: null, source_urls: 'https://example.org', ...extra
});
const points = accessions([
	m('RWA', '2013-10', 'month', { founding: true }),
	m('BEN', '2016', 'year', { uncertain: true }),
	m('GHA', null, 'unknown', { member_by: '2020-08-26', uncertain: true }),
	m('NGA', '2023-02-27', 'day')
]);

const renderTimeline = renderer(AccessionTimeline, {
	id: 't',
	accessions: points,
	start: Date.UTC(2013, 8, 1),
	end: Date.UTC(2026, 10, 1),
	title: 'Members over time',
	description: 'From 1 to 4.',
	tooltip: (a) => [a.iso3, `#${a.count}`],
	labels: [{ iso3: 'NGA', text: 'Nigeria' }],
	keyboardHint: KEYBOARD_HINT
});

describe('AccessionTimeline', () => {
	it('draws a point per accession: filled when dated, hollow when only "member by", dashed when uncertain', () => {
		const { container } = renderTimeline();
		const circles = [...container.querySelectorAll('.accession circle')];
		expect(circles).toHaveLength(4);
		const of = (iso3: string) => container.querySelector(`[data-iso3="${iso3}"] circle`)!;
		expect(of('GHA').getAttribute('fill')).toBe('var(--bg)');
		expect(of('NGA').getAttribute('fill')).not.toBe('var(--bg)');
		expect(of('BEN').getAttribute('stroke-dasharray')).not.toBeNull();
		// A date known only to the year has a bar spanning that year; a day has none.
		expect(container.querySelectorAll('[data-iso3="BEN"] line')).toHaveLength(1);
		expect(container.querySelectorAll('[data-iso3="NGA"] line')).toHaveLength(0);
		expect(screen.getByRole('img', { name: /Members over time/ })).toBeInTheDocument();
	});

	it('reads accessions in order with the arrow keys', async () => {
		renderTimeline();
		expect(await press('ArrowRight')).toHaveTextContent('RWA #1');
		expect(await press('End')).toHaveTextContent('NGA #4');
	});
});

describe('timeline labels', () => {
	it('drops a label that would overlap one already placed', () => {
		const placed = placeLabels(
			[{ iso3: 'A', x: 300, y: 100 }, { iso3: 'B', x: 305, y: 105 }, { iso3: 'C', x: 300, y: 200 }],
			[{ iso3: 'A', text: 'Alpha' }, { iso3: 'B', text: 'Beta' }, { iso3: 'C', text: 'Gamma' }],
			400
		);
		expect(placed.map((l) => l.iso3)).toEqual(['A', 'C']);
	});
});
