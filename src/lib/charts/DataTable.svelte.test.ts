import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DataTable from './DataTable.svelte';

interface Row {
	country: string;
	value: number | null;
}
const rows: Row[] = [
	{ country: 'Togo', value: 37.6 },
	{ country: 'Eritrea', value: null },
	{ country: 'Senegal', value: 60 }
];
const columns = [
	{ key: 'country', header: 'Country', cell: (r: Row) => r.country, sortValue: (r: Row) => r.country },
	{ key: 'value', header: 'Value', cell: (r: Row) => (r.value === null ? 'no data' : String(r.value)), sortValue: (r: Row) => r.value, numeric: true }
];
const firstColumn = () => screen.getAllByRole('rowheader').map((c) => c.textContent);

describe('DataTable', () => {
	it('shows the rows as given, captioned', () => {
		render(DataTable<Row>, { rows, columns, caption: 'Internet users, 2022', rowKey: (r: Row) => r.country });
		expect(screen.getByRole('table', { name: 'Internet users, 2022' })).toBeInTheDocument();
		expect(firstColumn()).toEqual(['Togo', 'Eritrea', 'Senegal']);
	});

	it('sorts by a column from its header button, missing values last either way', async () => {
		render(DataTable<Row>, { rows, columns, caption: 'c', rowKey: (r: Row) => r.country });
		const valueHeader = screen.getByRole('columnheader', { name: /Value/ });
		await fireEvent.click(within(valueHeader).getByRole('button'));
		expect(valueHeader).toHaveAttribute('aria-sort', 'descending');
		expect(firstColumn()).toEqual(['Senegal', 'Togo', 'Eritrea']);
		await fireEvent.click(within(valueHeader).getByRole('button'));
		expect(valueHeader).toHaveAttribute('aria-sort', 'ascending');
		expect(firstColumn()).toEqual(['Togo', 'Senegal', 'Eritrea']);
	});
});
