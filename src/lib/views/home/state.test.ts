import { describe, expect, it } from 'vitest';
import { parseHomeView, serialiseHomeView } from './state';

const parse = (qs: string) => parseHomeView(new URLSearchParams(qs));

describe('home URL state', () => {
	it('shows all of Africa by default', () => {
		expect(parse('')).toEqual({ view: { region: null, rec: null }, notices: [] });
	});

	it('reads a region and a community in any case, and French acronyms', () => {
		expect(parse('rec=ECOWAS').view.rec).toBe('ecowas');
		expect(parse('rec=CEDEAO&region=Ouest').view).toEqual({ region: 'west', rec: 'ecowas' });
	});

	it('drops an unknown value or parameter with a notice', () => {
		const { view, notices } = parse('rec=NATO&lang=xx');
		expect(view.rec).toBeNull();
		expect(notices).toEqual([
			{ kind: 'unknown-param', param: 'lang' },
			{ kind: 'bad-value', param: 'rec', value: 'NATO', expected: ['ecowas', 'uemoa', 'eac', 'sadc', 'eccas', 'cemac', 'comesa', 'igad', 'amu', 'censad'] }
		]);
	});

	it('round-trips', () => {
		const view = { region: 'east' as const, rec: 'eac' as const };
		expect(parse(serialiseHomeView(view).slice(1)).view).toEqual(view);
		expect(serialiseHomeView({ region: null, rec: null })).toBe('');
	});
});
