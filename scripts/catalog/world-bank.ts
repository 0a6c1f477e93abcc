/**
 * World Bank, World Development Indicators: the bulk download of Internet users (Nov 2024), and twenty
 * series from the per-indicator data package (copy of July 2026).
 */
import { fetchWdi, parseWdiLong, parseWdiWide } from '../sources/world-bank.ts';
import type { PublisherModule, SingleFileIndicatorSpec } from './types.ts';

const CC_BY = { licence: 'CC BY 4.0', licence_fr: 'CC BY 4.0', licence_url: 'https://creativecommons.org/licenses/by/4.0/' };
const WDI_2026 = 'wb-wdi-2026-07';

/** Where the July 2026 copy keeps a series: one long CSV per WDI code. */
const datasetsRepo = (code: string) => ({
	source_code: code,
	source_id: WDI_2026,
	raw: { file: `world-bank-wdi-datasets-repo/${code.toLowerCase()}.csv`, parse: parseWdiLong, code }
});

const PERCENT_POPULATION = { unit: 'percent', unit_en: '% of population', unit_fr: '% de la population' } as const;
const PER_100 = { unit: 'per-100', unit_en: 'per 100 people', unit_fr: 'pour 100 habitants' } as const;
const SHARE = { valid_min: 0, valid_max: 100 };
/** Gross ratios count pupils of any age against the official-age population, so they can pass 100. */
const GROSS = { unit: 'percent', unit_en: '% of official-age population', unit_fr: '% de la population d’âge officiel', valid_min: 0, valid_max: 200 } as const;
const MONEY = { valid_min: 0, valid_max: null };

const OVER_OWID = 'Chosen over the Our World in Data 2020 copy of the same WDI series, which ends in 2015–2017.';

export const wdiIndicators: SingleFileIndicatorSpec[] = [
	{
		id: 'internet-users',
		source_code: 'IT.NET.USER.ZS',
		topic: 'connectivity',
		family: null,
		name_en: 'Individuals using the Internet',
		name_fr: 'Personnes utilisant Internet',
		...PERCENT_POPULATION,
		decimals: 1,
		higher_is_better: true,
		...SHARE,
		source_id: 'wb-wdi-internet-2024',
		description_en:
			'Share of the population that used the Internet from any location in the last three months (ITU estimates, via the World Bank).',
		description_fr:
			'Part de la population ayant utilisé Internet, quel que soit le lieu, au cours des trois derniers mois (estimations de l’UIT, via la Banque mondiale).',
		notes:
			'World Bank WDI chosen over SDG 17.8.1 (the same ITU series) because it is more recent (to 2023), covers all 54 UN-member states and is CC BY 4.0.',
		raw: { file: 'world-bank-wdi/API_IT.NET.USER.ZS_DS2_en_csv_v2_2160.csv', parse: parseWdiWide, code: 'IT.NET.USER.ZS' }
	},
	{
		id: 'population',
		...datasetsRepo('SP.POP.TOTL'),
		topic: 'economy',
		family: null,
		name_en: 'Population',
		name_fr: 'Population',
		unit: 'count',
		unit_en: 'people',
		unit_fr: 'personnes',
		decimals: 0,
		higher_is_better: null,
		valid_min: 0,
		valid_max: null,
		description_en: 'Total population: all residents regardless of legal status or citizenship, at mid-year (World Bank, from UN Population Division estimates and national censuses).',
		description_fr: 'Population totale : tous les résidents, quels que soient leur statut juridique ou leur nationalité, en milieu d’année (Banque mondiale, d’après les estimations de la Division de la population des Nations unies et les recensements nationaux).',
		notes: 'The same values are in the datasets/population data package (to 2024); the WDI copy is the more recent (to 2025).'
	},
	{
		id: 'urban-population',
		...datasetsRepo('SP.URB.TOTL.IN.ZS'),
		topic: 'economy',
		family: null,
		name_en: 'Urban population',
		name_fr: 'Population urbaine',
		unit: 'percent',
		unit_en: '% of total population',
		unit_fr: '% de la population totale',
		decimals: 1,
		higher_is_better: null,
		...SHARE,
		description_en: 'Share of the population living in areas each country defines as urban (World Bank, from UN World Urbanization Prospects).',
		description_fr: 'Part de la population vivant dans les zones que chaque pays définit comme urbaines (Banque mondiale, d’après les Perspectives de l’urbanisation mondiale des Nations unies).',
		notes: `${OVER_OWID} National definitions of "urban" differ, which limits comparisons between countries.`
	},
	{
		id: 'gdp',
		...datasetsRepo('NY.GDP.MKTP.CD'),
		topic: 'economy',
		family: null,
		name_en: 'Gross domestic product (GDP)',
		name_fr: 'Produit intérieur brut (PIB)',
		unit: 'usd',
		unit_en: 'current US$',
		unit_fr: '$ US courants',
		decimals: 0,
		higher_is_better: null,
		...MONEY,
		description_en: 'Value of all goods and services produced in the economy in a year, in current US dollars at official exchange rates (World Bank and OECD national accounts).',
		description_fr: 'Valeur de l’ensemble des biens et services produits dans l’économie en un an, en dollars US courants aux taux de change officiels (comptes nationaux de la Banque mondiale et de l’OCDE).',
		notes: 'A measure of the size of the economy, shown for context (no "better" direction); compare countries with GDP per capita. Eritrea ends in 2011 and South Sudan in 2015.'
	},
	{
		id: 'gdp-per-capita',
		...datasetsRepo('NY.GDP.PCAP.CD'),
		topic: 'economy',
		family: null,
		name_en: 'GDP per capita',
		name_fr: 'PIB par habitant',
		unit: 'usd',
		unit_en: 'current US$ per person',
		unit_fr: '$ US courants par habitant',
		decimals: 0,
		higher_is_better: true,
		...MONEY,
		description_en: 'Gross domestic product divided by mid-year population, in current US dollars (World Bank and OECD national accounts).',
		description_fr: 'Produit intérieur brut divisé par la population en milieu d’année, en dollars US courants (comptes nationaux de la Banque mondiale et de l’OCDE).',
		notes: 'Eritrea ends in 2011 and South Sudan in 2015.'
	},
	{
		id: 'gdp-per-capita-ppp',
		...datasetsRepo('NY.GDP.PCAP.PP.CD'),
		topic: 'economy',
		family: null,
		name_en: 'GDP per capita, purchasing power parity',
		name_fr: 'PIB par habitant en parité de pouvoir d’achat',
		unit: 'usd-ppp',
		unit_en: 'current international $ (PPP) per person',
		unit_fr: '$ internationaux courants (PPA) par habitant',
		decimals: 0,
		higher_is_better: true,
		...MONEY,
		description_en: 'GDP per capita converted with purchasing power parities, so that a dollar buys the same amount of goods in every country (World Bank, International Comparison Program).',
		description_fr: 'PIB par habitant converti aux parités de pouvoir d’achat, de sorte qu’un dollar achète la même quantité de biens dans chaque pays (Banque mondiale, Programme de comparaison internationale).',
		notes: 'Better than GDP per capita at official exchange rates for comparing living standards; starts in 1990.'
	},
	{
		id: 'gni-per-capita',
		...datasetsRepo('NY.GNP.PCAP.CD'),
		topic: 'economy',
		family: null,
		name_en: 'GNI per capita, Atlas method',
		name_fr: 'RNB par habitant, méthode Atlas',
		unit: 'usd',
		unit_en: 'current US$ per person',
		unit_fr: '$ US courants par habitant',
		decimals: 0,
		higher_is_better: true,
		...MONEY,
		description_en: 'Gross national income per person, converted to US dollars with the World Bank Atlas method, which smooths exchange-rate swings.',
		description_fr: 'Revenu national brut par habitant, converti en dollars US selon la méthode Atlas de la Banque mondiale, qui lisse les variations des taux de change.',
		notes: 'The measure behind the World Bank income groups (low, lower-middle, upper-middle, high income). Eritrea ends in 2011 and South Sudan in 2015.'
	},
	{
		id: 'mobile-subscriptions',
		...datasetsRepo('IT.CEL.SETS.P2'),
		topic: 'connectivity',
		family: null,
		name_en: 'Mobile cellular subscriptions',
		name_fr: 'Abonnements à la téléphonie mobile',
		...PER_100,
		decimals: 1,
		higher_is_better: true,
		// No natural ceiling (people hold several SIM cards); 300 only catches unit errors. Highest AU value: 195 (Libya, 2021).
		valid_min: 0,
		valid_max: 300,
		description_en: 'Subscriptions to a public mobile telephone service, prepaid and postpaid, per 100 people (ITU data, via the World Bank).',
		description_fr: 'Abonnements à un service public de téléphonie mobile, prépayés et postpayés, pour 100 habitants (données de l’UIT, via la Banque mondiale).',
		notes: `${OVER_OWID} Counts SIM cards, not people: values above 100 are common where people hold several SIMs.`
	},
	{
		id: 'fixed-broadband-subscriptions',
		...datasetsRepo('IT.NET.BBND.P2'),
		topic: 'connectivity',
		family: null,
		name_en: 'Fixed broadband subscriptions',
		name_fr: 'Abonnements au haut débit fixe',
		...PER_100,
		decimals: 2,
		higher_is_better: true,
		...SHARE,
		description_en: 'Fixed subscriptions to high-speed Internet access (256 kbit/s or more: DSL, cable, fibre, satellite, fixed wireless) per 100 people (ITU data, via the World Bank).',
		description_fr: 'Abonnements fixes à un accès Internet à haut débit (256 kbit/s ou plus : DSL, câble, fibre, satellite, sans fil fixe) pour 100 habitants (données de l’UIT, via la Banque mondiale).',
		notes:
			'Chosen over the ITU DataHub series i992b: the same values (e.g. Nigeria 2022: 0.0433814), but under CC BY 4.0 rather than CC BY-NC-SA 3.0 IGO; also newer than SDG 17.6.1 (to 2021) and the Our World in Data 2020 copy.'
	},
	{
		id: 'secure-servers',
		...datasetsRepo('IT.NET.SECR.P6'),
		topic: 'connectivity',
		family: null,
		name_en: 'Secure Internet servers',
		name_fr: 'Serveurs Internet sécurisés',
		unit: 'per-million',
		unit_en: 'per million people',
		unit_fr: 'par million d’habitants',
		decimals: 1,
		higher_is_better: true,
		valid_min: 0,
		valid_max: null,
		description_en: 'Distinct publicly trusted TLS/SSL certificates found by Netcraft’s web survey, per million people (via the World Bank).',
		description_fr: 'Certificats TLS/SSL distincts et reconnus publiquement, relevés par l’enquête web de Netcraft, par million d’habitants (via la Banque mondiale).',
		notes: `${OVER_OWID} Values swing widely for small economies, where a few hosting firms weigh heavily per person (Seychelles: 264,257 per million in 2018, 139,583 in 2024).`
	},
	{
		id: 'fixed-telephone-subscriptions',
		...datasetsRepo('IT.MLT.MAIN.P2'),
		topic: 'connectivity',
		family: null,
		name_en: 'Fixed telephone subscriptions',
		name_fr: 'Abonnements à la téléphonie fixe',
		...PER_100,
		decimals: 2,
		higher_is_better: null,
		...SHARE,
		description_en: 'Fixed telephone lines (including fixed VoIP and fixed wireless) per 100 people (ITU data, via the World Bank).',
		description_fr: 'Lignes de téléphonie fixe (y compris la VoIP fixe et le sans-fil fixe) pour 100 habitants (données de l’UIT, via la Banque mondiale).',
		notes: 'Shown for context: fixed lines are being replaced by mobile service, so a low or falling value is not in itself a shortfall.'
	},
	{
		id: 'gross-enrolment-preprimary',
		...datasetsRepo('SE.PRE.ENRR'),
		topic: 'education',
		family: 'gross-enrolment',
		name_en: 'Gross enrolment ratio, pre-primary',
		name_fr: 'Taux brut de scolarisation dans le préprimaire',
		...GROSS,
		decimals: 1,
		higher_is_better: true,
		description_en: 'Children enrolled in pre-primary education, whatever their age, as a share of the population of official pre-primary age (UNESCO Institute for Statistics, via the World Bank).',
		description_fr: 'Enfants inscrits dans l’enseignement préprimaire, quel que soit leur âge, en pourcentage de la population d’âge officiel de ce niveau (Institut de statistique de l’UNESCO, via la Banque mondiale).',
		notes: 'Most recent values are from 2022 or earlier.'
	},
	{
		id: 'gross-enrolment-primary',
		...datasetsRepo('SE.PRM.ENRR'),
		topic: 'education',
		family: 'gross-enrolment',
		name_en: 'Gross enrolment ratio, primary',
		name_fr: 'Taux brut de scolarisation dans le primaire',
		...GROSS,
		decimals: 1,
		higher_is_better: null,
		description_en: 'Pupils enrolled in primary education, whatever their age, as a share of the population of official primary-school age (UNESCO Institute for Statistics, via the World Bank).',
		description_fr: 'Élèves inscrits dans l’enseignement primaire, quel que soit leur âge, en pourcentage de la population d’âge officiel de ce niveau (Institut de statistique de l’UNESCO, via la Banque mondiale).',
		notes: `${OVER_OWID} Values above 100 reflect over-age and under-age pupils and repetition, so a higher ratio is not necessarily better. No data for Djibouti.`
	},
	{
		id: 'gross-enrolment-secondary',
		...datasetsRepo('SE.SEC.ENRR'),
		topic: 'education',
		family: 'gross-enrolment',
		name_en: 'Gross enrolment ratio, secondary',
		name_fr: 'Taux brut de scolarisation dans le secondaire',
		...GROSS,
		decimals: 1,
		higher_is_better: true,
		description_en: 'Students enrolled in secondary education, whatever their age, as a share of the population of official secondary-school age (UNESCO Institute for Statistics, via the World Bank).',
		description_fr: 'Élèves inscrits dans l’enseignement secondaire, quel que soit leur âge, en pourcentage de la population d’âge officiel de ce niveau (Institut de statistique de l’UNESCO, via la Banque mondiale).',
		notes: `${OVER_OWID} No data for Djibouti.`
	},
	{
		id: 'gross-enrolment-tertiary',
		...datasetsRepo('SE.TER.ENRR'),
		topic: 'education',
		family: 'gross-enrolment',
		name_en: 'Gross enrolment ratio, tertiary',
		name_fr: 'Taux brut de scolarisation dans le supérieur',
		...GROSS,
		decimals: 1,
		higher_is_better: true,
		description_en: 'Students enrolled in tertiary education, whatever their age, as a share of the five-year age group after secondary school (UNESCO Institute for Statistics, via the World Bank).',
		description_fr: 'Étudiants inscrits dans l’enseignement supérieur, quel que soit leur âge, en pourcentage de la classe d’âge de cinq ans qui suit la fin du secondaire (Institut de statistique de l’UNESCO, via la Banque mondiale).',
		notes: `${OVER_OWID} No data for South Sudan.`
	},
	{
		id: 'education-spending-gdp',
		...datasetsRepo('SE.XPD.TOTL.GD.ZS'),
		topic: 'education',
		family: 'education-spending',
		name_en: 'Government expenditure on education, share of GDP',
		name_fr: 'Dépenses publiques d’éducation en part du PIB',
		unit: 'percent',
		unit_en: '% of GDP',
		unit_fr: '% du PIB',
		decimals: 1,
		higher_is_better: true,
		...SHARE,
		description_en: 'General government spending on education (current, capital and transfers) as a share of GDP (UNESCO Institute for Statistics, via the World Bank).',
		description_fr: 'Dépenses des administrations publiques consacrées à l’éducation (fonctionnement, investissement et transferts) en pourcentage du PIB (Institut de statistique de l’UNESCO, via la Banque mondiale).',
		notes: `${OVER_OWID} The Education 2030 Framework for Action sets a benchmark of 4–6% of GDP. Somalia 2018–2023 is published as about 0.000004–0.000008%, most likely a unit error at source; kept as published.`
	},
	{
		id: 'education-spending-budget',
		...datasetsRepo('SE.XPD.TOTL.GB.ZS'),
		topic: 'education',
		family: 'education-spending',
		name_en: 'Government expenditure on education, share of government spending',
		name_fr: 'Dépenses publiques d’éducation en part des dépenses publiques totales',
		unit: 'percent',
		unit_en: '% of government expenditure',
		unit_fr: '% des dépenses publiques',
		decimals: 1,
		higher_is_better: true,
		...SHARE,
		description_en: 'General government spending on education as a share of total general government spending on all sectors (UNESCO Institute for Statistics, via the World Bank).',
		description_fr: 'Dépenses des administrations publiques consacrées à l’éducation en pourcentage de l’ensemble de leurs dépenses, tous secteurs confondus (Institut de statistique de l’UNESCO, via la Banque mondiale).',
		notes: 'The Education 2030 Framework for Action sets a benchmark of 15–20% of public expenditure. 147 values are published as exactly 0, mostly for the 1980s and early 1990s (e.g. Angola 1985–1987); they most likely stand for missing data. Kept as published.'
	},
	{
		id: 'literacy-adult',
		...datasetsRepo('SE.ADT.LITR.ZS'),
		topic: 'education',
		family: 'literacy',
		name_en: 'Adult literacy rate',
		name_fr: 'Taux d’alphabétisation des adultes',
		unit: 'percent',
		unit_en: '% of people aged 15+',
		unit_fr: '% des personnes de 15 ans et plus',
		decimals: 1,
		higher_is_better: true,
		...SHARE,
		description_en: 'Share of people aged 15 and over who can read and write a short simple statement about their everyday life (UNESCO Institute for Statistics, via the World Bank).',
		description_fr: 'Part des personnes de 15 ans et plus capables de lire et d’écrire un énoncé simple et bref se rapportant à leur vie quotidienne (Institut de statistique de l’UNESCO, via la Banque mondiale).',
		notes: `${OVER_OWID} From censuses and household surveys, so years are irregular and few; no data for Djibouti.`
	},
	{
		id: 'literacy-youth',
		...datasetsRepo('SE.ADT.1524.LT.ZS'),
		topic: 'education',
		family: 'literacy',
		name_en: 'Youth literacy rate',
		name_fr: 'Taux d’alphabétisation des jeunes',
		unit: 'percent',
		unit_en: '% of people aged 15–24',
		unit_fr: '% des personnes de 15 à 24 ans',
		decimals: 1,
		higher_is_better: true,
		...SHARE,
		description_en: 'Share of people aged 15 to 24 who can read and write a short simple statement about their everyday life (UNESCO Institute for Statistics, via the World Bank).',
		description_fr: 'Part des personnes de 15 à 24 ans capables de lire et d’écrire un énoncé simple et bref se rapportant à leur vie quotidienne (Institut de statistique de l’UNESCO, via la Banque mondiale).',
		notes: 'From censuses and household surveys, so years are irregular and few.'
	},
	{
		id: 'primary-completion',
		...datasetsRepo('SE.PRM.CMPT.ZS'),
		topic: 'education',
		family: null,
		name_en: 'Primary completion rate',
		name_fr: 'Taux d’achèvement du primaire',
		unit: 'percent',
		unit_en: '% of relevant age group',
		unit_fr: '% du groupe d’âge concerné',
		decimals: 1,
		higher_is_better: true,
		valid_min: 0,
		valid_max: 200,
		description_en: 'New entrants to the last grade of primary school, whatever their age, as a share of the population at the official entry age of that grade (UNESCO Institute for Statistics, via the World Bank).',
		description_fr: 'Nouveaux entrants en dernière année du primaire, quel que soit leur âge, en pourcentage de la population ayant l’âge officiel d’entrée dans cette année (Institut de statistique de l’UNESCO, via la Banque mondiale).',
		notes: `${OVER_OWID} A gross ratio (it can exceed 100 with over-age pupils), not the survey-based SDG 4.1.2 completion rate. No data for Djibouti and Somalia.`
	},
	{
		id: 'electricity-access',
		...datasetsRepo('EG.ELC.ACCS.ZS'),
		topic: 'connectivity',
		family: null,
		name_en: 'Access to electricity',
		name_fr: 'Accès à l’électricité',
		...PERCENT_POPULATION,
		decimals: 1,
		higher_is_better: true,
		...SHARE,
		description_en: 'Share of the population with access to electricity, from household surveys and modelled where no survey exists (World Bank, Global Electrification Database).',
		description_fr: 'Part de la population ayant accès à l’électricité, d’après les enquêtes auprès des ménages et modélisée en l’absence d’enquête (Banque mondiale, base mondiale sur l’électrification).',
		notes: `Chosen over SDG 7.1.1 in the UN SDG Global Database (the same World Bank series, to 2021; WDI to 2023). ${OVER_OWID}`
	}
];

export const worldBank: PublisherModule = {
	id: 'world-bank',
	sources: [
		{
			id: 'wb-wdi-internet-2024',
			publisher: 'World Bank',
			publisher_fr: 'Banque mondiale',
			dataset: 'World Development Indicators, bulk download (November 2024)',
			dataset_fr: 'Indicateurs du développement dans le monde, téléchargement groupé (novembre 2024)',
			url: 'https://data.worldbank.org/indicator/IT.NET.USER.ZS',
			...CC_BY,
			retrieved: '2024-11-29',
			citation:
				'World Bank (2024). Individuals using the Internet (% of population), IT.NET.USER.ZS. World Development Indicators; original source: International Telecommunication Union (ITU). https://data.worldbank.org/indicator/IT.NET.USER.ZS. CC BY 4.0.',
			via: 'plotly/Figure-Friday 2024/week-48/API_IT.NET.USER.ZS_DS2_en_csv_v2_2160.csv @ 55cb522 (copy added 2024-11-29)'
		},
		{
			id: WDI_2026,
			publisher: 'World Bank',
			publisher_fr: 'Banque mondiale',
			dataset: 'World Development Indicators, per-indicator files (copy of 1 July 2026)',
			dataset_fr: 'Indicateurs du développement dans le monde, fichiers par indicateur (copie du 1er juillet 2026)',
			url: 'https://datacatalog.worldbank.org/search/dataset/0037712/World-Development-Indicators',
			...CC_BY,
			retrieved: '2026-07-01',
			citation:
				'World Bank (2026). World Development Indicators. Washington, DC: World Bank; original sources: International Telecommunication Union (IT.*), UNESCO Institute for Statistics (SE.*), UN Population Division (SP.*), World Bank and OECD national accounts (NY.*), World Bank Global Electrification Database (EG.ELC.ACCS.ZS). https://datacatalog.worldbank.org/search/dataset/0037712/World-Development-Indicators. CC BY 4.0.',
			via: 'datasets/world-development-indicators indicators/<code>/data.csv @ 4ebec5a (2026-07-01)'
		}
	],
	indicators: wdiIndicators,
	fetch: (out, options) =>
		fetchWdi(
			out,
			wdiIndicators.map(({ raw }) => ({ code: raw.code, file: raw.file, layout: raw.parse === parseWdiWide ? 'wide' : 'long' })),
			options
		)
};
