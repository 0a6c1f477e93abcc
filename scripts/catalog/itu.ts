/**
 * ITU DataHub: World Telecommunication/ICT Indicators and ICT Price Baskets, per-series CSV downloads
 * of December 2025 (subscriptions, households, coverage, prices, bandwidth, quality of service).
 */
import { fetchItuDataHub, parseItuDataHub } from '../sources/itu.ts';
import type { IndicatorSpec, PublisherModule } from './types.ts';

const SOURCE_ID = 'itu-datahub-2025-12';

/**
 * The snapshot's files and the series in each, by seriesCode → DataHub seriesID (the download API is
 * keyed by seriesID). i271mw, the count, is read only for the estimate flags of i911mw.
 * Left out: fixed-broadband download throughput (i147dl). ITU labels it bit/s, but the national returns
 * mix Mbit/s, bit/s and what look like data volumes, so as published it cannot compare countries.
 */
export const ITU_FILES = {
	mobileBroadband: { file: 'itu-datahub/active_mobile_broadband_subscriptions.csv', series: { i271mw: 11632, i911mw: 12066 } },
	households: { file: 'itu-datahub/households_with_internet_access_at_home.csv', series: { xHH6_IDI: 12047 } },
	coverage: {
		file: 'itu-datahub/population_coverage_mobile_network.csv',
		series: { i271pop: 194, i271G: 430, i271GA: 19306, i271G5_pop: 34236 }
	},
	mobilePrice: {
		file: 'itu-datahub/data_only_mobile_broadband_5GB.csv',
		series: { i271mb_5GB$: 36055, i271mb_5GB_GNI: 36056, i271mb_5GB_PPP: 36057 }
	},
	fixedPrice: { file: 'itu-datahub/fixed_broadband_internet_5GB.csv', series: { i154_FBB5$: 33330, i154_FBB5_GNI: 33331, i154_FBB5_PPP: 33332 } },
	bandwidth: { file: 'itu-datahub/lit_equipped_international_bandwidth_capacity.csv', series: { i4214l: 19255 } },
	latency: { file: 'itu-datahub/packet_latency_fixed_broadband.csv', series: { i147l: 34241 } },
	activation: { file: 'itu-datahub/service_activation_time_fixed_broadband.csv', series: { i147t: 13065 } }
} as const;

type Spec = Omit<IndicatorSpec, 'topic' | 'source_id' | 'source_code' | 'raw'>;

/** An ITU indicator read from one of ITU_FILES by its seriesCode. */
function ituIndicator(files: keyof typeof ITU_FILES, code: string, spec: Spec): IndicatorSpec {
	const { file, series } = ITU_FILES[files];
	if (!(code in series)) throw new Error(`${code} is not a series of ${file}`);
	return { ...spec, topic: 'connectivity', source_id: SOURCE_ID, source_code: code, raw: { file, parse: parseItuDataHub, code } };
}

const PERCENT_OF_POPULATION = { unit: 'percent', unit_en: '% of population', unit_fr: '% de la population', decimals: 1, valid_min: 0, valid_max: 100 } as const;

const COVERAGE_NOTES =
	'Chosen over SDG indicator 9.c.1 in the UNSD SDG database, which publishes the same ITU series for 2G, 3G and 4G only up to 2021; this ITU copy runs to 2024 and adds 5G. Some countries report the coverage of their largest operator rather than of all networks combined (see ITU’s notes). Values marked estimate are ITU estimates.';

const coverage = (code: 'i271pop' | 'i271G' | 'i271GA' | 'i271G5_pop', id: string, en: string, fr: string, descEn: string, descFr: string, extra = '') =>
	ituIndicator('coverage', code, {
		id,
		family: 'mobile-coverage',
		name_en: `Population covered by ${en}`,
		name_fr: `Population couverte par ${fr}`,
		...PERCENT_OF_POPULATION,
		higher_is_better: true,
		description_en: descEn,
		description_fr: descFr,
		notes: COVERAGE_NOTES + extra
	});

/** The three ways ITU publishes each price basket: USD, % of monthly GNI per capita, PPP dollars. */
const PRICE_UNITS = {
	usd: { unit: 'usd', unit_en: 'US$ per month', unit_fr: 'dollars US par mois', en: 'US$', fr: 'dollars US' },
	gni: { unit: 'percent', unit_en: '% of monthly GNI per capita', unit_fr: '% du RNB mensuel par habitant', en: '% of GNI per capita', fr: '% du RNB par habitant' },
	ppp: { unit: 'usd-ppp', unit_en: 'PPP$ per month', unit_fr: '$ PPA par mois', en: 'PPP$', fr: '$ PPA' }
} as const;

const PRICE_DESCRIPTIONS = {
	usd: ['in US dollars at market exchange rates', 'en dollars US aux taux de change du marché'],
	gni: [
		'as a percentage of monthly gross national income (GNI) per capita, a measure of affordability',
		'en pourcentage du revenu national brut (RNB) mensuel par habitant, une mesure de l’accessibilité financière'
	],
	ppp: [
		'in purchasing-power-parity dollars, which allow for the price level of each country',
		'en dollars à parité de pouvoir d’achat (PPA), qui tiennent compte du niveau des prix de chaque pays'
	]
} as const;

function price(
	basket: 'mobile' | 'fixed',
	unit: keyof typeof PRICE_UNITS,
	code: string,
	what: { en: string; fr: string; planEn: string; planFr: string; notes: string }
): IndicatorSpec {
	const u = PRICE_UNITS[unit];
	const [descEn, descFr] = PRICE_DESCRIPTIONS[unit];
	const spec: Spec = {
		id: `${basket}-broadband-price-${unit}`,
		family: `${basket}-broadband-price`,
		name_en: `${what.en} (${u.en})`,
		name_fr: `${what.fr} (${u.fr})`,
		unit: u.unit,
		unit_en: u.unit_en,
		unit_fr: u.unit_fr,
		decimals: 2,
		higher_is_better: false,
		valid_min: 0,
		// a share of GNI per capita exceeds 100 % where the plan costs more than the average income
		valid_max: null,
		description_en: `Monthly price of ${what.planEn}, ${descEn} (ITU ICT Price Baskets).`,
		description_fr: `Prix mensuel ${what.planFr}, ${descFr} (paniers de prix des TIC de l’UIT).`,
		notes: what.notes
	};
	return ituIndicator(basket === 'mobile' ? 'mobilePrice' : 'fixedPrice', code, spec);
}

const MOBILE_PRICE = {
	en: 'Mobile-broadband price, data-only 5 GB basket',
	fr: 'Panier de prix du haut débit mobile, données seules 5 Go',
	planEn: 'the cheapest data-only mobile-broadband plan with at least 5 GB, from the operator with the largest market share',
	planFr: 'de l’offre de haut débit mobile « données seules » la moins chère d’au moins 5 Go, chez l’opérateur ayant la plus grande part de marché',
	notes:
		'ITU ICT Price Baskets, the only source for this basket. The data-only 5 GB basket starts in 2023; ITU’s older 2 GB basket is not in this copy, so earlier years are not available. ITU’s export labels the USD, GNI and PPP series all as “% GNI per capita”: they are told apart by series code.'
};

const FIXED_PRICE = {
	en: 'Fixed-broadband price, 5 GB basket',
	fr: 'Panier de prix du haut débit fixe, 5 Go',
	planEn: 'the cheapest fixed-broadband plan with at least 5 GB of data, from the operator with the largest market share',
	planFr: 'de l’offre de haut débit fixe la moins chère d’au moins 5 Go de données, chez l’opérateur ayant la plus grande part de marché',
	notes:
		'ITU ICT Price Baskets, the only source for this basket (2018–2025). ITU publishes 0 where it has no price (2022, 10 to 12 countries depending on the unit); those zeros are left out rather than shown as free service. Where fixed broadband is scarce the plan can cost several times the average income (Burundi 2018–2019: 964 % of monthly GNI per capita). Zimbabwe’s PPP values follow its currency changes (196.03 in 2023, 0.08 in 2024) and are as published.'
};

export const itu: PublisherModule = {
	id: 'itu',
	sources: [
		{
			id: SOURCE_ID,
			publisher: 'International Telecommunication Union (ITU)',
			publisher_fr: 'Union internationale des télécommunications (UIT)',
			dataset: 'ITU DataHub: World Telecommunication/ICT Indicators Database and ICT Price Baskets (series downloads, December 2025)',
			dataset_fr:
				'ITU DataHub : base de données des indicateurs des télécommunications/TIC dans le monde et paniers de prix des TIC (téléchargements par série, décembre 2025)',
			url: 'https://datahub.itu.int/',
			licence: 'CC BY-NC-SA 3.0 IGO',
			licence_fr: 'CC BY-NC-SA 3.0 IGO',
			licence_url: 'https://creativecommons.org/licenses/by-nc-sa/3.0/igo/',
			retrieved: '2025-12-28',
			citation:
				'International Telecommunication Union (2025). World Telecommunication/ICT Indicators Database and ICT Price Baskets, ITU DataHub, https://datahub.itu.int/ (series i911mw, xHH6_IDI, i271pop, i271G, i271GA, i271G5_pop, i271mb_5GB, i154_FBB5, i4214l, i147l, i147t; downloaded December 2025). CC BY-NC-SA 3.0 IGO.',
			via: 'DenSkrytskyi/giga-school-connectivity-analysis data/raw/*.csv @ 68d09ea (copy added 2025-12-28)'
		}
	],
	indicators: [
		ituIndicator('mobileBroadband', 'i911mw', {
			id: 'mobile-broadband-subscriptions',
			family: null,
			name_en: 'Active mobile-broadband subscriptions',
			name_fr: 'Abonnements actifs au haut débit mobile',
			unit: 'per-100',
			unit_en: 'per 100 inhabitants',
			unit_fr: 'pour 100 habitants',
			decimals: 1,
			higher_is_better: true,
			valid_min: 0,
			valid_max: null,
			description_en:
				'Mobile subscriptions with Internet access at broadband speed (256 kbit/s or more) used in the last three months, on phones or USB modems, per 100 inhabitants. Reported to ITU by regulators and ministries, or estimated by ITU.',
			description_fr:
				'Abonnements actifs au haut débit mobile (au moins 256 kbit/s, utilisés au cours des trois derniers mois), sur téléphone ou modem USB, pour 100 habitants. Données communiquées à l’UIT par les régulateurs et ministères, ou estimées par l’UIT.',
			notes:
				'ITU is the original publisher; the World Bank WDI does not carry this series. Values above 100 are normal (several subscriptions per person; 146 in Mauritius, 2024). The per-100 rows name no source of their own: where ITU estimated the subscription count (i271mw, not shown), the value is flagged estimate.'
		}),
		ituIndicator('households', 'xHH6_IDI', {
			id: 'households-internet',
			family: null,
			name_en: 'Households with Internet access at home',
			name_fr: 'Ménages ayant accès à Internet à domicile',
			unit: 'percent',
			unit_en: '% of households',
			unit_fr: '% des ménages',
			decimals: 1,
			higher_is_better: true,
			valid_min: 0,
			valid_max: 100,
			description_en:
				'Share of households with Internet access at home, by a fixed or a mobile network. From national household surveys reported to ITU, or estimated by ITU.',
			description_fr:
				'Part des ménages ayant accès à Internet à domicile, par un réseau fixe ou mobile. D’après les enquêtes nationales auprès des ménages communiquées à l’UIT, ou estimations de l’UIT.',
			notes:
				'ITU is the only publisher of this measure for all AU members. Few African countries run household ICT surveys, so most values are ITU estimates (flagged estimate); a few national values carry notes on breaks in comparability.'
		}),
		coverage(
			'i271pop',
			'mobile-coverage-2g',
			'at least a 2G mobile network',
			'au moins un réseau mobile 2G',
			'Share of the population within range of a mobile-cellular signal (2G or better), whether or not they subscribe (ITU).',
			'Couverture du réseau mobile : part de la population à portée d’un signal mobile (2G ou mieux), abonnée ou non (UIT).'
		),
		coverage(
			'i271G',
			'mobile-coverage-3g',
			'at least a 3G mobile network',
			'au moins un réseau mobile 3G',
			'Share of the population within range of at least a 3G mobile network, whether or not they subscribe (ITU).',
			'Couverture du réseau mobile : part de la population à portée d’au moins un réseau mobile 3G, abonnée ou non (UIT).'
		),
		coverage(
			'i271GA',
			'mobile-coverage-4g',
			'at least an LTE (4G) mobile network',
			'au moins un réseau mobile LTE (4G)',
			'Share of the population within range of at least an LTE/WiMAX (4G) mobile network, whether or not they subscribe (ITU).',
			'Couverture du réseau mobile : part de la population à portée d’au moins un réseau mobile LTE/WiMAX (4G), abonnée ou non (UIT).'
		),
		coverage(
			'i271G5_pop',
			'mobile-coverage-5g',
			'a 5G mobile network',
			'un réseau mobile 5G',
			'Share of the population within range of a 5G mobile network, whether or not they subscribe (ITU).',
			'Couverture du réseau mobile : part de la population à portée d’un réseau mobile 5G, abonnée ou non (UIT).',
			' A value of 0 means 5G had not been launched, as the country reported. Seychelles and Togo report no 5G coverage figure.'
		),
		price('mobile', 'usd', 'i271mb_5GB$', MOBILE_PRICE),
		price('mobile', 'gni', 'i271mb_5GB_GNI', MOBILE_PRICE),
		price('mobile', 'ppp', 'i271mb_5GB_PPP', MOBILE_PRICE),
		price('fixed', 'usd', 'i154_FBB5$', FIXED_PRICE),
		price('fixed', 'gni', 'i154_FBB5_GNI', FIXED_PRICE),
		price('fixed', 'ppp', 'i154_FBB5_PPP', FIXED_PRICE),
		ituIndicator('bandwidth', 'i4214l', {
			id: 'international-bandwidth',
			family: null,
			name_en: 'International bandwidth capacity (lit)',
			name_fr: 'Bande passante internationale (capacité activée)',
			unit: 'mbit-s',
			unit_en: 'Mbit/s',
			unit_fr: 'Mbit/s',
			decimals: 0,
			higher_is_better: true,
			valid_min: 0,
			valid_max: null,
			description_en:
				'Total lit (equipped) capacity of a country’s international links at the end of the year — fibre-optic cables, international radio links and satellite uplinks — in megabits per second (ITU).',
			description_fr:
				'Capacité totale activée (équipée) des liaisons internationales du pays en fin d’année — câbles à fibre optique, faisceaux hertziens internationaux et liaisons montantes par satellite — en mégabits par seconde (UIT).',
			notes:
				'ITU is the only source. This is installed capacity, not traffic: ITU’s international bandwidth usage series is not in this copy. A national total, so it grows with the size of the market; some returns cover only part of the operators (see ITU’s notes). Eritrea and Senegal have no value.'
		}),
		ituIndicator('latency', 'i147l', {
			id: 'fixed-broadband-latency',
			family: null,
			name_en: 'Fixed-broadband packet latency',
			name_fr: 'Latence des paquets du haut débit fixe',
			unit: 'ms',
			unit_en: 'milliseconds',
			unit_fr: 'millisecondes',
			decimals: 1,
			higher_is_better: false,
			valid_min: 0,
			valid_max: null,
			description_en:
				'Average time for a data packet to reach a destination within the country and come back, on fixed-broadband connections, in milliseconds, as reported to ITU by national regulators.',
			description_fr:
				'Temps moyen d’aller-retour d’un paquet de données vers une destination située dans le pays, sur les connexions au haut débit fixe, en millisecondes, tel que déclaré à l’UIT par les régulateurs nationaux.',
			notes:
				'ITU is the only source; 20 AU members report it, from operator measurements or speed-test sites, so methods differ. Burundi’s 0 for 2020 is ITU’s placeholder for no value and is left out; its 500 ms for 2021–2023 is as reported.'
		}),
		ituIndicator('activation', 'i147t', {
			id: 'fixed-broadband-activation-time',
			family: null,
			name_en: 'Fixed-broadband service activation time',
			name_fr: 'Délai d’activation du haut débit fixe',
			unit: 'days',
			unit_en: 'days',
			unit_fr: 'jours',
			decimals: 1,
			higher_is_better: false,
			valid_min: 0,
			valid_max: null,
			description_en:
				'Time from the application for a fixed-broadband service to its activation, in days, as reported to ITU by national regulators.',
			description_fr:
				'Délai entre la demande d’un service de haut débit fixe et son activation, en jours, tel que déclaré à l’UIT par les régulateurs nationaux.',
			notes:
				'ITU is the only source; 36 AU members reported it between 2010 and 2021, when ITU stopped collecting it. Several values are for one operator only (see ITU’s notes). South Africa’s 2017 value (5,426 days) is as published and almost certainly a reporting error; South Sudan reports 0 days for 2016–2018.'
		})
	],
	fetch: (out, options) =>
		fetchItuDataHub(out, Object.fromEntries(Object.values(ITU_FILES).map(({ file, series }) => [file, series])), options)
};
