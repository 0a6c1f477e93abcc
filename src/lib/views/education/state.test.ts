import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseEducationView, serialiseEducationView, type EducationView } from './state';

const known = new Set(['TGO', 'SEN', 'MLI', 'KEN', 'RWA']);
const parse = (query: string) => parseEducationView(new URLSearchParams(query), known);

describe('education URL state', () => {
	it('reads the defaults from an empty address, with no notice', () => {
		expect(parse('')).toEqual({ view: DEFAULT_VIEW, notices: [] });
	});

	it('reads every parameter, case-insensitively and with French aliases', () => {
		const { view, notices } = parse('level=Lycée&schools=chain&skill=programming&pair=prix&countries=ken,rwa');
		expect(notices).toEqual([]);
		expect(view).toEqual({ level: 'upper-secondary', schools: 'chain', skill: 'programming', pair: 'price', countries: ['KEN', 'RWA'] });
	});

	it('drops bad values with a notice and keeps the default', () => {
		const { view, notices } = parse('level=university&skill=juggling&pair=x&schools=pie&foo=1');
		expect(view).toEqual(DEFAULT_VIEW);
		expect(notices.map((n) => n.kind).sort()).toEqual(['bad-value', 'bad-value', 'bad-value', 'bad-value', 'unknown-param']);
		expect(notices.find((n) => n.kind === 'bad-value' && n.param === 'level')).toMatchObject({ value: 'university', expected: ['primary', 'lower-secondary', 'upper-secondary'] });
	});

	it('keeps the known countries of a list, says which were dropped, and falls back when none is known', () => {
		expect(parse('countries=TGO,XXX')).toMatchObject({ view: { countries: ['TGO'] }, notices: [{ kind: 'unknown-country', value: 'XXX' }] });
		expect(parse('countries=XXX').view.countries).toEqual(DEFAULT_VIEW.countries);
		expect(parse('countries=none')).toEqual({ view: { ...DEFAULT_VIEW, countries: [] }, notices: [] });
	});

	it('writes only what differs from the default, and reads back what it wrote', () => {
		expect(serialiseEducationView(DEFAULT_VIEW)).toBe('');
		const views: EducationView[] = [
			{ ...DEFAULT_VIEW, level: 'lower-secondary', pair: 'electricity' },
			{ ...DEFAULT_VIEW, schools: 'chain', skill: 'online-security', countries: [] },
			{ ...DEFAULT_VIEW, countries: ['KEN', 'TGO'] }
		];
		for (const view of views) {
			const query = serialiseEducationView(view);
			expect(query).not.toContain('%2C');
			expect(parse(query.slice(1))).toEqual({ view, notices: [] });
		}
	});
});
