import { describe, expect, it } from 'vitest';
import { formatDate, formatList, formatNumber, formatPercent, formatShare, formatTick, formatValue } from './format';

/** Intl uses narrow no-break spaces in French; compare with plain spaces for readability. */
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('formatting per locale', () => {
	it('writes French numbers with a comma and spaced thousands', () => {
		expect(plain(formatNumber('fr', 1234))).toBe('1 234');
		expect(plain(formatNumber('fr', 1234.56, 1))).toBe('1 234,6');
		expect(formatNumber('en', 1234.56, 1)).toBe('1,234.6');
	});

	it('writes percentages as each language does', () => {
		expect(plain(formatPercent('fr', 12.5, 1))).toBe('12,5 %');
		expect(formatPercent('en', 12.5, 1)).toBe('12.5%');
		expect(plain(formatValue('fr', 37.6212, 'percent', 1))).toBe('37,6 %');
	});

	it('says "no data" for a missing value, never 0', () => {
		expect(formatValue('en', null, 'percent', 1)).toBe('no data');
		expect(formatValue('fr', undefined, 'per-100', 1)).toBe('pas de données');
		expect(formatValue('en', 0, 'percent', 1)).toBe('0.0%');
	});

	it('formats dates to their known precision', () => {
		expect(formatDate('en', '2024-11-29')).toBe('29 Nov 2024');
		expect(formatDate('fr', '2024-11-29')).toBe('29 nov. 2024');
		expect(formatDate('fr', '2016-11', 'month')).toBe('novembre 2016');
		expect(formatDate('en', '2016', 'year')).toBe('2016');
	});

	it('never rounds a share to all or nothing when it is neither', () => {
		expect(formatShare('en', 0.87)).toBe('87%');
		expect(formatShare('en', 0.9962)).toBe('99.6%');
		expect(formatShare('en', 0.9999)).toBe('99.9%');
		expect(formatShare('en', 1)).toBe('100%');
		expect(formatShare('en', 0.003)).toBe('0.3%');
		expect(plain(formatShare('fr', 0.9962))).toBe('99,6 %');
	});

	it('abbreviates large axis ticks and keeps percent signs', () => {
		expect(formatTick('en', 1_500_000, 'count')).toBe('1.5m');
		expect(plain(formatTick('fr', 50, 'percent'))).toBe('50 %');
	});

	it('joins lists in running text', () => {
		expect(formatList('fr', ['Togo', 'Sénégal', 'Kenya'])).toBe('Togo, Sénégal et Kenya');
	});
});
