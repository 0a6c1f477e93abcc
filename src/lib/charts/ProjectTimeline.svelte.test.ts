import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ProjectTimeline from './ProjectTimeline.svelte';
import type { TimelineRow } from './project-timeline';

const row = (id: string, start: string | null, end: string | null, extra: Partial<TimelineRow> = {}): TimelineRow => ({
	id,
	depth: 0,
	label: `Project ${id}`,
	href: `/projects/${id}`,
	start,
	end,
	colour: '#1d4ed8',
	meta: `${start ?? '?'} – ${end ?? '?'}`,
	tooltip: [`Project ${id}`, 'Status: closed'],
	...extra
});

function renderTimeline() {
	return render(ProjectTimeline, {
		id: 'tl',
		rows: [
			row('prog', '2010', null),
			row('phase', '2011-06-21', '2021-06-30', { depth: 1 }),
			row('undated', null, null, { flag: 'uncertain', labelLang: 'en' })
		],
		today: Date.UTC(2025, 5, 1),
		title: 'Projects over time',
		description: 'Three projects.',
		keyboardHint: 'Use the arrow keys.',
		todayLabel: 'Today',
		undatedLabel: 'dates not stated',
		legend: [{ colour: '#1d4ed8', label: 'Closed' }],
		legendLabels: { imprecise: 'imprecise', open: 'open', planned: 'planned', today: 'today' }
	});
}

describe('ProjectTimeline', () => {
	it('draws each row from its dates: open ends fade, undated rows say so, names are links', () => {
		const { container } = renderTimeline();
		expect(screen.getByRole('figure', { name: 'Projects over time' })).toBeInTheDocument();
		const of = (id: string) => container.querySelector(`li[data-id="${id}"]`)!;
		const kinds = (id: string) => [...of(id).querySelectorAll('rect')].map((r) => r.classList[0]);
		expect(kinds('prog')).toEqual(['imprecise', 'fade-out']);
		expect(kinds('phase')).toEqual(['solid']);
		expect(of('phase').classList.contains('phase')).toBe(true);
		expect(of('undated').querySelectorAll('rect')).toHaveLength(0);
		expect(of('undated').textContent).toContain('dates not stated');
		expect(screen.getByRole('link', { name: 'Project undated' })).toHaveAttribute('lang', 'en');
		expect(screen.getByRole('link', { name: 'Project prog' })).toHaveAttribute('href', '/projects/prog');
		// The legend explains the open end and the imprecise start drawn here, and nothing not drawn.
		const legend = container.querySelector('.legend')!.textContent!;
		expect(legend).toContain('open');
		expect(legend).not.toContain('planned');
	});

	it('shows a tooltip on focus and moves between rows with the arrow keys', async () => {
		renderTimeline();
		const first = screen.getByRole('link', { name: 'Project prog' });
		await fireEvent.focusIn(first);
		expect(screen.getByRole('status')).toHaveTextContent('Project prog');
		first.focus();
		await fireEvent.keyDown(first, { key: 'ArrowDown' });
		expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Project phase' }));
		await fireEvent.keyDown(document.activeElement!, { key: 'End' });
		expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Project undated' }));
	});
});
