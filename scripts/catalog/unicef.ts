/**
 * UNICEF global database on school-age digital connectivity (with ITU, December 2020): children with
 * Internet at home, in total and by residence and wealth. A one-off table, so no fetcher.
 */
import { parseSchoolAgeConnectivity } from '../sources/unicef.ts';
import type { IndicatorSpec, PublisherModule } from './types.ts';

const FILE = 'unicef-school-age-digital-connectivity/School-Age-Digital-Connectivity-A1data.csv';

const COMMON_NOTES =
	'One value per country, from its most recent household survey of 2010–2019 (MICS, DHS or a national survey), in whole percentages as published. The year is the first calendar year of the survey period (2018-19 → 2018); the full period is kept in the flag (e.g. “survey 2018-19”). Surveys differ in year, age range and questions: compare countries with care. Values read from a third-party copy used as a data-cleaning exercise, in which errors were planted; the African rows were checked for consistency (the total must lie between the rural and urban values).';

/** A group of children: its label in names, and the words that narrow the description to it. */
interface Group {
	en: string;
	fr: string;
	among_en: string;
	among_fr: string;
}

/** One breakdown of the measure (null group: all children). */
const breakdown = (code: string, id: string, group: Group | null, notes: string = COMMON_NOTES): IndicatorSpec => ({
	id,
	source_code: code,
	topic: 'education-digital',
	family: 'children-home-internet',
	name_en: `School-age children with Internet at home${group ? ` (${group.en})` : ''}`,
	name_fr: `Enfants d’âge scolaire ayant accès à Internet à la maison${group ? ` (${group.fr})` : ''}`,
	unit: 'percent',
	unit_en: '% of school-age children',
	unit_fr: '% des enfants d’âge scolaire',
	decimals: 0,
	higher_is_better: true,
	valid_min: 0,
	valid_max: 100,
	source_id: 'unicef-school-age-connectivity-2020',
	description_en: `Share of children of school-attendance age (about 3 to 17, depending on the country) who live in a household with an Internet connection at home${group ? `, ${group.among_en}` : ''}, from household surveys compiled by UNICEF and ITU.`,
	description_fr: `Part des enfants en âge de fréquenter l’école (environ 3 à 17 ans selon le pays) vivant dans un ménage disposant d’une connexion Internet à domicile${group ? `, ${group.among_fr}` : ''}, d’après les enquêtes auprès des ménages compilées par l’UNICEF et l’UIT.`,
	notes,
	raw: { file: FILE, parse: parseSchoolAgeConnectivity, code }
});

export const unicef: PublisherModule = {
	id: 'unicef',
	sources: [
		{
			id: 'unicef-school-age-connectivity-2020',
			publisher: 'UNICEF',
			publisher_fr: 'UNICEF',
			dataset: 'Global database on school-age digital connectivity (UNICEF and ITU, December 2020), unofficial copy not verified against UNICEF',
			dataset_fr:
				'Base de données mondiale sur la connectivité numérique des enfants d’âge scolaire (UNICEF et UIT, décembre 2020), copie non officielle non vérifiée auprès de l’UNICEF',
			url: 'https://data.unicef.org/topic/education/remote-learning-and-digital-connectivity/',
			licence: 'UNICEF terms of use (free use with attribution)',
			licence_fr: 'conditions d’utilisation de l’UNICEF (libre utilisation avec citation de la source)',
			licence_url: 'https://www.unicef.org/legal',
			retrieved: '2024-02-01',
			citation:
				'United Nations Children’s Fund and International Telecommunication Union (2020). How many children and young people have internet access at home? Estimating digital connectivity during the COVID-19 pandemic; global database on school-age digital connectivity. UNICEF, New York. https://data.unicef.org/topic/education/remote-learning-and-digital-connectivity/',
			via: 'prottayislive/eda-school-connectivity School-Age-Digital-Connectivity-A1data.csv @ 1efe133 (2024-02-01), a data-cleaning exercise copy with planted errors'
		}
	],
	indicators: [
		breakdown(
			'Total',
			'children-home-internet',
			null,
			`${COMMON_NOTES} Kenya’s total is left out: its urban-only STEP survey (2013) gives a total of 32% against an urban value of 24%, which cannot both be right.`
		),
		breakdown('Rural (Residence)', 'children-home-internet-rural', {
			en: 'rural areas',
			fr: 'zones rurales',
			among_en: 'among children living in rural areas',
			among_fr: 'parmi les enfants vivant en zone rurale'
		}),
		breakdown('Urban (Residence)', 'children-home-internet-urban', {
			en: 'urban areas',
			fr: 'zones urbaines',
			among_en: 'among children living in urban areas',
			among_fr: 'parmi les enfants vivant en zone urbaine'
		}),
		breakdown(
			'Poorest (Wealth quintile)',
			'children-home-internet-poorest',
			{
				en: 'poorest quintile',
				fr: 'quintile le plus pauvre',
				among_en: 'among children in the poorest 20% of households by wealth',
				among_fr: 'parmi les enfants des 20\u00a0% de ménages les plus pauvres'
			},
			`${COMMON_NOTES} Egypt’s value in the copy (100% against a 17% total) is an evident error and is left out.`
		),
		breakdown('Richest (Wealth quintile)', 'children-home-internet-richest', {
			en: 'richest quintile',
			fr: 'quintile le plus riche',
			among_en: 'among children in the richest 20% of households by wealth',
			among_fr: 'parmi les enfants des 20\u00a0% de ménages les plus riches'
		})
	]
};
