/** The header's search field: loaded on focus only, and driven from the keyboard (WAI-ARIA 1.2 combobox). */
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchDoc } from './site';

const goto = vi.hoisted(() => vi.fn());
vi.mock('$app/navigation', () => ({ goto }));
import SiteSearch from './SiteSearch.svelte';

// A few documents as the index file holds them (the ranking itself is tested on the real data in engine.test.ts).
const docs: SearchDoc[] = [
	{ kind: 'page', id: '/country', title: 'Pays', names: ['Countries'] },
	{ kind: 'country', id: 'NER', title: 'Niger', codes: ['NER', 'NE'] },
	{ kind: 'country', id: 'NGA', title: 'Nigeria', names: ['Nigéria'], codes: ['NGA', 'NG'] },
	{ kind: 'country', id: 'SEN', title: 'Sénégal', names: ['Senegal'], codes: ['SEN', 'SN'] },
	{ kind: 'indicator', id: 'internet-users', title: 'Personnes utilisant Internet', detail: 'Connectivité', codes: ['IT.NET.USER.ZS'] },
	{ kind: 'project', id: 'nigeria-1', title: 'Nigeria Digital', names: ['Nigeria Digital'] }
];
const fetchIndex = vi.fn(async () => new Response(JSON.stringify(docs), { headers: { 'content-type': 'application/json' } }));
beforeEach(() => {
	vi.stubGlobal('fetch', fetchIndex);
	fetchIndex.mockClear();
	goto.mockClear();
});
afterEach(() => vi.unstubAllGlobals());

function renderField(locale: 'en' | 'fr' = 'fr') {
	render(SiteSearch, { locale });
	return screen.getByRole('combobox', { name: locale === 'fr' ? 'Rechercher sur le site' : 'Search the site' });
}
const optionTexts = () => screen.queryAllByRole('option').map((o) => o.textContent?.trim());

async function typed(input: HTMLElement, text: string) {
	await fireEvent.focus(input);
	await fireEvent.input(input, { target: { value: text } });
	await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/résultat|result/), { timeout: 5000 });
}

describe('SiteSearch', () => {
	it('is a labelled combobox in a search landmark that goes to the results page, and fetches nothing before focus', async () => {
		const input = renderField();
		expect(screen.getByRole('search', { name: 'Rechercher sur le site' })).toHaveAttribute('action', '/fr/search');
		expect(input).toHaveAttribute('name', 'q');
		expect(input).toHaveAttribute('aria-expanded', 'false');
		expect(input).toHaveAttribute('aria-controls', 'site-search-listbox');
		expect(fetchIndex).not.toHaveBeenCalled();
		await fireEvent.focus(input);
		expect(fetchIndex).toHaveBeenCalledTimes(1);
		expect(fetchIndex).toHaveBeenCalledWith('/fr/search-index.json');
		await fireEvent.focus(input);
		await waitFor(() => expect(fetchIndex).toHaveBeenCalledTimes(1));
	});

	it('opens from its button, which then goes to the results page; Escape on the empty field closes it', async () => {
		const input = renderField();
		const button = screen.getByRole('button', { name: 'Rechercher' });
		const form = screen.getByRole('search');
		expect(form).not.toHaveClass('expanded');
		await fireEvent.click(button);
		expect(form).toHaveClass('expanded');
		await waitFor(() => expect(input).toHaveFocus());
		expect(fetchIndex).toHaveBeenCalledTimes(1);
		expect(goto).not.toHaveBeenCalled();
		await fireEvent.input(input, { target: { value: 'Sénégal' } });
		await fireEvent.click(button);
		expect(goto).toHaveBeenCalledWith('/fr/search?q=S%C3%A9n%C3%A9gal');
		await fireEvent.click(button);
		await waitFor(() => expect(input).toHaveFocus());
		await fireEvent.keyDown(input, { key: 'Escape' });
		expect(form).not.toHaveClass('expanded');
		expect(button).toHaveFocus();
	});

	it('fetches the index in the page’s language', async () => {
		await fireEvent.focus(renderField('en'));
		expect(fetchIndex).toHaveBeenCalledWith('/search-index.json');
	});

	it('lists results as you type, grouped by kind, best group first, ignoring accents', async () => {
		const input = renderField();
		await typed(input, 'senegal');
		expect(input).toHaveAttribute('aria-expanded', 'true');
		expect(screen.getByRole('group', { name: 'Pays' })).toBeInTheDocument();
		// One result is one: 'Voir le résultat', not 'Voir les 1 résultats'.
		expect(optionTexts()).toEqual(['Sénégal', 'Voir le résultat']);
		expect(screen.getByRole('status')).toHaveTextContent('1 résultat');

		await typed(input, 'niger');
		const groups = screen.getAllByRole('group').map((g) => g.getAttribute('aria-labelledby'));
		expect(groups).toEqual(['site-search-group-country', 'site-search-group-project']);
		expect(optionTexts().slice(0, 2)).toEqual(['Niger', 'Nigeria']);
		expect(screen.getAllByRole('option')[0]).toHaveAttribute('href', '/fr/country/NER');
	});

	it('moves with the arrow keys (wrapping), opens the highlighted result with Enter', async () => {
		const input = renderField();
		await typed(input, 'niger');
		const options = screen.getAllByRole('option');
		expect(input).not.toHaveAttribute('aria-activedescendant');
		await fireEvent.keyDown(input, { key: 'ArrowDown' });
		expect(input).toHaveAttribute('aria-activedescendant', options[0].id);
		expect(options[0]).toHaveAttribute('aria-selected', 'true');
		await fireEvent.keyDown(input, { key: 'ArrowDown' });
		expect(input).toHaveAttribute('aria-activedescendant', options[1].id);
		await fireEvent.keyDown(input, { key: 'ArrowUp' });
		await fireEvent.keyDown(input, { key: 'ArrowUp' });
		// From the first, up wraps to the last: the link to every result.
		expect(input).toHaveAttribute('aria-activedescendant', options.at(-1)!.id);
		expect(options.at(-1)).toHaveAttribute('href', '/fr/search?q=niger');
		await fireEvent.keyDown(input, { key: 'ArrowDown' });
		await fireEvent.keyDown(input, { key: 'ArrowDown' });
		await fireEvent.keyDown(input, { key: 'Enter' });
		expect(goto).toHaveBeenCalledWith('/fr/country/NGA');
		expect(input).toHaveAttribute('aria-expanded', 'false');
		expect(input).toHaveValue('');
	});

	it('closes with Escape, then clears the field with a second Escape', async () => {
		const input = renderField();
		await typed(input, 'sen');
		await fireEvent.keyDown(input, { key: 'ArrowDown' });
		await fireEvent.keyDown(input, { key: 'Escape' });
		expect(input).toHaveAttribute('aria-expanded', 'false');
		expect(input).not.toHaveAttribute('aria-activedescendant');
		expect(screen.queryAllByRole('option', { hidden: true })).toHaveLength(0);
		expect(input).toHaveValue('sen');
		await fireEvent.keyDown(input, { key: 'Escape' });
		expect(input).toHaveValue('');
		expect(goto).not.toHaveBeenCalled();
	});

	it('says so when nothing matches', async () => {
		const input = renderField();
		await typed(input, 'xyzzyq');
		expect(screen.getByText('Aucun résultat pour « xyzzyq ».')).toBeInTheDocument();
		expect(screen.getByRole('status')).toHaveTextContent('0 résultat');
	});

	it('tells the reader when the index cannot be loaded', async () => {
		fetchIndex.mockResolvedValueOnce(new Response('', { status: 404 }));
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const input = renderField('en');
		await fireEvent.focus(input);
		await fireEvent.input(input, { target: { value: 'mali' } });
		await waitFor(() => expect(screen.getByText(/could not be loaded/)).toBeInTheDocument());
	});
});
