import { afterAll, describe, expect, it } from 'vitest';
import { countryNames } from '$lib/queries/countries';
import { NodeEngine } from './node';

describe('the prerender engine remembers answers', () => {
	const memo = new NodeEngine(undefined, { memoize: true });
	const plain = new NodeEngine();
	afterAll(async () => {
		await memo.close();
		await plain.close();
	});

	it('runs a question once, and gives each caller its own copy of the same answer', async () => {
		const first = await countryNames(memo);
		const runs = memo.runs;
		first[0].name_en = 'changed by a caller';
		first.pop();
		const second = await countryNames(memo);
		expect(memo.runs).toBe(runs);
		expect(second).toEqual(await countryNames(plain));
		expect(second.length).toBe(55);
	});

	it('asks again for other parameters, and an engine without memory always asks', async () => {
		const before = memo.runs;
		await memo.query('SELECT ? AS x', [1]);
		await memo.query('SELECT ? AS x', [2]);
		await memo.query('SELECT ? AS x', [1]);
		expect(memo.runs).toBe(before + 2);
		const plainBefore = plain.runs;
		await plain.query('SELECT 1 AS x');
		await plain.query('SELECT 1 AS x');
		expect(plain.runs).toBe(plainBefore + 2);
	});

	it('does not remember a failure', async () => {
		const before = memo.runs;
		await expect(memo.query('SELECT * FROM no_such_table')).rejects.toThrow();
		await expect(memo.query('SELECT * FROM no_such_table')).rejects.toThrow();
		expect(memo.runs).toBe(before + 2);
	});
});
