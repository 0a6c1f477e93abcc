import { readFileSync } from 'node:fs';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '$lib/i18n/locales';
import { countrySearchable } from '$lib/search/countries';
import PeerPicker from './PeerPicker.svelte';

/** Option texts as listed: the country's name and code, without the detail line. */
const optionTexts = () => screen.queryAllByRole('option').map((o) => o.querySelector('.option-label')?.textContent?.trim());

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

/** The peer groups' own status line (the search box has another). */
const groupStatus = () => within(screen.getByRole('group', { name: 'Peer groups' })).getByRole('status');

function renderPicker(selected: string[]) {
	const onchange = vi.fn();
	render(PeerPicker, { id: 'p', locale: 'en', label: 'Countries', countries, selected, groups, messages, onchange, colours: { TGO: '#1d4ed8' } });
	return onchange;
}

describe('PeerPicker', () => {
	it('lists the selection as removable chips, with a swatch only where a colour is given', async () => {
		const onchange = renderPicker(['TGO', 'SEN']);
		expect(document.querySelectorAll('.swatch')).toHaveLength(1);
		await fireEvent.click(screen.getByRole('button', { name: 'Remove Name TGO' }));
		expect(onchange).toHaveBeenCalledWith(['SEN']);
	});

	it('adds a group’s countries by default, says how many, names the members, and undoes', async () => {
		const onchange = renderPicker(['MLI', 'SEN']);
		const ecowas = screen.getByRole('button', { name: 'ECOWAS' });
		expect(ecowas).toHaveAccessibleDescription('Select ECOWAS. Members: Name TGO, Name SEN and Name NGA.');
		expect(screen.getByRole('radio', { name: 'Adds its countries' })).toBeChecked();
		await fireEvent.click(ecowas);
		// Nothing chosen is lost: Mali stays.
		expect(onchange).toHaveBeenLastCalledWith(['MLI', 'SEN', 'TGO', 'NGA']);
		expect(groupStatus()).toHaveTextContent('ECOWAS: 2 countries added.');
		await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
		expect(onchange).toHaveBeenLastCalledWith(['MLI', 'SEN']);
		expect(groupStatus()).toHaveTextContent('Previous selection restored.');
		expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
	});

	it('shows only the group when asked, naming the countries it removed, with undo', async () => {
		const onchange = renderPicker(['MLI', 'SEN']);
		await fireEvent.click(screen.getByRole('radio', { name: 'Shows only the group' }));
		await fireEvent.click(screen.getByRole('button', { name: 'ECOWAS' }));
		expect(onchange).toHaveBeenLastCalledWith(['TGO', 'SEN', 'NGA']);
		expect(groupStatus()).toHaveTextContent('Showing only ECOWAS (3 countries); removed: Name MLI.');
		await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
		expect(onchange).toHaveBeenLastCalledWith(['MLI', 'SEN']);
	});

	it('shows which group is selected', () => {
		renderPicker(['NGA', 'SEN', 'TGO']);
		expect(screen.getByRole('button', { name: 'ECOWAS' })).toHaveAttribute('aria-pressed', 'true');
		expect(screen.getByRole('button', { name: 'Members' })).toHaveAttribute('aria-pressed', 'false');
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

describe('PeerPicker search, over the real countries table', () => {
	// The compare page's own options: names in the page's language, searched with other names and codes.
	const table = parse(readFileSync('data/countries.csv'), { columns: true }) as Record<string, string>[];
	function renderReal(locale: Locale, selected: string[] = []) {
		const onchange = vi.fn();
		const real = table.map((c) => ({
			code: c.iso3,
			name: locale === 'fr' ? c.name_fr : c.name_en,
			group: c.au_region,
			search: countrySearchable({ iso3: c.iso3, iso2: c.iso2, name_en: c.name_en, name_fr: c.name_fr }, locale)
		}));
		render(PeerPicker, { id: 'p', locale, label: 'Countries', countries: real, selected, groups: [], messages, onchange });
		return { onchange, input: screen.getByRole('combobox', { name: 'Add a country' }) };
	}

	it.each<[string, Locale, string]>([
		['Mali', 'en', 'Mali (MLI)'],
		['Sudan', 'en', 'Sudan (SDN)'],
		['Guinea', 'en', 'Guinea (GIN)'],
		['cote', 'fr', "Côte d'Ivoire (CIV)"],
		['Guinee', 'fr', 'Guinée (GIN)'],
		['Ivory Coast', 'en', "Côte d'Ivoire (CIV)"],
		['Swaziland', 'fr', 'Eswatini (SWZ)']
	])('lists the best match first and Enter picks it: "%s" (%s) → %s', async (query, locale, first) => {
		const { onchange, input } = renderReal(locale);
		await fireEvent.input(input, { target: { value: query } });
		expect(optionTexts()[0]).toBe(first);
		await fireEvent.keyDown(input, { key: 'Enter' });
		expect(onchange).toHaveBeenCalledWith([first.slice(-4, -1)]);
	});

	it('does not pick another country with Enter when the best match is already selected', async () => {
		const { onchange, input } = renderReal('en', ['MLI']);
		await fireEvent.input(input, { target: { value: 'Mali' } });
		expect(optionTexts()).toEqual(['✓Mali (MLI)', 'Somalia (SOM)']);
		await fireEvent.keyDown(input, { key: 'Enter' });
		expect(onchange).not.toHaveBeenCalled();
	});
});
