import { describe, expect, it } from 'vitest';
import { KIND_GROUPS, STATUS_CLASSES } from '$lib/queries/projects';
import { parseProjectsView, serialiseProjectsView } from './state';

const known = new Set(['TGO', 'SEN', 'MLI']);
const parse = (qs: string) => parseProjectsView(new URLSearchParams(qs), known);

describe('projects URL state', () => {
	it('shows every project by default', () => {
		expect(parse('')).toEqual({ view: { kind: null, country: null, status: null }, notices: [] });
	});

	it('reads kind, country and status in any case, and French names', () => {
		expect(parse('kind=Education&country=tgo&status=ACTIVE').view).toEqual({ kind: 'education', country: 'TGO', status: 'active' });
		expect(parse('kind=compétences&status=clos').view).toEqual({ kind: 'skills', country: null, status: 'closed' });
		expect(parse('status=en-cours').view.status).toBe('active');
	});

	it('drops unknown values and parameters with a notice each', () => {
		const { view, notices } = parse('kind=roads&country=XYZ&status=late&year=2020');
		expect(view).toEqual({ kind: null, country: null, status: null });
		expect(notices).toEqual([
			{ kind: 'unknown-param', param: 'year' },
			{ kind: 'bad-value', param: 'kind', value: 'roads', expected: [...KIND_GROUPS] },
			{ kind: 'unknown-country', param: 'country', value: 'XYZ' },
			{ kind: 'bad-value', param: 'status', value: 'late', expected: [...STATUS_CLASSES] }
		]);
	});

	it('takes one country at a time and drops a list with a notice', () => {
		const { view, notices } = parse('country=TGO,SEN');
		expect(view.country).toBeNull();
		expect(notices).toEqual([{ kind: 'bad-value', param: 'country', value: 'TGO,SEN', expected: ['ISO3'] }]);
	});

	it('round-trips', () => {
		const view = { kind: 'skills' as const, country: 'SEN', status: 'closed' as const };
		expect(parse(serialiseProjectsView(view).slice(1)).view).toEqual(view);
		expect(serialiseProjectsView({ kind: null, country: null, status: null })).toBe('');
	});
});
