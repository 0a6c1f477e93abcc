import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SlopeChart from './SlopeChart.svelte';
import { KEYBOARD_HINT, press, renderer } from './chart-testing';

const lines = [
	{ key: 'NGA', label: 'Nigeria', start: 20, end: 30, colour: null },
	{ key: 'TGO', label: 'Togo', start: 10, end: 40, colour: '#1d4ed8' }
];
const references = [{ key: 'median', label: 'Members’ median', start: 15, end: 35, colour: '#111827' }];

const renderChart = renderer(SlopeChart, {
	id: 's',
	lines,
	references,
	title: 'Internet users, 2012 and 2022',
	description: 'Togo rose most.',
	startLabel: '2012',
	endLabel: '2022',
	formatValue: (v: number) => `${v.toFixed(1)}%`,
	formatTick: (v: number) => `${v}%`,
	formatChange: (a: number, b: number) => `+${(b - a).toFixed(1)} pp`,
	keyboardHint: KEYBOARD_HINT
});

describe('SlopeChart', () => {
	it('is an image named by its title and described by its finding', () => {
		renderChart();
		expect(screen.getByRole('img')).toHaveAccessibleName('Internet users, 2012 and 2022 Togo rose most.');
	});

	it('draws highlighted lines in colour, labelled with values at both ends, others grey, references dashed', () => {
		const { container } = renderChart();
		expect(container.querySelector('g.highlighted g[data-key="TGO"] line')).toHaveAttribute('stroke', '#1d4ed8');
		expect(container.querySelectorAll('g.context line')).toHaveLength(1);
		expect(container.querySelector('g.references line')).toHaveAttribute('stroke-dasharray', '6 4');
		const labels = [...container.querySelectorAll('g.labels text')].map((t) => t.textContent);
		expect(labels).toEqual(expect.arrayContaining(['Togo 10.0%', '40.0% Togo', 'Members’ median 15.0%', '35.0% Members’ median']));
	});

	it('reads each line’s change with the arrow keys, highest end value first', async () => {
		renderChart();
		expect(await press('ArrowDown')).toHaveTextContent('Togo 2012: 10.0% → 2022: 40.0% +30.0 pp');
		expect(await press('ArrowDown')).toHaveTextContent('Members’ median');
		expect(await press('Escape')).toBeNull();
	});
});
