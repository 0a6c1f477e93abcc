import { describe, expect, it } from 'vitest';
import { localeFromParam, localized } from './locales';

describe('localized', () => {
	const senegal = { iso3: 'SEN', name_en: 'Senegal', name_fr: 'Sénégal' };
	it("reads the field's French column on French pages and its English column otherwise", () => {
		expect(localized(senegal, 'name', 'fr')).toBe('Sénégal');
		expect(localized(senegal, 'name', 'en')).toBe('Senegal');
		expect(localized(senegal, 'name', localeFromParam(undefined))).toBe('Senegal');
		expect(localized(senegal, 'name', localeFromParam('fr'))).toBe('Sénégal');
	});
	it('keeps a missing translation missing rather than falling back', () => {
		expect(localized({ unit_en: '%', unit_fr: null }, 'unit', 'fr')).toBeNull();
	});
});
