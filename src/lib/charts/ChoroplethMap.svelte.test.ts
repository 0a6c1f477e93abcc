import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ChoroplethMap from './ChoroplethMap.svelte';
import type { MapGeometry } from './types';

const map: MapGeometry = {
	width: 100,
	height: 100,
	shapes: [
		{ iso3: 'TGO', d: 'M10,10L20,10L20,20Z', marker: null },
		{ iso3: 'BEN', d: 'M20,10L30,10L30,20Z', marker: null },
		{ iso3: 'CPV', d: 'M1,1L2,1L2,2Z', marker: { x: 1.5, y: 1.5 } }
	]
};
const names: Record<string, string> = { TGO: 'Togo', BEN: 'Benin', CPV: 'Cabo Verde' };
const props = {
	id: 'm',
	map,
	title: 'Membership',
	description: 'Two of three are members.',
	fill: (iso3: string) => (iso3 === 'BEN' ? '#e2e5e9' : '#08306b'),
	label: (iso3: string) => names[iso3],
	tooltip: (iso3: string) => [names[iso3], iso3 === 'BEN' ? 'Not a member' : 'Member']
};

describe('ChoroplethMap', () => {
	it('draws one named, focusable shape per country in name order, small states with a marker', () => {
		const { container } = render(ChoroplethMap, props);
		const countries = screen.getAllByRole('graphics-symbol');
		expect(countries.map((c) => c.getAttribute('aria-label'))).toEqual(['Benin', 'Cabo Verde', 'Togo']);
		expect(countries.every((c) => c.getAttribute('tabindex') === '0')).toBe(true);
		expect(container.querySelector('[data-iso3="CPV"] circle')).not.toBeNull();
		expect(container.querySelector('[data-iso3="BEN"] path')!.getAttribute('fill')).toBe('#e2e5e9');
	});

	it('hatches uncertain countries and dims those outside a filter', () => {
		const { container } = render(ChoroplethMap, { ...props, hatched: (iso3: string) => iso3 === 'TGO', dimmed: (iso3: string) => iso3 === 'BEN' });
		expect(container.querySelectorAll('[data-iso3="TGO"] .hatch')).toHaveLength(1);
		expect(container.querySelector('[data-iso3="BEN"]')!.classList.contains('dimmed')).toBe(true);
		expect(container.querySelector('[data-iso3="TGO"]')!.classList.contains('dimmed')).toBe(false);
	});

	it('shows a tooltip when a country gets keyboard focus', async () => {
		render(ChoroplethMap, props);
		await fireEvent.focus(screen.getByRole('graphics-symbol', { name: 'Benin' }));
		expect(screen.getByRole('status')).toHaveTextContent('Benin Not a member');
	});

	it('makes countries links when given somewhere to go', () => {
		render(ChoroplethMap, { ...props, href: (iso3: string) => `/country/${iso3}` });
		expect(screen.getByRole('link', { name: 'Togo' })).toHaveAttribute('href', '/country/TGO');
	});
});
