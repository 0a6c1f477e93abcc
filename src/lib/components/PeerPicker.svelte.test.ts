import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import PeerPicker from './PeerPicker.svelte';

const countries = ['TGO', 'SEN', 'KEN', 'RWA', 'NGA', 'GHA', 'BEN', 'NER', 'MLI', 'CIV', 'GIN', 'LBR'].map((code) => ({
	code,
	name: `Name ${code}`,
	group: 'West'
}));
const messages = {
	addCountry: 'Add a country',
	placeholder: 'Name or code',
	remove: (name: string) => `Remove ${name}`,
	clear: 'Clear all',
	showAll: (n: number) => `Show all ${n}`,
	showFewer: 'Show fewer',
	peerGroups: 'Peer groups',
	none: 'No country selected.',
	noMatch: 'Nothing matches.',
	resultCount: (n: number) => `${n} results`,
	toggleLabel: 'Show the list'
};
const groups = [
	{ id: 'members', label: 'Members', title: 'Select the members', heading: 'Smart Africa', codes: ['TGO', 'SEN', 'KEN'] },
	{ id: 'rec:ecowas', label: 'ECOWAS', title: 'Select ECOWAS', heading: 'Communities', codes: ['TGO', 'SEN', 'NGA'] }
];

function renderPicker(selected: string[]) {
	const onchange = vi.fn();
	render(PeerPicker, { id: 'p', label: 'Countries', countries, selected, groups, messages, onchange, colours: { TGO: '#1d4ed8' } });
	return onchange;
}

describe('PeerPicker', () => {
	it('lists the selection as removable chips, with a swatch only where a colour is given', async () => {
		const onchange = renderPicker(['TGO', 'SEN']);
		expect(document.querySelectorAll('.swatch')).toHaveLength(1);
		await fireEvent.click(screen.getByRole('button', { name: 'Remove Name TGO' }));
		expect(onchange).toHaveBeenCalledWith(['SEN']);
	});

	it('replaces the selection with a peer group in one click, and shows which group is selected', async () => {
		const onchange = renderPicker(['NGA', 'SEN', 'TGO']);
		expect(screen.getByRole('button', { name: 'ECOWAS' })).toHaveAttribute('aria-pressed', 'true');
		expect(screen.getByRole('button', { name: 'Members' })).toHaveAttribute('aria-pressed', 'false');
		await fireEvent.click(screen.getByRole('button', { name: 'Members' }));
		expect(onchange).toHaveBeenCalledWith(['TGO', 'SEN', 'KEN']);
		expect(screen.getByRole('group', { name: 'Peer groups' })).toBeInTheDocument();
	});

	it('adds a country from the searchable list, where selected countries cannot be picked again', async () => {
		const onchange = renderPicker(['TGO']);
		const input = screen.getByRole('combobox', { name: 'Add a country' });
		await fireEvent.input(input, { target: { value: 'name' } });
		expect(screen.getByRole('option', { name: /Name TGO/ })).toHaveAttribute('aria-disabled', 'true');
		await fireEvent.click(screen.getByRole('option', { name: /Name GHA/ }));
		expect(onchange).toHaveBeenCalledWith(['TGO', 'GHA']);
	});

	it('folds a long selection behind "show all", and clears it in one click', async () => {
		const onchange = renderPicker(countries.map((c) => c.code));
		expect(screen.getAllByRole('button', { name: /^Remove/ })).toHaveLength(8);
		await fireEvent.click(screen.getByRole('button', { name: 'Show all 12' }));
		expect(screen.getAllByRole('button', { name: /^Remove/ })).toHaveLength(12);
		await fireEvent.click(screen.getByRole('button', { name: 'Clear all' }));
		expect(onchange).toHaveBeenCalledWith([]);
	});

	it('says when nothing is selected', () => {
		renderPicker([]);
		expect(screen.getByText('No country selected.')).toBeInTheDocument();
	});
});
