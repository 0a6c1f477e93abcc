import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { createRawSnippet, flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import ChartTabs from './ChartTabs.svelte';

const snippet = (text: string) => createRawSnippet(() => ({ render: () => `<p>${text}</p>` }));

function renderTabs(props: Record<string, unknown>) {
	const onselect = vi.fn();
	const view = render(ChartTabs, {
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
	return Object.assign(onselect, { rerender: view.rerender });
}

/** The table panel's text, drawn or not. */
const tablePanel = () => document.getElementById('t-panel-table')!;

/** Two animation frames and a task: the browser has painted what was drawn before. */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));

describe('ChartTabs', () => {
	it('shows one panel at a time, named by its tab', async () => {
		renderTabs({});
		expect(screen.getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true');
		expect(screen.getByRole('tabpanel', { name: 'Chart' })).toHaveTextContent('the chart');
		expect((await screen.findByText('the table')).closest('[role="tabpanel"]')).not.toBeVisible();
	});

	it('draws the table behind its tab after the chart is painted, and again after each new version', async () => {
		const tabs = renderTabs({ version: 1 });
		// Created in the browser: the chart at once, the hidden table once that frame is painted.
		expect(screen.getByText('the chart')).toBeInTheDocument();
		expect(tablePanel()).toBeEmptyDOMElement();
		await painted();
		expect(tablePanel()).toHaveTextContent('the table');
		// A new result: the table waits for the chart again, then is there (and stays for the same version).
		await tabs.rerender({ version: 2 });
		flushSync();
		expect(tablePanel()).toBeEmptyDOMElement();
		await waitFor(() => expect(tablePanel()).toHaveTextContent('the table'));
		await tabs.rerender({ version: 2 });
		expect(tablePanel()).toHaveTextContent('the table');
	});

	it('draws the table with the chart when it is the tab shown, or before scripts run', () => {
		renderTabs({ selected: 'table', version: 1 });
		expect(screen.getByRole('tabpanel', { name: 'Table' })).toHaveTextContent('the table');
		document.body.innerHTML = '';
		renderTabs({ enhanced: false, version: 1 });
		expect(tablePanel()).toHaveTextContent('the table');
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
