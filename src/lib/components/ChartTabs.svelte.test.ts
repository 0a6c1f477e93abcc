import { fireEvent, render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import ChartTabs from './ChartTabs.svelte';

const snippet = (text: string) => createRawSnippet(() => ({ render: () => `<p>${text}</p>` }));

function renderTabs(props: Record<string, unknown>) {
	const onselect = vi.fn();
	render(ChartTabs, {
		id: 't',
		label: 'Show the chart or its table',
		labels: { chart: 'Chart', table: 'Table' },
		selected: 'chart',
		enhanced: true,
		onselect,
		chart: snippet('the chart'),
		table: snippet('the table'),
		...props
	});
	return onselect;
}

describe('ChartTabs', () => {
	it('shows one panel at a time, named by its tab', () => {
		renderTabs({});
		expect(screen.getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true');
		expect(screen.getByRole('tabpanel', { name: 'Chart' })).toHaveTextContent('the chart');
		expect(screen.getByText('the table').closest('[role="tabpanel"]')).not.toBeVisible();
	});

	it('moves between tabs with the arrow keys, Home and End', async () => {
		const onselect = renderTabs({});
		await fireEvent.keyDown(screen.getByRole('tab', { name: 'Chart' }), { key: 'ArrowRight' });
		expect(onselect).toHaveBeenLastCalledWith('table');
		await fireEvent.keyDown(screen.getByRole('tab', { name: 'Chart' }), { key: 'End' });
		expect(onselect).toHaveBeenLastCalledWith('table');
		await fireEvent.click(screen.getByRole('tab', { name: 'Table' }));
		expect(onselect).toHaveBeenLastCalledWith('table');
		expect(screen.getByRole('tab', { name: 'Table' })).toHaveAttribute('tabindex', '-1');
	});

	it('shows both panels, with links to them, before JavaScript runs', () => {
		renderTabs({ enhanced: false, selected: 'table' });
		expect(screen.queryByRole('tab')).toBeNull();
		expect(screen.getByText('the chart')).toBeVisible();
		expect(screen.getByText('the table')).toBeVisible();
		expect(screen.getByRole('link', { name: 'Table' })).toHaveAttribute('href', '#t-panel-table');
	});
});
