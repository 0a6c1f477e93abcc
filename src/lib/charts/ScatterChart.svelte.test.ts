import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ScatterChart from './ScatterChart.svelte';
import { KEYBOARD_HINT, press, renderer } from './chart-testing';

const points = [
	{ key: 'NGA', label: 'Nigeria', x: 2000, y: 35, size: 220e6, colour: '#4a7fcf', selected: true },
	{ key: 'BWA', label: 'Botswana', x: 7000, y: 77, size: 2.6e6, colour: '#d07a2e', selected: false },
	{ key: 'TGO', label: 'Togo', x: 900, y: 37, size: 9e6, colour: '#4a7fcf', selected: false }
];

const renderChart = renderer(ScatterChart, {
	id: 'sc',
	points,
	references: [{ key: 'm', label: 'Members’ median: 36%', value: 36, colour: '#111827' }],
	title: 'Internet users and GDP per capita, 2022',
	description: 'Botswana is highest.',
	xLabel: 'GDP per capita (US$), log scale',
	yLabel: 'Internet users (%)',
	formatXTick: String,
	formatYTick: String,
	formatX: (v: number) => `$${v}`,
	formatY: (v: number) => `${v}%`,
	details: (key: string) => [`details of ${key}`],
	logX: true,
	keyboardHint: KEYBOARD_HINT
});

describe('ScatterChart', () => {
	it('is an image named by its title and described by its finding, with both axes titled', () => {
		renderChart();
		expect(screen.getByRole('img')).toHaveAccessibleName('Internet users and GDP per capita, 2022 Botswana is highest.');
		expect(screen.getByText('GDP per capita (US$), log scale')).toBeInTheDocument();
		expect(screen.getByText('Internet users (%)')).toBeInTheDocument();
	});

	it('outlines and labels the selected points only, and draws the reference line with its label', () => {
		const { container } = renderChart();
		expect([...container.querySelectorAll('circle.selected')].map((c) => c.getAttribute('data-key'))).toEqual(['NGA']);
		expect([...container.querySelectorAll('g.labels text')].map((t) => t.textContent)).toEqual(['Nigeria']);
		expect(screen.getByText('Members’ median: 36%')).toBeInTheDocument();
	});

	it('reads each country’s values with the arrow keys, left to right', async () => {
		renderChart();
		const tooltip = await press('ArrowRight');
		for (const text of ['Togo', 'Internet users (%): 37%', '$900', 'details of TGO']) expect(tooltip).toHaveTextContent(text);
		expect(await press('End')).toHaveTextContent('Botswana');
	});

	it('shows its loading state over the chart without removing it', () => {
		renderChart({ status: 'loading', statusText: 'Updating…' });
		expect(screen.getByRole('status')).toHaveTextContent('Updating…');
		expect(screen.getByRole('img')).toBeInTheDocument();
	});
});
