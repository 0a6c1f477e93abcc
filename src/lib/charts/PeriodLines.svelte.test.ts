import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import PeriodLines from './PeriodLines.svelte';
import { KEYBOARD_HINT, press } from './chart-testing';

function renderChart(series = [
	{ key: 'TGO', label: 'Togo', colour: '#1d4ed8', points: [{ x: 2012, y: 4 }, { x: 2013, y: 5 }] },
	{ key: 'SEN', label: 'Senegal', colour: '#c2410c', points: [{ x: 2012, y: 8 }] }
]) {
	return render(PeriodLines, {
		id: 'pl',
		series,
		xDomain: [2010, 2013],
		period: { from: 2011.5, to: 2013, open: false },
		title: 'Internet users (%)',
		description: 'Togo: 4% (2012) to 5% (2013).',
		formatY: (v: number) => `${v}%`,
		formatValue: (v: number | null) => (v === null ? 'no data' : `${v}%`),
		periodLabel: 'project',
		keyboardHint: KEYBOARD_HINT,
		emptyText: 'No data.'
	});
}

describe('PeriodLines', () => {
	it('has an accessible name and description, a shaded period and a line per country with data', () => {
		const { container } = renderChart();
		const chart = screen.getByRole('img', { name: /Internet users/ });
		expect(chart.querySelector('desc')).toHaveTextContent('Togo: 4% (2012) to 5% (2013).');
		expect(container.querySelectorAll('.band rect')).toHaveLength(1);
		expect(container.querySelectorAll('path[data-key]')).toHaveLength(2);
	});

	it('reads a year with the arrow keys, saying "no data" where a country has none', async () => {
		renderChart();
		const tooltip = await press('End');
		expect(tooltip).toHaveTextContent('2013');
		expect(tooltip).toHaveTextContent('Togo: 5%');
		expect(tooltip).toHaveTextContent('Senegal: no data');
	});

	it('says so when no country has data', () => {
		renderChart([{ key: 'TGO', label: 'Togo', colour: '#1d4ed8', points: [] }]);
		expect(screen.getByText('No data.')).toBeInTheDocument();
	});
});
