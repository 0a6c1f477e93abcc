import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Combobox from './Combobox.svelte';

const options = [
	{ value: 'SEN', label: 'Sénégal (SEN)', group: 'Afrique de l’Ouest', keywords: 'Senegal' },
	{ value: 'TGO', label: 'Togo (TGO)', group: 'Afrique de l’Ouest', disabled: true },
	{ value: 'KEN', label: 'Kenya (KEN)', group: 'Afrique de l’Est' }
];

function renderBox(props: Record<string, unknown> = {}) {
	const onpick = vi.fn();
	render(Combobox, {
		id: 'c',
		label: 'Ajouter un pays',
		options,
		onpick,
		noMatch: 'Aucun résultat.',
		resultCount: (n: number) => `${n} résultats`,
		toggleLabel: 'Afficher la liste',
		...props
	});
	return { onpick, input: screen.getByRole('combobox', { name: 'Ajouter un pays' }) };
}
const optionTexts = () => screen.queryAllByRole('option').map((o) => o.textContent);

describe('Combobox', () => {
	it('is a labelled combobox whose list is closed, and empty, until asked for', () => {
		const { input } = renderBox();
		expect(input).toHaveAttribute('aria-expanded', 'false');
		expect(input).toHaveAttribute('aria-controls', 'c-listbox');
		expect(screen.queryAllByRole('option', { hidden: true })).toHaveLength(0);
	});

	it('lists every option by group when browsing', async () => {
		const { input } = renderBox();
		await fireEvent.click(input);
		expect(screen.getByRole('group', { name: 'Afrique de l’Ouest' })).toBeInTheDocument();
		expect(screen.getByRole('group', { name: 'Afrique de l’Est' })).toBeInTheDocument();
		expect(screen.getAllByRole('option')).toHaveLength(3);
	});

	it('filters as you type, ignoring accents and case, in one ranked list that names each group', async () => {
		const { input } = renderBox();
		await fireEvent.input(input, { target: { value: 'senegal' } });
		expect(input).toHaveAttribute('aria-expanded', 'true');
		expect(optionTexts()).toEqual(['Sénégal (SEN) Afrique de l’Ouest']);
		expect(screen.queryByRole('group', { name: 'Afrique de l’Ouest' })).toBeNull();
		expect(screen.getByRole('status')).toHaveTextContent('1 résultats');
		await fireEvent.input(input, { target: { value: 'xyz' } });
		expect(screen.getByText('Aucun résultat.')).toBeInTheDocument();
	});

	it('moves with the arrow keys, skipping options that cannot be picked, and picks with Enter', async () => {
		const { input, onpick } = renderBox();
		await fireEvent.keyDown(input, { key: 'ArrowDown' });
		expect(input).toHaveAttribute('aria-activedescendant', 'c-option-0');
		await fireEvent.keyDown(input, { key: 'ArrowDown' }); // TGO is disabled: skipped
		expect(input).toHaveAttribute('aria-activedescendant', 'c-option-2');
		expect(screen.getByRole('option', { name: 'Kenya (KEN)' })).toHaveAttribute('aria-selected', 'true');
		await fireEvent.keyDown(input, { key: 'Enter' });
		expect(onpick).toHaveBeenCalledWith('KEN');
		expect(input).toHaveAttribute('aria-expanded', 'false');
	});

	it('closes with Escape, dropping the unfinished search', async () => {
		const { input, onpick } = renderBox({ current: 'Togo' });
		await fireEvent.input(input, { target: { value: 'ken' } });
		await fireEvent.keyDown(input, { key: 'Escape' });
		expect(input).toHaveAttribute('aria-expanded', 'false');
		// Closing drops the unfinished search: the box shows the current choice again.
		expect(input).toHaveValue('Togo');
		expect(onpick).not.toHaveBeenCalled();
	});

	it('picks with a click or tap, but not a disabled option', async () => {
		const { input, onpick } = renderBox();
		await fireEvent.click(input);
		await fireEvent.click(screen.getByRole('option', { name: /Togo/ }));
		expect(onpick).not.toHaveBeenCalled();
		await fireEvent.click(screen.getByRole('option', { name: /Sénégal/ }));
		expect(onpick).toHaveBeenCalledWith('SEN');
	});

	it('ranks a name that starts with the search before one that contains it, and Enter picks the first', async () => {
		const { input, onpick } = renderBox({
			options: [
				{ value: 'SOM', label: 'Somalia', group: 'East' },
				{ value: 'MWI', label: 'Malawi', group: 'Southern' },
				{ value: 'MLI', label: 'Mali', group: 'West' }
			]
		});
		await fireEvent.input(input, { target: { value: 'mal' } });
		expect(optionTexts()).toEqual(['Malawi Southern', 'Mali West', 'Somalia East']);
		await fireEvent.input(input, { target: { value: 'mali' } });
		expect(optionTexts()).toEqual(['Mali West', 'Somalia East']);
		await fireEvent.keyDown(input, { key: 'Enter' });
		expect(onpick).toHaveBeenCalledWith('MLI');
	});

	it('shows the current choice when it is not being edited', () => {
		const { input } = renderBox({ current: 'Kenya' });
		expect(input).toHaveValue('Kenya');
	});
});
