import { describe, expect, it } from 'vitest';
import { sortRows } from './table-sort.svelte';

const rows = [
	{ name: 'Togo', value: 37.6 },
	{ name: 'Eritrea', value: null },
	{ name: 'Senegal', value: 60 },
	{ name: 'Chad', value: null },
	{ name: 'Kenya', value: 40 }
];

describe('sortRows', () => {
	it('puts missing values last in either direction', () => {
		expect(sortRows(rows, (r) => r.value, false).map((r) => r.name)).toEqual(['Togo', 'Kenya', 'Senegal', 'Eritrea', 'Chad']);
		expect(sortRows(rows, (r) => r.value, true).map((r) => r.name)).toEqual(['Senegal', 'Kenya', 'Togo', 'Eritrea', 'Chad']);
	});

	it('sorts text and leaves the rows given as they were', () => {
		expect(sortRows(rows, (r) => r.name, false).map((r) => r.name)).toEqual(['Chad', 'Eritrea', 'Kenya', 'Senegal', 'Togo']);
		expect(rows[0].name).toBe('Togo');
	});
});
