/**
 * Link-preview images are drawn without the page's stylesheet: the charts name their colours by theme
 * token (`stroke="var(--grid)"`), so the card must carry the tokens' values, or the rasteriser draws
 * grid, axes and series black or not at all.
 */
import { describe, expect, it } from 'vitest';
import LineChart from '$lib/charts/LineChart.svelte';
import { colourFor, GRID_COLOUR } from '$lib/charts/palette';
import { composeCard } from './card';
import { LIGHT_TOKENS, renderChart } from './preview.server';

describe('link-preview card', () => {
	it('writes the theme tokens’ values into the chart and its key', () => {
		const chart = renderChart(LineChart, {
			id: 'tokens',
			title: 'Internet users',
			description: 'Togo rose.',
			series: [
				{ key: 'NGA', label: 'Nigeria', colour: null, points: [2019, 2020].map((x) => ({ x, y: 30 })) },
				{ key: 'TGO', label: 'Togo', colour: colourFor(0), points: [2019, 2020].map((x, i) => ({ x, y: 20 + i })) }
			],
			formatY: (v: number) => `${v}%`,
			formatValue: (v: number | null) => String(v),
			keyboardHint: 'Arrow keys.'
		});
		// The chart as rendered names tokens …
		expect(chart.content).toContain(`stroke="${GRID_COLOUR}"`);
		expect(chart.content).toContain('stroke="var(--series-1)"');
		const card = composeCard({ chart, key: [{ kind: 'line', colour: colourFor(0), label: 'Togo' }], title: 'T', source: 'S', credit: 'C', width: 1200, height: 630, tokens: LIGHT_TOKENS });
		// … the card carries their values (app.css), and nothing the rasteriser cannot read.
		expect(card.svg).not.toContain('var(');
		expect(card.svg).toContain('stroke="#e5e7eb"');
		expect(card.svg).toContain('stroke="#c4c9d0"');
		expect(card.svg.match(/stroke="#0072b2"/g)?.length).toBeGreaterThanOrEqual(2);
	});
});
