/** A chart's CSV is read from its data table as drawn: raw numbers, missing values empty, the shown order. */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DataTable from '$lib/charts/DataTable.svelte';
import { readChartSources, readChartTable } from './chart-csv';

interface Row {
	country: string;
	value: number | null;
}
const rows: Row[] = [
	{ country: 'Togo', value: 37.63 },
	{ country: 'Érythrée', value: null },
	{ country: 'Sénégal', value: 60 }
];
const columns = [
	{ key: 'country', header: 'Pays', cell: (r: Row) => r.country, sortValue: (r: Row) => r.country },
	{
		key: 'value',
		header: 'Valeur',
		cell: (r: Row) => (r.value === null ? 'pas de données' : `${String(r.value).replace('.', ',')}\u00a0%`),
		sortValue: (r: Row) => r.value,
		numeric: true
	}
];

describe('readChartTable', () => {
	it('reads the numbers unformatted, a missing one as empty, in the order the table shows', async () => {
		const { container } = render(DataTable<Row>, { rows, columns, caption: 'c', rowKey: (r: Row) => r.country, sortLabel: (h: string) => `Trier par ${h}` });
		expect(readChartTable(container)).toEqual({
			headers: ['Pays', 'Valeur'],
			rows: [
				['Togo', 37.63],
				['Érythrée', null],
				['Sénégal', 60]
			]
		});
		await fireEvent.click(within(screen.getByRole('columnheader', { name: /Valeur/ })).getByRole('button'));
		expect(readChartTable(container)?.rows.map((r) => r[0])).toEqual(['Sénégal', 'Togo', 'Érythrée']);
	});

	it('reads each source line once, with the licence it links', () => {
		const figure = document.createElement('section');
		const line = '<p class="source-line">Source : <a href="https://x">Banque mondiale, WDI</a>. Licence : <a rel="license external" href="https://l">CC BY 4.0</a>, consulté le 1 nov. 2026.</p>';
		figure.innerHTML = line + line;
		expect(readChartSources(figure)).toEqual([{ text: 'Source : Banque mondiale, WDI. Licence : CC BY 4.0, consulté le 1 nov. 2026.', licence: 'CC BY 4.0' }]);
		expect(readChartTable(figure)).toBeNull();
	});
});
