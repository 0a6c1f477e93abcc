import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import LineChart from './LineChart.svelte';
import type { LineSeries } from './line-chart';
import { KEYBOARD_HINT, press, renderer } from './chart-testing';

const series: LineSeries[] = [
	{ key: 'TGO', label: 'Togo', colour: '#1d4ed8', points: [2019, 2020, 2021].map((x, i) => ({ x, y: 20 + i * 5 })) },
	{ key: 'SEN', label: 'Senegal', colour: '#c2410c', points: [{ x: 2019, y: 40 }, { x: 2021, y: 55 }] },
	{ key: 'NGA', label: 'Nigeria', colour: null, points: [2019, 2020, 2021].map((x) => ({ x, y: 30 })) }
];

const renderChart = renderer(LineChart, {
	id: 'test',
	series,
	title: 'Internet users, 2019–2021',
	description: 'Togo rose from 20% to 30%.',
	formatY: (v: number) => `${v}%`,
	formatValue: (v: number | null) => (v === null ? 'no data' : `${v.toFixed(1)}%`),
	keyboardHint: KEYBOARD_HINT
});

describe('LineChart', () => {
	it('is an image named by its title and described by its finding', () => {
		renderChart();
		const chart = screen.getByRole('img', { name: /Internet users, 2019–2021/ });
		expect(chart).toHaveAccessibleName('Internet users, 2019–2021 Togo rose from 20% to 30%.');
	});

	it('draws highlighted series in colour with labels, and the others as grey context', () => {
		const { container } = renderChart();
		const highlighted = container.querySelectorAll('g.highlighted path');
		expect([...highlighted].map((p) => p.getAttribute('data-key'))).toEqual(['TGO', 'SEN']);
		expect(highlighted[0].getAttribute('stroke')).toBe('#1d4ed8');
		expect(container.querySelectorAll('g.context path')).toHaveLength(1);
		expect([...container.querySelectorAll('g.labels text')].map((t) => t.textContent)).toEqual(['Togo', 'Senegal']);
	});

	it('leaves a gap for a missing year rather than joining across it', () => {
		const { container } = renderChart();
		const senegal = container.querySelector('g.highlighted path[data-key="SEN"]')!.getAttribute('d')!;
		expect(senegal.match(/M/g)).toHaveLength(2);
	});

	it('reads values year by year with the arrow keys, saying when a year has no data', async () => {
		renderChart();
		const last = await press('End');
		expect(last).toHaveTextContent('2021');
		expect(last).toHaveTextContent('Togo: 30.0%');
		const before = await press('ArrowLeft');
		expect(before).toHaveTextContent('2020');
		expect(before).toHaveTextContent('Senegal: no data');
		expect(await press('Escape')).toBeNull();
	});

	it('lists the highest value first, then the labelled references, with notes', async () => {
		renderChart({
			series: [
				{ key: 'TGO', label: 'Togo', colour: '#1d4ed8', points: [{ x: 0, y: 20, note: '2016' }] },
				{ key: 'SEN', label: 'Senegal', colour: '#c2410c', dashed: true, points: [{ x: 0, y: 40, note: '2014' }] }
			],
			references: [{ key: 'median', label: 'Members’ median', colour: '#111827', points: [{ x: 0, y: 30 }] }],
			formatX: (v: number) => (v > 0 ? `+${v}` : String(v)),
			formatXTitle: (v: number) => `Year ${v} since joining`,
			xLabel: 'Years since joining',
			markers: [{ x: 0, label: 'Joined' }]
		});
		const tooltip = (await press('Home'))!;
		const items = [...tooltip.querySelectorAll('li')].map((li) => li.textContent);
		expect(items).toEqual(['Senegal: 40.0% (2014)', 'Togo: 20.0% (2016)', 'Members’ median: 30.0%']);
		expect(tooltip).toHaveTextContent('Year 0 since joining');
		expect(document.querySelector('g.references path[data-key="median"]')).toHaveAttribute('stroke-dasharray');
		expect(document.querySelector('g.highlighted path[data-key="SEN"]')).toHaveAttribute('data-dashed', 'true');
		expect(screen.getByText('Years since joining')).toBeInTheDocument();
		expect(screen.getByText('Joined')).toBeInTheDocument();
	});

	it('sums up the rows beyond its limit', async () => {
		renderChart({ tooltipRows: 1, moreLabel: (n: number) => `and ${n} more` });
		await press('End');
		expect(screen.getByRole('status')).toHaveTextContent('Senegal: 55.0%');
		expect(screen.getByRole('status')).toHaveTextContent('and 1 more');
		expect(screen.getByRole('status')).not.toHaveTextContent('Togo');
	});

	it('shows its loading state over the chart without removing it', () => {
		renderChart({ status: 'loading', statusText: 'Loading the query engine…' });
		expect(screen.getByRole('status')).toHaveTextContent('Loading the query engine…');
		expect(screen.getByRole('img')).toBeInTheDocument();
	});
});

describe('LineChart picking out one line', () => {
	const grey = series.map((s) => (s.colour ? { ...s, colour: '#4b5563', thin: true } : s));
	it('steps through the highlighted countries with ↑/↓ on the focused chart, fading the others and bolding its tooltip row', async () => {
		const { container } = renderChart({ series: grey });
		const chart = screen.getByRole('img', { name: /Internet users/ });
		const faded = () =>
			[...container.querySelectorAll('g.highlighted path')].filter((p) => !p.classList.contains('active')).map((p) => p.getAttribute('data-key'));
		expect(container.querySelector('g.highlighted.picking')).toBeNull();
		await fireEvent.keyDown(chart, { key: 'ArrowDown' });
		expect(container.querySelector('g.highlighted path.active')?.getAttribute('data-key')).toBe('TGO');
		expect(container.querySelector('g.highlighted.picking')).not.toBeNull();
		expect(faded()).toEqual(['SEN']);
		expect(container.querySelector('g.labels text.active')?.textContent).toBe('Togo');
		expect(screen.getByRole('status').querySelector('li.active')?.textContent).toMatch(/^Togo/);
		await fireEvent.keyDown(chart, { key: 'ArrowDown' });
		expect(container.querySelector('g.highlighted path.active')?.getAttribute('data-key')).toBe('SEN');
		await fireEvent.keyDown(chart, { key: 'Escape' });
		expect(container.querySelector('g.highlighted.picking')).toBeNull();
	});
});

describe('LineChart accessions', () => {
	const accessions = {
		TGO: { year: 2020, text: 'Joined Smart Africa on 12 Mar 2020' },
		// Senegal has no value in 2020: its dot sits between 2019 and 2021.
		SEN: { year: 2020, text: 'Joined Smart Africa in 2020' },
		// A grey context line gets none.
		NGA: { year: 2020, text: 'Joined Smart Africa in 2020' }
	};

	it('marks each highlighted country’s accession with a dot on its own line, named by its date', () => {
		const { container } = renderChart({ accessions });
		const dots = [...container.querySelectorAll('g.accessions circle')];
		expect(dots.map((d) => d.getAttribute('data-key'))).toEqual(['TGO', 'SEN']);
		expect(dots.map((d) => d.getAttribute('fill'))).toEqual(['#1d4ed8', '#c2410c']);
		expect(dots[0].querySelector('title')).toHaveTextContent('Togo: Joined Smart Africa on 12 Mar 2020');
		// On Togo's line: the 2020 point is the vertex of its path.
		const togo = container.querySelector('g.highlighted path[data-key="TGO"]')!.getAttribute('d')!;
		expect(togo).toContain(`${Number(dots[0].getAttribute('cx')).toFixed(1).replace(/\.0$/, '')},${Number(dots[0].getAttribute('cy')).toFixed(1).replace(/\.0$/, '')}`);
	});

	it('says the date in the tooltip of the year of joining, under the country’s value', async () => {
		renderChart({ accessions });
		const tooltip = (await press('End', 'ArrowLeft'))!;
		expect(tooltip).toHaveTextContent('2020');
		const togo = [...tooltip.querySelectorAll('li')].find((li) => li.textContent?.startsWith('Togo'))!;
		expect(togo).toHaveTextContent('Togo: 25.0% Joined Smart Africa on 12 Mar 2020');
		expect(tooltip).toHaveTextContent('Senegal: no data Joined Smart Africa in 2020');
		expect(await press('ArrowRight')).not.toHaveTextContent('Joined Smart Africa');
	});
});
