/**
 * Country names as publishers spell them → ISO 3166-1 alpha-3, for names that neither our curated
 * countries table (EN/FR names) nor the i18n-iso-countries package recognise. Part of the one explicit
 * table through which every name becomes a code: a name found nowhere stops the curation.
 * Non-African entries are listed so they are recognised and set aside, not silently dropped.
 */
export const COUNTRY_ALIASES: Record<string, string> = {
	// African Union member states, as the UN and other publishers name them
	"Côte d'Ivoire": 'CIV',
	'Cote d’Ivoire': 'CIV',
	'Ivory Coast': 'CIV',
	'Cape Verde': 'CPV',
	'Cabo Verde': 'CPV',
	'Republic of the Congo': 'COG',
	'Congo, Rep.': 'COG',
	'Democratic Republic of the Congo': 'COD',
	'Congo, Dem. Rep.': 'COD',
	'DR Congo': 'COD',
	'Gambia, The': 'GMB',
	'The Gambia': 'GMB',
	'Egypt, Arab Rep.': 'EGY',
	'Libyan Arab Jamahiriya': 'LBY',
	'Swaziland': 'SWZ',
	'Kingdom of Eswatini': 'SWZ',
	'Sao Tome and Principe': 'STP',
	'United Republic of Tanzania': 'TZA',
	'Tanzania, United Republic of': 'TZA',
	'Western Sahara': 'ESH',
	'Sahrawi Arab Democratic Republic': 'ESH',
	// Other UN member states as the UN E-Government Survey names them (2022, 2024)
	"Democratic People's Republic of Korea": 'PRK',
	'Georgia (Country)': 'GEO',
	'Iran (Islamic Republic of)': 'IRN',
	'Micronesia (Federated States of)': 'FSM',
	'Republic of Moldova': 'MDA',
	'United Kingdom of Great Britain and Northern Ireland': 'GBR',
	'Viet Nam': 'VNM'
};
