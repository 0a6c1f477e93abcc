/**
 * GSMA Mobile Connectivity Index, 2024 edition (2014–2023): the overall index, its 4 enablers and 11
 * dimensions. No fetcher: GSMA offers the export as a website download, without an API.
 */
import { parseGsmaMci } from '../sources/gsma.ts';
import type { IndicatorSpec, PublisherModule } from './types.ts';

const SOURCE_ID = 'gsma-mci-2024';

const NOTES =
	'A GSMA-normalised score, not a raw measure: comparable across countries and years within the 2024 edition only, since each edition recomputes every year. GSMA Intelligence is the only publisher of this index; its 32 indicator scores are not carried, as their raw series come from their own publishers. Djibouti, Eritrea and São Tomé and Príncipe are not covered.';

/** One score column of the MCI export (`code` is its column name). */
function score(code: string, id: string, name: { en: string; fr: string }, about: { en: string; fr: string }): IndicatorSpec {
	return {
		id,
		source_code: code,
		topic: 'connectivity',
		family: 'mobile-connectivity-index',
		name_en: name.en,
		name_fr: name.fr,
		unit: 'score-0-100',
		unit_en: 'score (0–100)',
		unit_fr: 'score (0–100)',
		decimals: 1,
		higher_is_better: true,
		valid_min: 0,
		valid_max: 100,
		source_id: SOURCE_ID,
		description_en: about.en,
		description_fr: about.fr,
		notes: NOTES,
		raw: { file: 'gsma-mobile-connectivity-index/CONNECTIVITY.csv', parse: parseGsmaMci, code }
	};
}

/** An enabler or dimension score, named "Mobile Connectivity Index: <part>". */
const part = (code: string, id: string, en: string, fr: string, level: 'enabler' | 'dimension', aboutEn: string, aboutFr: string) =>
	score(
		code,
		id,
		{ en: `Mobile Connectivity Index: ${en}`, fr: `Indice de connectivité mobile : ${fr}` },
		{
			en: `GSMA Mobile Connectivity Index ${level} score (0–100, GSMA Intelligence), from ${aboutEn}.`,
			fr: `Score ${level === 'enabler' ? 'de facteur' : 'de dimension'} de l’indice de connectivité mobile de la GSMA (0–100, GSMA Intelligence), établi d’après ${aboutFr}.`
		}
	);

export const gsma: PublisherModule = {
	id: 'gsma',
	sources: [
		{
			id: SOURCE_ID,
			publisher: 'GSMA Intelligence',
			publisher_fr: 'GSMA Intelligence',
			dataset: 'GSMA Mobile Connectivity Index, 2024 edition (data 2014–2023)',
			// GSMA publishes the index in English only: its title stays as published, the rest is translated.
			dataset_fr: 'GSMA Mobile Connectivity Index, édition 2024 (données 2014–2023)',
			url: 'https://www.mobileconnectivityindex.com/',
			licence: 'GSMA terms of use (free download, attribution; no open licence stated)',
			licence_fr: 'conditions d’utilisation de la GSMA (téléchargement libre, citation de la source ; aucune licence ouverte indiquée)',
			licence_url: null,
			retrieved: '2025-06-18',
			citation:
				'GSMA Intelligence (2024). GSMA Mobile Connectivity Index, 2024 edition (data 2014–2023). https://www.mobileconnectivityindex.com/.',
			via: 'sidGoswami725/GlobalLaunch-AI data/datasets/CONNECTIVITY.csv @ 30865be (copy added 2025-06-18)'
		}
	],
	indicators: [
		score(
			'Index',
			'mci-index',
			{ en: 'Mobile Connectivity Index', fr: 'Indice de connectivité mobile' },
			{
				en: 'GSMA Intelligence’s composite score (0–100) of the conditions for mobile Internet adoption: infrastructure, affordability, consumer readiness, and content and services.',
				fr: 'Score composite (0–100) de GSMA Intelligence sur les conditions de l’adoption de l’Internet mobile : infrastructures, accessibilité financière, préparation des consommateurs, contenus et services.'
			}
		),
		part('Infrastructure', 'mci-infrastructure', 'infrastructure', 'infrastructures', 'enabler', 'network coverage, network performance and spectrum', 'la couverture et la performance des réseaux et le spectre'),
		part('Affordability', 'mci-affordability', 'affordability', 'accessibilité financière', 'enabler', 'the cost of mobile data and handsets relative to income, and taxation', 'le coût des données mobiles et des terminaux rapporté au revenu, et la fiscalité'),
		part('Consumer Readiness', 'mci-consumer-readiness', 'consumer readiness', 'préparation des consommateurs', 'enabler', 'mobile ownership, basic skills and gender equality', 'la possession d’un mobile, les compétences de base et l’égalité femmes-hommes'),
		part('Content and Services', 'mci-content-services', 'content and services', 'contenus et services', 'enabler', 'the local relevance of online content and services, and online security', 'la pertinence locale des contenus et services en ligne, et la sécurité en ligne'),
		part('Network coverage', 'mci-network-coverage', 'network coverage', 'couverture du réseau', 'dimension', 'the share of the population covered by 2G, 3G, 4G and 5G networks', 'la part de la population couverte par les réseaux 2G, 3G, 4G et 5G'),
		part('Network performance', 'mci-network-performance', 'network performance', 'performance du réseau', 'dimension', 'mobile download and upload speeds and latency', 'les débits mobiles descendants et montants et la latence'),
		part('Spectrum', 'mci-spectrum', 'spectrum', 'spectre', 'dimension', 'the spectrum assigned to mobile operators below 1 GHz, at 1–3 GHz, at 3–6 GHz and in millimetre-wave bands', 'le spectre attribué aux opérateurs mobiles sous 1 GHz, entre 1 et 3 GHz, entre 3 et 6 GHz et en ondes millimétriques'),
		part('Mobile data affordability', 'mci-data-affordability', 'mobile data affordability', 'accessibilité financière des données mobiles', 'dimension', 'the price of 1 GB and 5 GB data baskets relative to income, overall and for the poorest 40 %', 'le prix des paniers de 1 Go et 5 Go de données rapporté au revenu, pour l’ensemble de la population et pour les 40 % les plus pauvres'),
		part('Handset affordability', 'mci-handset-affordability', 'handset affordability', 'accessibilité financière des terminaux', 'dimension', 'the price of a mobile handset relative to income, overall and for the poorest 40 %', 'le prix d’un téléphone mobile rapporté au revenu, pour l’ensemble de la population et pour les 40 % les plus pauvres'),
		part('Taxation', 'mci-taxation', 'taxation', 'fiscalité', 'dimension', 'the cost of taxes on mobile data and handsets and of taxes specific to the sector (a higher score means a lighter burden)', 'le coût des taxes sur les données mobiles et les terminaux et des taxes propres au secteur (un score plus élevé signifie une charge plus légère)'),
		part('Mobile Ownership', 'mci-mobile-ownership', 'mobile ownership', 'possession d’un mobile', 'dimension', 'the share of people who own a mobile phone', 'la part des personnes qui possèdent un téléphone mobile'),
		part('Basic Skills', 'mci-basic-skills', 'basic skills', 'compétences de base', 'dimension', 'literacy and school life expectancy', 'l’alphabétisation et l’espérance de vie scolaire'),
		part('Gender Equality', 'mci-gender-equality', 'gender equality', 'égalité femmes-hommes', 'dimension', 'the gender gaps in mobile ownership and mobile Internet use', 'les écarts entre femmes et hommes dans la possession d’un mobile et l’usage de l’Internet mobile'),
		part('Local Relevance', 'mci-local-relevance', 'local relevance', 'pertinence locale', 'dimension', 'top-level domains and locally developed apps per person, e-government, mobile social-media use and support for local languages', 'les domaines de premier niveau et les applications locales par habitant, l’administration en ligne, l’usage des réseaux sociaux sur mobile et la prise en charge des langues locales'),
		part('Online Security', 'mci-online-security', 'online security', 'sécurité en ligne', 'dimension', 'the ITU Global Cybersecurity Index', 'l’indice mondial de cybersécurité de l’UIT')
	]
};
