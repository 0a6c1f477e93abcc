/**
 * The publications the curated data come from. `retrieved` is the date the values were taken from the
 * publisher; for the offline snapshots in ../shared/data it is the date of the dated copy (`via`).
 */
export interface SourceSpec {
	id: string;
	publisher: string;
	dataset: string;
	url: string;
	licence: string;
	licence_url: string | null;
	retrieved: string;
	citation: string;
	via: string | null;
}

export const SOURCES: SourceSpec[] = [
	{
		id: 'wb-wdi-internet-2024',
		publisher: 'World Bank',
		dataset: 'World Development Indicators: Individuals using the Internet (IT.NET.USER.ZS), bulk download',
		url: 'https://data.worldbank.org/indicator/IT.NET.USER.ZS',
		licence: 'CC BY 4.0',
		licence_url: 'https://creativecommons.org/licenses/by/4.0/',
		retrieved: '2024-11-29',
		citation:
			'World Bank (2024). Individuals using the Internet (% of population), IT.NET.USER.ZS. World Development Indicators; original source: International Telecommunication Union (ITU). https://data.worldbank.org/indicator/IT.NET.USER.ZS. CC BY 4.0.',
		via: 'plotly/Figure-Friday 2024/week-48/API_IT.NET.USER.ZS_DS2_en_csv_v2_2160.csv @ 55cb522 (copy added 2024-11-29)'
	}
];
