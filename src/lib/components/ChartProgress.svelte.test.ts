import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { tierTransfers } from '$lib/tier/transfers.svelte';
import ChartFrame from '$lib/charts/ChartFrame.svelte';
import ChartProgress from './ChartProgress.svelte';

afterEach(() => {
	for (const file of ['tier/indicators/internet-users.arrow', 'tier/countries.arrow']) tierTransfers.end(file);
});
const plain = (s: string | null) => (s ?? '').replace(/\u00a0/g, ' ');

describe('ChartProgress', () => {
	it('says what the chart waits for, and the size of the tier files on their way, in English and French', () => {
		const { unmount } = render(ChartProgress, { status: 'loading', text: 'Updating…', locale: 'en' });
		const status = screen.getByRole('status');
		expect(plain(status.textContent)).toContain('Updating…');
		expect(plain(status.textContent)).not.toContain('Receiving');
		tierTransfers.start('tier/indicators/internet-users.arrow', 25_691);
		tierTransfers.start('tier/countries.arrow', 310);
		flushSync();
		expect(plain(status.textContent)).toContain('Receiving 26 KB of data');
		tierTransfers.end('tier/countries.arrow');
		flushSync();
		expect(plain(status.textContent)).toContain('Receiving 26 KB of data');
		unmount();
		render(ChartProgress, { status: 'loading', text: 'Mise à jour…', locale: 'fr' });
		expect(plain(screen.getByRole('status').textContent)).toContain('Réception de 26 Ko de données');
		tierTransfers.end('tier/indicators/internet-users.arrow');
		flushSync();
		expect(plain(screen.getByRole('status').textContent)).not.toContain('Réception');
	});

	it('an error is an alert, without a size', () => {
		tierTransfers.start('tier/countries.arrow', 310);
		render(ChartProgress, { status: 'error', text: 'The data could not be loaded', locale: 'en' });
		expect(screen.getByRole('alert').textContent).toContain('The data could not be loaded');
		expect(screen.getByRole('alert').textContent).not.toContain('Receiving');
	});

	it('is drawn over the chart by the chart frame while it loads, and not once ready', async () => {
		const { createRawSnippet } = await import('svelte');
		const children = createRawSnippet(() => ({ render: () => '<svg data-testid="chart"></svg>' }));
		const { rerender } = render(ChartFrame, { height: '300px', status: 'loading', statusText: 'Updating…', children });
		expect(screen.getByRole('status').textContent).toContain('Updating…');
		expect(screen.getByRole('status').closest('.chart-frame')?.getAttribute('aria-busy')).toBe('true');
		await rerender({ status: 'ready' });
		expect(screen.queryByRole('status')).toBeNull();
	});
});
