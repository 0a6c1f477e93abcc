/**
 * The indicators the site shows: one id, one source. `raw` says where the values are in the publisher's
 * files (relative to the raw folder, ../shared/data/sources by default) and which series to read.
 */
import type { ParserId } from '../sources/index.ts';
import type { TOPICS, UNITS } from '../lib/tables.ts';

export interface IndicatorSpec {
	id: string;
	source_code: string;
	topic: (typeof TOPICS)[number];
	name_en: string;
	name_fr: string;
	unit: (typeof UNITS)[number];
	unit_en: string;
	unit_fr: string;
	decimals: number;
	higher_is_better: boolean | null;
	valid_min: number | null;
	valid_max: number | null;
	source_id: string;
	description_en: string;
	description_fr: string;
	notes: string | null;
	raw: { parser: ParserId; file: string; code: string };
}

export const INDICATORS: IndicatorSpec[] = [
	{
		id: 'internet-users',
		source_code: 'IT.NET.USER.ZS',
		topic: 'connectivity',
		name_en: 'Individuals using the Internet',
		name_fr: 'Personnes utilisant Internet',
		unit: 'percent',
		unit_en: '% of population',
		unit_fr: '% de la population',
		decimals: 1,
		higher_is_better: true,
		valid_min: 0,
		valid_max: 100,
		source_id: 'wb-wdi-internet-2024',
		description_en:
			'Share of the population that used the Internet from any location in the last three months (ITU estimates, via the World Bank).',
		description_fr:
			'Part de la population ayant utilisé Internet, quel que soit le lieu, au cours des trois derniers mois (estimations de l’UIT, via la Banque mondiale).',
		notes:
			'World Bank WDI chosen over SDG 17.8.1 (same ITU series) because it is more recent (to 2023) and covers all 54 UN-member states.',
		raw: {
			parser: 'wdi-wide',
			file: 'world-bank-wdi/API_IT.NET.USER.ZS_DS2_en_csv_v2_2160.csv',
			code: 'IT.NET.USER.ZS'
		}
	}
];
