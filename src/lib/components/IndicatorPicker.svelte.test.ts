import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import IndicatorPicker from './IndicatorPicker.svelte';

const indicators = [
	{ id: 'internet-users', name: 'Individuals using the Internet', keywords: 'Personnes utilisant Internet IT.NET.USER.ZS', topic: 'Connectivity', detail: '% of population · World Bank · 1960–2023' },
	{ id: 'mobile-subscriptions', name: 'Mobile cellular subscriptions', keywords: 'Abonnements à la téléphonie mobile', topic: 'Connectivity', detail: 'per 100 people · World Bank · 1960–2024' },
	{ id: 'literacy-adult', name: 'Adult literacy rate', keywords: 'Taux d’alphabétisation des adultes', topic: 'Education', detail: '% of people aged 15 and above · World Bank · 1976–2023' }
];

function renderPicker() {
	const onchange = vi.fn();
	render(IndicatorPicker, {
		id: 'i',
		label: 'Indicator',
		indicators,
		current: 'internet-users',
		placeholder: 'Search 138 indicators…',
		noMatch: 'Nothing matches.',
		resultCount: (n: number) => `${n} results`,
		toggleLabel: 'Show the list',
		onchange
	});
	return { onchange, input: screen.getByRole('combobox', { name: 'Indicator' }) };
}

describe('IndicatorPicker', () => {
	it('shows the current indicator, and lists all by topic with unit and source', async () => {
		const { input } = renderPicker();
		expect(input).toHaveValue('Individuals using the Internet');
		await fireEvent.click(input);
		expect(screen.getByRole('group', { name: 'Connectivity' })).toBeInTheDocument();
		expect(screen.getByRole('group', { name: 'Education' })).toBeInTheDocument();
		expect(screen.getByRole('option', { name: /Mobile cellular subscriptions per 100 people · World Bank/ })).toBeInTheDocument();
		expect(screen.getByRole('option', { name: /Individuals using the Internet/ })).toHaveAttribute('aria-disabled', 'true');
	});

	it('finds an indicator by its name in the other language or its publisher’s code', async () => {
		const { input, onchange } = renderPicker();
		await fireEvent.input(input, { target: { value: 'alphabetisation' } });
		expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Adult literacy rate % of people aged 15 and above · World Bank · 1976–2023']);
		await fireEvent.keyDown(input, { key: 'Enter' }); // the only match
		expect(onchange).toHaveBeenCalledWith('literacy-adult');
		await fireEvent.input(input, { target: { value: 'IT.NET.USER' } });
		expect(screen.getAllByRole('option')).toHaveLength(1);
	});
});
