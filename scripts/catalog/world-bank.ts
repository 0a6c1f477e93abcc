/** World Bank, World Development Indicators: the bulk download of Internet users (Nov 2024). */
import { parseWdiWide } from '../sources/world-bank.ts';
import type { PublisherModule } from './types.ts';

const CC_BY = { licence: 'CC BY 4.0', licence_url: 'https://creativecommons.org/licenses/by/4.0/' };

export const worldBank: PublisherModule = {
	id: 'world-bank',
	sources: [
		{
			id: 'wb-wdi-internet-2024',
			publisher: 'World Bank',
			dataset: 'World Development Indicators, bulk download (November 2024)',
			url: 'https://data.worldbank.org/indicator/IT.NET.USER.ZS',
			...CC_BY,
			retrieved: '2024-11-29',
			citation:
				'World Bank (2024). Individuals using the Internet (% of population), IT.NET.USER.ZS. World Development Indicators; original source: International Telecommunication Union (ITU). https://data.worldbank.org/indicator/IT.NET.USER.ZS. CC BY 4.0.',
			via: 'plotly/Figure-Friday 2024/week-48/API_IT.NET.USER.ZS_DS2_en_csv_v2_2160.csv @ 55cb522 (copy added 2024-11-29)'
		}
	],
	indicators: [
		{
			id: 'internet-users',
			source_code: 'IT.NET.USER.ZS',
			topic: 'connectivity',
			family: null,
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
				'World Bank WDI chosen over SDG 17.8.1 (the same ITU series) because it is more recent (to 2023), covers all 54 UN-member states and is CC BY 4.0.',
			raw: { file: 'world-bank-wdi/API_IT.NET.USER.ZS_DS2_en_csv_v2_2160.csv', parse: parseWdiWide, code: 'IT.NET.USER.ZS' }
		}
	]
};
