/**
 * UN DESA E-Government Survey: the E-Government Development Index (EGDI), its three components and the
 * E-Participation Index, survey years 2010–2024 (one file per year; each indicator reads all of them).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseCsv } from '../lib/csv.ts';
import { egdiLayout, parseEgdi } from '../sources/un-desa.ts';
import type { FetchOptions, IndicatorSpec, PublisherModule } from './types.ts';

/** One file per survey year, named as in the snapshot (after the copy each came from). */
export const EGDI_FILES: Record<number, string> = {
	2010: 'un-desa-egdi/egdi-2010.csv',
	2012: 'un-desa-egdi/egdi-2012.csv',
	2014: 'un-desa-egdi/egdi-2014.csv',
	2016: 'un-desa-egdi/egdi-2016.csv',
	2018: 'un-desa-egdi/egdi-2018.csv',
	2022: 'un-desa-egdi/EGOV_DATA_2022.csv',
	2024: 'un-desa-egdi/EGOV_DATA_2024.csv'
};

/**
 * The UN E-Government Knowledgebase Data Center's CSV for one survey year ({year}). Written offline and
 * NOT verified against the live site: check it on the Data Center page before the first real fetch.
 */
export const EGDI_CSV_URL_TEMPLATE = 'https://publicadministration.un.org/egovkb/Portals/egovkb/Documents/un/{year}-Survey/EGOV_DATA_{year}.csv';

/**
 * Downloads each survey year's CSV from UN DESA into the snapshot's file names. The publisher's layout
 * (Survey Year, Country Name, …) differs from UNU-EGOV's 2010–2018 copies, but the parser reads both.
 */
async function fetchEgdi(out: string, { fetch, log }: FetchOptions): Promise<string[]> {
	const written: string[] = [];
	for (const [year, file] of Object.entries(EGDI_FILES)) {
		const url = EGDI_CSV_URL_TEMPLATE.replaceAll('{year}', year);
		log?.(`${year}: ${url}`);
		const response = await fetch(url);
		if (!response.ok) throw new Error(`UN DESA E-Government Survey ${year}: HTTP ${response.status} ${response.statusText} from ${url}`);
		const text = await response.text();
		// A moved download often answers 200 with an HTML page: refuse it before it replaces good data.
		egdiLayout(parseCsv(text, url).header, url);
		const path = join(out, file);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text);
		written.push(path);
	}
	return written;
}

const FILES = Object.values(EGDI_FILES);

const COMMON_NOTES =
	'Survey years only (2010, 2012, 2014, 2016, 2018, 2022, 2024); the 2020 edition and editions before 2010 are not in the copies used. Scores are normalised across the 193 UN member states in each edition and the method has been revised between editions, so a change over time partly reflects other countries and method changes. The Sahrawi Republic, not a UN member, is not assessed; South Sudan is assessed from 2012. The 2024 values come from a copy with renamed headers and an added region column (ignored).';

/** What the five indices share: unit, scale, source and files. */
const index = (spec: Pick<IndicatorSpec, 'id' | 'source_code' | 'name_en' | 'name_fr' | 'description_en' | 'description_fr' | 'notes'>): IndicatorSpec => ({
	...spec,
	topic: 'governance',
	family: 'e-government',
	unit: 'index-0-1',
	unit_en: 'index (0–1)',
	unit_fr: 'indice (0–1)',
	decimals: 4,
	higher_is_better: true,
	valid_min: 0,
	valid_max: 1,
	source_id: 'un-desa-egdi',
	raw: { file: FILES, parse: parseEgdi, code: spec.source_code }
});

export const unDesa: PublisherModule = {
	id: 'un-desa',
	sources: [
		{
			id: 'un-desa-egdi',
			publisher: 'United Nations Department of Economic and Social Affairs (UN DESA)',
			publisher_fr: 'Département des affaires économiques et sociales de l’ONU (DAES)',
			dataset: 'United Nations E-Government Survey: E-Government Development Index and components, 2010–2024',
			dataset_fr: 'Étude des Nations Unies sur l’administration en ligne : indice de développement de l’administration en ligne (EGDI) et ses composantes, 2010–2024',
			url: 'https://publicadministration.un.org/egovkb/en-us/Data-Center',
			licence: 'UN DESA terms of use (free use with attribution)',
			licence_fr: 'conditions d’utilisation du DAES de l’ONU (libre utilisation avec citation de la source)',
			licence_url: 'https://www.un.org/en/about-us/terms-of-use',
			retrieved: '2024-09-17',
			citation:
				'United Nations Department of Economic and Social Affairs (2010–2024). United Nations E-Government Survey, E-Government Development Index (EGDI), Online Service, Human Capital, Telecommunication Infrastructure and E-Participation indices. UN E-Government Knowledgebase Data Center, https://publicadministration.un.org/egovkb/en-us/Data-Center.',
			via: '2024: MaryliaCruzS/Estadistica1CienciaPolitica EGOV_DATA_2024.csv @ c22aa0b (commit date not recorded; not earlier than the 2024 Survey’s release, 2024-09-17; headers renamed, Region column added by the copy’s author); 2022: pluralitybook/plurality figs/data/egovernment/EGOV_DATA_2022.csv @ 8615885 (file last changed 2024-03-16); 2010–2018: UNU-EGOV/datasets egdi/egdi-<year>.csv @ 3b9c435'
		}
	],
	indicators: [
		index({
			id: 'egdi',
			source_code: 'EGDI',
			name_en: 'E-Government Development Index (EGDI)',
			name_fr: 'Indice de développement de l’administration en ligne (EGDI)',
			description_en:
				'UN DESA’s measure of a country’s capacity to deliver public services online: the average of the online service, human capital and telecommunication infrastructure indices, from 0 to 1.',
			description_fr:
				'Mesure, par le DAES de l’ONU, de la capacité d’un pays à offrir des services publics en ligne : moyenne des indices des services en ligne, du capital humain et des infrastructures de télécommunication, de 0 à 1.',
			notes: `${COMMON_NOTES} Somalia’s 2010 index is published as 0.`
		}),
		index({
			id: 'egov-osi',
			source_code: 'OSI',
			name_en: 'Online Service Index (OSI)',
			name_fr: 'Indice des services en ligne (OSI)',
			description_en:
				'Scope and quality of a government’s online services, as assessed by UN DESA on national portals and ministry websites; one of the three components of the EGDI.',
			description_fr:
				'Étendue et qualité des services en ligne de l’administration, évaluées par le DAES de l’ONU sur les portails nationaux et les sites des ministères ; l’une des trois composantes de l’EGDI.',
			notes: COMMON_NOTES
		}),
		index({
			id: 'egov-hci',
			source_code: 'HCI',
			name_en: 'Human Capital Index (HCI, e-government)',
			name_fr: 'Indice du capital humain (HCI, administration en ligne)',
			description_en:
				'UN DESA’s education index within the EGDI, combining adult literacy, school enrolment and years of schooling; not the World Bank’s Human Capital Index.',
			description_fr:
				'Indice d’éducation du DAES de l’ONU au sein de l’EGDI, combinant alphabétisation des adultes, scolarisation et années d’études ; distinct de l’indice du capital humain de la Banque mondiale.',
			notes: `${COMMON_NOTES} Somalia has no value for 2010.`
		}),
		index({
			id: 'egov-tii',
			source_code: 'TII',
			name_en: 'Telecommunication Infrastructure Index (TII)',
			name_fr: 'Indice des infrastructures de télécommunication (TII)',
			description_en:
				'UN DESA’s index of telecommunication infrastructure within the EGDI, built from ITU data on Internet use and mobile and broadband subscriptions.',
			description_fr:
				'Indice des infrastructures de télécommunication du DAES de l’ONU au sein de l’EGDI, construit à partir des données de l’UIT sur l’usage d’Internet et les abonnements mobiles et haut débit.',
			notes: COMMON_NOTES
		}),
		index({
			id: 'egov-epi',
			source_code: 'EPI',
			name_en: 'E-Participation Index (EPI)',
			name_fr: 'Indice de participation en ligne (EPI)',
			description_en:
				'How far a government uses online tools to inform, consult and involve citizens in decisions, as assessed by UN DESA; published with the EGDI but not part of it.',
			description_fr:
				'Mesure, par le DAES de l’ONU, de l’usage que fait l’administration des outils en ligne pour informer, consulter et associer les citoyens aux décisions ; publié avec l’EGDI sans en faire partie.',
			notes: COMMON_NOTES
		})
	],
	fetch: fetchEgdi
};
