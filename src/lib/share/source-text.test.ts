/** The source line of charts and their images, on the real sources table, in both languages. */
import { describe, expect, it } from 'vitest';
import { sourceList } from '$lib/queries/compare';
import { realRowsById } from '../../../tests/support/real-data';
import { sourceText } from './source-text';

const sources = realRowsById(sourceList);

describe('source line', () => {
	it('names the publisher, dataset, licence and date in French, with French typography', () => {
		expect(sourceText(sources.get('wb-wdi-internet-2024')!, 'fr', 'IT.NET.USER.ZS')).toBe(
			'Source\u00a0: Banque mondiale, Indicateurs du développement dans le monde, téléchargement groupé (novembre 2024) (série IT.NET.USER.ZS). Licence\u00a0: CC BY 4.0, consulté le 29 nov. 2024.'
		);
		const itu = sourceText(sources.get('itu-datahub-2025-12')!, 'fr');
		expect(itu).toMatch(/^Source\u00a0: Union internationale des télécommunications \(UIT\), /);
		expect(sourceText(sources.get('un-desa-egdi')!, 'fr')).toContain('Département des affaires économiques et sociales de l’ONU (DAES)');
		expect(sourceText(sources.get('unsd-sdg-2023-12')!, 'fr')).toContain('Division de statistique de l’ONU');
	});

	it('no source line reads in English on French pages', () => {
		for (const s of sources.values()) {
			const fr = sourceText(s, 'fr');
			expect(fr, s.id).not.toMatch(/retrieved|terms of use|World Bank|United Nations/);
		}
	});

	it('keeps the English line in English', () => {
		expect(sourceText(sources.get('wb-wdi-internet-2024')!, 'en')).toBe(
			'Source: World Bank, World Development Indicators, bulk download (November 2024). Licence: CC BY 4.0, retrieved 29 Nov 2024.'
		);
	});
});
