/**
 * Text of the projects pages (/projects and /projects/<id>), and the explicit French for the free-text
 * values the project tables use (kinds, countries' roles, phases). The project texts themselves
 * (summary, status, notes, beneficiaries as stated) have their French in the curated tables (see
 * scripts/catalog/facts-text.ts). Every value of the data is covered by a table here;
 * src/lib/queries/projects.test.ts fails when one is missing.
 */
import { formatList, formatNumber } from '../format';
import type { Locale } from '../locales';
import { defineMessages } from './define';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };
const usdShort = new Map<Locale, Intl.NumberFormat>();

/**
 * A stated amount in US dollars, short: `US$56.6m` / `56,6 M $US` (three significant digits). The
 * symbol says "US": a bare `$` is ambiguous across Africa's dollar-named currencies.
 */
export function formatUsdShort(locale: Locale, value: number): string {
	let format = usdShort.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(INTL_LOCALE[locale], {
			style: 'currency',
			currency: 'USD',
			currencyDisplay: 'symbol',
			notation: 'compact',
			maximumSignificantDigits: 3
		});
		usdShort.set(locale, format);
	}
	return format.format(value);
}

/** A stated amount in full: `US$56,600,000` / `56 600 000 $US`. */
export function formatUsdFull(locale: Locale, value: number): string {
	return locale === 'fr' ? `${formatNumber(locale, value, 0)} $US` : `US$${formatNumber(locale, value, 0)}`;
}

/** French for each kind of project in the data (English pages show the kind as the sources give it). */
export const KIND_FR: Record<string, string> = {
	infrastructure: 'infrastructure',
	'infrastructure/policy': 'infrastructure et politique publique',
	'infrastructure / digital integration': 'infrastructure et intégration numérique',
	'rural connectivity': 'connectivité rurale',
	'telecom policy': 'politique des télécommunications',
	'education connectivity': 'connexion des écoles',
	education: 'éducation',
	'education / digital literacy': 'éducation et alphabétisation numérique',
	skills: 'compétences',
	'skills / TVET': 'compétences et formation professionnelle',
	'skills / training of trainers': 'compétences et formation de formateurs',
	'skills / fablabs': 'compétences et fab labs',
	'skills / innovation': 'compétences et innovation',
	'e-government': 'administration en ligne',
	'digital identity / data': 'identité numérique et données',
	statistics: 'statistiques',
	cybersecurity: 'cybersécurité',
	'policy / e-commerce': 'politique publique et commerce électronique',
	'digital economy': 'économie numérique',
	'umbrella programme': 'programme-cadre',
	industry: 'industrie',
	entrepreneurship: 'entrepreneuriat',
	fintech: 'technologie financière',
	'SME technology extension': 'appui technologique aux PME',
	AI: 'intelligence artificielle',
	'smart cities': 'villes intelligentes',
	'energy/environment': 'énergie et environnement',
	energy: 'énergie',
	'blue economy': 'économie bleue',
	agriculture: 'agriculture'
};

/** French for each role a country plays in a project, as project_countries.csv states it. */
export const ROLE_FR: Record<string, string> = {
	recipient: 'bénéficiaire du financement',
	'implementer/beneficiary': 'maître d’œuvre et bénéficiaire',
	champion: 'pays champion',
	'national academy launched': 'académie nationale lancée',
	'national academy planned': 'académie nationale prévue',
	'pilot (East Africa)': 'pilote (Afrique de l’Est)',
	'pilot extension (West Africa)': 'extension du pilote (Afrique de l’Ouest)',
	'interested member': 'membre intéressé',
	'foundation signatory': 'signataire fondateur',
	'beneficiary country': 'pays bénéficiaire',
	beneficiary: 'bénéficiaire',
	'host + participants': 'hôte et participants',
	'participants (Blolab)': 'participants (Blolab)',
	'participants (Sahel Fablab)': 'participants (Sahel Fablab)',
	'participants (Minodoo)': 'participants (Minodoo)',
	implementer: 'maître d’œuvre',
	'pilot host': 'hôte du pilote',
	'deployment country': 'pays de déploiement',
	'country joined Nov 2023': 'pays entré en novembre 2023',
	'lead country for Africa': 'pays chef de file pour l’Afrique'
};

/** French for the phases that are words rather than codes (APL1A, SOP3 and years read the same). */
export const PHASE_FR: Record<string, string> = {
	'APL2 additional financing 2021': 'APL2, financement additionnel de 2021',
	'pilot 2015-2017': 'pilote 2015-2017'
};

/** A phase that needs no translation: a programme's code (APL1A, SOP3) or a span of years. */
export const isPhaseCode = (phase: string) => /^[A-Z0-9]+$/.test(phase) || /^\d{4}-\d{4}$/.test(phase);

/** A free-text value in the page's language when a table has it; otherwise as stated, marked English. */
export function localText(locale: Locale, table: Record<string, string>, value: string): { text: string; lang?: 'en' } {
	if (locale === 'en') return { text: value };
	const french = table[value];
	return french ? { text: french } : { text: value, lang: 'en' };
}

export const projectsText = defineMessages(
	{
		title: 'Flagship digital projects',
		lede: 'Regional backbones and submarine cables, school networks, the Smart Africa Alliance’s flagship programmes and their champion countries, and national digital-education programmes: when they ran, where and for how much, as the sources state it. Every figure links to its source; facts that could not be verified are flagged.',
		/** Punctuation between parts of a sentence (French puts a narrow space before ; and :). */
		colon: ': ',
		semicolon: '; ',
		summary: (entries: number, projects: number, phases: number, programmes: string[]) =>
			`${entries} entries: ${projects} projects and programmes, and ${phases} phases of ${programmes.length === 1 ? 'one programme' : `${programmes.length} programmes`} (${formatList('en', programmes)}).`,
		summaryFacts: (amounts: number, dated: number, uncertain: number, countries: number) =>
			`${amounts} state an amount in US dollars and ${dated} a start date; ${uncertain} are flagged as uncertain. ${countries} African Union member states take part in at least one.`,
		amountsNote:
			'Amounts are shown for each project in US dollars as its source states them, and never added up: they mix programme envelopes, phases, grants and credits, and some were converted from other currencies by the source.',
		filters: 'Filter the projects',
		kind: 'Kind',
		allKinds: 'All kinds',
		country: 'Country',
		allCountries: 'All countries',
		status: 'Status',
		allStatuses: 'All statuses',
		clear: 'Show all projects',
		needsJs: 'Filtering needs JavaScript; all projects are shown.',
		filtered: (shown: number, total: number) => `Showing ${shown} of ${total} entries.`,
		contextNote: 'A programme shown in grey does not match itself; it is there for its matching phases.',
		noMatch: 'No project matches these filters.',
		kindGroups: {
			connectivity: 'Connectivity and infrastructure',
			education: 'Education',
			skills: 'Digital skills and training',
			governance: 'E-government, data and policy',
			economy: 'Digital economy and innovation',
			sectors: 'Cities, energy, agriculture, environment'
		} as Record<string, string>,
		statuses: {
			active: 'Ongoing',
			'partly-closed': 'Partly closed',
			closed: 'Closed',
			announced: 'Announced or signed',
			'not-stated': 'Status not stated'
		} as Record<string, string>,
		timelineTitle: 'The projects over time',
		timelineDescription: (entries: number, first: number, last: number, open: number, undated: number) =>
			`A timeline of ${entries} projects and phases from ${first} to ${last}. ${open} have no end date in the sources and are drawn to today, fading; ${undated} have no dates at all.`,
		keyboardHint: 'Each name is a link to the project’s page; the up and down arrow keys move between rows.',
		today: 'Today',
		undated: 'dates not stated',
		legendImprecise: 'date known only to the year or month',
		legendOpen: 'no end stated: drawn to today',
		legendPlanned: 'after today: planned',
		legendToday: 'today (data built)',
		flagUncertain: 'uncertain',
		ongoing: 'ongoing',
		endNotStated: 'end not stated',
		startNotStated: 'start not stated',
		datesNotStated: 'dates not stated',
		mapTitle: 'Countries by number of projects',
		mapTitleFiltered: 'Countries by number of projects shown',
		mapDescription: (listed: number, top: string) =>
			`A map of the 55 African Union member states, shaded by the number of projects each takes part in: ${listed} take part in at least one; the most: ${top}.`,
		mapLegend: { 0: 'None listed', 1: '1 project', 2: '2 projects', 3: '3 or 4 projects', 5: '5 projects or more' } as Record<number, string>,
		mapLegendTitle: 'Projects per country',
		mapNote: 'A programme’s phases count once. Each country links to its profile.',
		projectCount: (n: number) => (n === 0 ? 'No project listed' : n === 1 ? '1 project' : `${n} projects`),
		tableTitle: 'The projects, with their amounts and sources',
		colProject: 'Project',
		colKind: 'Kind',
		colDates: 'Dates',
		colStatus: 'Status',
		colAmount: 'Amount (US$)',
		colCountries: 'Countries',
		colSource: 'Source',
		colUncertain: 'Uncertain',
		yes: 'yes',
		no: 'no',
		sortBy: (header: string) => `Sort by ${header}`,
		moreCountries: (names: string[], more: number) => `${names.join(', ')} and ${more} more`,
		moreSources: (n: number) => `+${n} more`,
		topCountries: 'Most projects',
		countryList: (names: string[]) => formatList('en', names),
		phaseOfProgramme: 'A phase of the programme',
		tooltipStatus: (status: string) => `Status: ${status}`,
		tooltipAmount: (amount: string) => `Amount: ${amount}`,
		tooltipCountries: (names: string) => `Countries: ${names}`,
		tooltipUncertain: 'Some facts are uncertain',

		// The project page.
		breadcrumb: 'Breadcrumb',
		projectsLink: 'Projects',
		uncertainTitle: 'Some facts on this page are uncertain',
		uncertainText: 'The sources do not confirm every fact below. The curators’ note says which:',
		aboutHeading: 'About the project',
		factsHeading: 'Facts and figures',
		kindLabel: 'Kind',
		leadLabel: 'Lead organisation',
		funderLabel: 'Funder',
		wbLabel: 'World Bank project',
		wbLink: (id: string) => `${id} on the World Bank’s site`,
		startLabel: 'Start',
		startLabelWb: 'Start (board approval)',
		endLabel: 'End',
		endLabelWb: 'End (closing date)',
		statusLabel: 'Status',
		statusAsStated: 'as stated',
		amountLabel: 'Amount',
		amountAsStated: 'in US dollars as the source states it, not converted',
		amountNotStated: 'not stated',
		beneficiariesLabel: 'Beneficiaries',
		beneficiariesAsStated: 'as stated',
		notesLabel: 'Curators’ note',
		precision: { day: '', month: 'month known, not the day', year: 'year only' } as Record<string, string>,
		notStated: 'not stated',
		ongoingNoEnd: 'no end date stated; the status says it is ongoing',
		noEnd: 'not stated',
		timelineHeading: 'When',
		timelineHeadingFamily: 'The programme and its phases over time',
		familyTimelineDescription: (name: string, n: number) => `A timeline of ${name} and its ${n} phases.`,
		singleTimelineDescription: (name: string, dates: string) => `${name}: ${dates}.`,
		phasesHeading: 'Phases',
		phasesCaption: (name: string) => `Phases of ${name}`,
		countriesHeading: 'Countries taking part',
		countriesMapTitle: (name: string) => `Countries taking part in ${name}`,
		countriesMapDescription: (n: number, names: string) => `A map of Africa: ${n} countries take part: ${names}.`,
		countriesCaption: (name: string) => `Countries taking part in ${name}, their role and amounts`,
		noCountries: 'The sources name no country for this project.',
		notTakingPart: 'Not listed',
		colCountry: 'Country',
		colRole: 'Role',
		colPhase: 'Phase',
		colCountryAmount: 'Amount (US$)',
		countryNotes: 'Notes on the countries',
		countryAmountsNote: 'Amounts per country are those the sources state; a blank means none is stated, not zero.',
		relatedHeading: 'Indicators in the countries taking part',
		relatedIntro: (before: number) =>
			`Each chart follows one indicator in the countries taking part, from ${before} years before the project began to the latest year published, with the project’s period shaded.`,
		relatedIntroUndated: (from: number) => `The project’s dates are not stated, so no period is shaded; the charts start in ${from}.`,
		attribution:
			'Co-movement is not attribution: these indicators move for many reasons, and a rise or fall during the project does not show that the project caused it.',
		relatedNoCountries: 'With no country named for this project, there is no indicator to show.',
		relatedMethod: 'Why these indicators',
		periodLabel: 'project',
		periodLegend: (dates: string) => `Shaded: the project’s period, ${dates}`,
		panelDescription: (name: string, first: number, last: number, period: string, values: string, missing: string) =>
			`${name}, ${first}–${last}${period}. ${values}${missing}`,
		panelPeriod: (dates: string) => `; the project’s period (${dates}) is shaded`,
		panelValues: (items: string) => `${items}.`,
		panelFromTo: (country: string, first: string, last: string) => `${country}: ${first} to ${last}`,
		panelOnly: (country: string, value: string) => `${country}: ${value}`,
		panelMissing: (names: string) => ` No data: ${names}.`,
		panelEmpty: 'No data for these countries in these years.',
		noDataFor: (names: string) => `No data for ${names} in these years.`,
		greyCountries: (n: number) => `The first 8 countries are drawn in colour, the other ${n} in grey; the data tables list them all.`,
		dataTable: 'Data table',
		yearCol: 'Year',
		panelKeyboardHint: 'Use the left and right arrow keys to read the values of each year.',
		logScale: 'logarithmic scale',
		sourcesHeading: 'Sources',
		sourcesIntro: 'The facts on this page rest on these public sources (each dated as it is dated itself):',
		undatedSource: 'undated',
		noSourceDate: 'no date given',
		circa: 'c.',
		compiledFrom: 'Compiled in',
		licenceOf: (licence: string) => `Compilation licence: ${licence}.`,
		seeIndicator: (name: string) => `${name}: all countries`
	},
	{
		title: 'Projets numériques phares',
		lede: 'Dorsales régionales et câbles sous-marins, réseaux d’établissements scolaires, programmes phares de l’Alliance Smart Africa et leurs pays champions, programmes nationaux d’éducation numérique : quand, où et pour quel montant, selon les sources. Chaque chiffre renvoie à sa source ; les faits qui n’ont pu être vérifiés sont signalés.',
		colon: '\u202f: ',
		semicolon: '\u202f; ',
		summary: (entries: number, projects: number, phases: number, programmes: string[]) =>
			`${entries} entrées : ${projects} projets et programmes, et ${phases} phases ${programmes.length === 1 ? 'd’un programme' : `de ${programmes.length} programmes`} (${formatList('fr', programmes)}).`,
		summaryFacts: (amounts: number, dated: number, uncertain: number, countries: number) =>
			`${amounts} indiquent un montant en dollars US et ${dated} une date de début ; ${uncertain} sont signalées comme incertaines. ${countries} États membres de l’Union africaine participent à au moins une.`,
		amountsNote:
			'Les montants sont donnés projet par projet, en dollars US tels que la source les indique, et jamais additionnés : ils mêlent enveloppes de programme, phases, dons et crédits, et certains ont été convertis d’autres devises par la source.',
		filters: 'Filtrer les projets',
		kind: 'Type',
		allKinds: 'Tous les types',
		country: 'Pays',
		allCountries: 'Tous les pays',
		status: 'Statut',
		allStatuses: 'Tous les statuts',
		clear: 'Afficher tous les projets',
		needsJs: 'Le filtrage nécessite JavaScript ; tous les projets sont affichés.',
		filtered: (shown: number, total: number) => `${shown} entrées affichées sur ${total}.`,
		contextNote: 'Un programme affiché en gris ne correspond pas lui-même aux filtres ; il figure pour ses phases qui y correspondent.',
		noMatch: 'Aucun projet ne correspond à ces filtres.',
		kindGroups: {
			connectivity: 'Connectivité et infrastructures',
			education: 'Éducation',
			skills: 'Compétences numériques et formation',
			governance: 'Administration en ligne, données et politiques',
			economy: 'Économie numérique et innovation',
			sectors: 'Villes, énergie, agriculture, environnement'
		} as Record<string, string>,
		statuses: {
			active: 'En cours',
			'partly-closed': 'Clos en partie',
			closed: 'Clos',
			announced: 'Annoncé ou signé',
			'not-stated': 'Statut non indiqué'
		} as Record<string, string>,
		timelineTitle: 'Les projets dans le temps',
		timelineDescription: (entries: number, first: number, last: number, open: number, undated: number) =>
			`Chronologie de ${entries} projets et phases de ${first} à ${last}. ${open} n’ont pas de date de fin dans les sources et sont tracés jusqu’à aujourd’hui, en s’estompant ; ${undated} n’ont aucune date.`,
		keyboardHint: 'Chaque nom est un lien vers la page du projet ; les flèches haut et bas permettent de passer d’une ligne à l’autre.',
		today: 'Aujourd’hui',
		undated: 'dates non indiquées',
		legendImprecise: 'date connue seulement à l’année ou au mois',
		legendOpen: 'fin non indiquée : tracé jusqu’à aujourd’hui',
		legendPlanned: 'après aujourd’hui : prévu',
		legendToday: 'aujourd’hui (date des données)',
		flagUncertain: 'incertain',
		ongoing: 'en cours',
		endNotStated: 'fin non indiquée',
		startNotStated: 'début non indiqué',
		datesNotStated: 'dates non indiquées',
		mapTitle: 'Pays selon le nombre de projets',
		mapTitleFiltered: 'Pays selon le nombre de projets affichés',
		mapDescription: (listed: number, top: string) =>
			`Carte des 55 États membres de l’Union africaine, teintés selon le nombre de projets auxquels chacun participe : ${listed} participent à au moins un ; le plus grand nombre : ${top}.`,
		mapLegend: { 0: 'Aucun projet recensé', 1: '1 projet', 2: '2 projets', 3: '3 ou 4 projets', 5: '5 projets ou plus' } as Record<number, string>,
		mapLegendTitle: 'Projets par pays',
		mapNote: 'Les phases d’un programme comptent pour un. Chaque pays renvoie à son profil.',
		projectCount: (n: number) => (n === 0 ? 'Aucun projet recensé' : n === 1 ? '1 projet' : `${n} projets`),
		tableTitle: 'Les projets, avec leurs montants et leurs sources',
		colProject: 'Projet',
		colKind: 'Type',
		colDates: 'Dates',
		colStatus: 'Statut',
		colAmount: 'Montant ($US)',
		colCountries: 'Pays',
		colSource: 'Source',
		colUncertain: 'Incertain',
		yes: 'oui',
		no: 'non',
		sortBy: (header: string) => `Trier par ${header}`,
		moreCountries: (names: string[], more: number) => `${names.join(', ')} et ${more} autres`,
		moreSources: (n: number) => `+${n} autre${n > 1 ? 's' : ''}`,
		topCountries: 'Le plus de projets',
		countryList: (names: string[]) => formatList('fr', names),
		phaseOfProgramme: 'Une phase du programme',
		tooltipStatus: (status: string) => `Statut : ${status}`,
		tooltipAmount: (amount: string) => `Montant : ${amount}`,
		tooltipCountries: (names: string) => `Pays : ${names}`,
		tooltipUncertain: 'Certains faits sont incertains',

		breadcrumb: 'Fil d’Ariane',
		projectsLink: 'Projets',
		uncertainTitle: 'Certains faits de cette page sont incertains',
		uncertainText: 'Les sources ne confirment pas tous les faits ci-dessous. La note des rédacteurs précise lesquels :',
		aboutHeading: 'Le projet',
		factsHeading: 'Faits et chiffres',
		kindLabel: 'Type',
		leadLabel: 'Organisation chef de file',
		funderLabel: 'Bailleur',
		wbLabel: 'Projet de la Banque mondiale',
		wbLink: (id: string) => `${id} sur le site de la Banque mondiale`,
		startLabel: 'Début',
		startLabelWb: 'Début (approbation du conseil)',
		endLabel: 'Fin',
		endLabelWb: 'Fin (date de clôture)',
		statusLabel: 'Statut',
		statusAsStated: 'tel qu’indiqué',
		amountLabel: 'Montant',
		amountAsStated: 'en dollars US tel que la source l’indique, non converti',
		amountNotStated: 'non indiqué',
		beneficiariesLabel: 'Bénéficiaires',
		beneficiariesAsStated: 'tels qu’indiqués',
		notesLabel: 'Note des rédacteurs',
		precision: { day: '', month: 'mois connu, pas le jour', year: 'année seulement' } as Record<string, string>,
		notStated: 'non indiqué',
		ongoingNoEnd: 'aucune date de fin indiquée ; le statut le dit en cours',
		noEnd: 'non indiquée',
		timelineHeading: 'Quand',
		timelineHeadingFamily: 'Le programme et ses phases dans le temps',
		familyTimelineDescription: (name: string, n: number) => `Chronologie de ${name} et de ses ${n} phases.`,
		singleTimelineDescription: (name: string, dates: string) => `${name} : ${dates}.`,
		phasesHeading: 'Phases',
		phasesCaption: (name: string) => `Phases\u202f: ${name}`,
		countriesHeading: 'Pays participants',
		countriesMapTitle: (name: string) => `Pays participant à ${name}`,
		countriesMapDescription: (n: number, names: string) => `Carte de l’Afrique : ${n} pays participent : ${names}.`,
		countriesCaption: (name: string) => `Pays participant à ${name}, leur rôle et les montants`,
		noCountries: 'Les sources ne citent aucun pays pour ce projet.',
		notTakingPart: 'Non cité',
		colCountry: 'Pays',
		colRole: 'Rôle',
		colPhase: 'Phase',
		colCountryAmount: 'Montant ($US)',
		countryNotes: 'Notes sur les pays',
		countryAmountsNote: 'Les montants par pays sont ceux qu’indiquent les sources ; une case vide signifie qu’aucun n’est indiqué, pas zéro.',
		relatedHeading: 'Indicateurs dans les pays participants',
		relatedIntro: (before: number) =>
			`Chaque graphique suit un indicateur dans les pays participants, de ${before} ans avant le début du projet à la dernière année publiée ; la période du projet est grisée.`,
		relatedIntroUndated: (from: number) => `Les dates du projet ne sont pas indiquées : aucune période n’est grisée ; les graphiques commencent en ${from}.`,
		attribution:
			'Évoluer ensemble n’est pas être la cause : ces indicateurs varient pour bien des raisons, et une hausse ou une baisse pendant le projet ne montre pas que le projet en est la cause.',
		relatedNoCountries: 'Aucun pays n’étant cité pour ce projet, il n’y a pas d’indicateur à montrer.',
		relatedMethod: 'Pourquoi ces indicateurs',
		periodLabel: 'projet',
		periodLegend: (dates: string) => `En gris : la période du projet, ${dates}`,
		panelDescription: (name: string, first: number, last: number, period: string, values: string, missing: string) =>
			`${name}, ${first}–${last}${period}. ${values}${missing}`,
		panelPeriod: (dates: string) => ` ; la période du projet (${dates}) est grisée`,
		panelValues: (items: string) => `${items}.`,
		panelFromTo: (country: string, first: string, last: string) => `${country} : de ${first} à ${last}`,
		panelOnly: (country: string, value: string) => `${country} : ${value}`,
		panelMissing: (names: string) => ` Pas de données : ${names}.`,
		panelEmpty: 'Pas de données pour ces pays sur ces années.',
		noDataFor: (names: string) => `Pas de données pour ${names} sur ces années.`,
		greyCountries: (n: number) => `Les 8 premiers pays sont en couleur, les ${n} autres en gris ; les tableaux de données les donnent tous.`,
		dataTable: 'Tableau de données',
		yearCol: 'Année',
		panelKeyboardHint: 'Les flèches gauche et droite permettent de lire les valeurs de chaque année.',
		logScale: 'échelle logarithmique',
		sourcesHeading: 'Sources',
		sourcesIntro: 'Les faits de cette page reposent sur ces sources publiques (chacune datée comme elle l’est elle-même) :',
		undatedSource: 'non daté',
		noSourceDate: 'date non indiquée',
		circa: 'vers',
		compiledFrom: 'Compilé dans',
		licenceOf: (licence: string) => `Licence de la compilation : ${licence}.`,
		seeIndicator: (name: string) => `${name} : tous les pays`
	}
);

/** Why each set of related indicators was chosen, for the note under the charts. */
export const relatedSetReasons = defineMessages(
	{
		backbone: 'Backbones and cables aim to widen access and cut costs: Internet use, international bandwidth and broadband subscriptions.',
		schoolIntranet: 'A school intranet with connected rooms: schools with the Internet and with computers, secondary enrolment, and Internet use.',
		schoolConnectivity: 'Connecting schools: schools with the Internet at each level, and children with the Internet at home.',
		education: 'Education and e-learning: upper-secondary schools with the Internet and computers, children with the Internet at home, Internet use.',
		skills: 'Digital skills and training: young people’s measured ICT skills, the GSMA basic-skills score, tertiary enrolment and Internet use.',
		governance: 'E-government, identity and data: the UN e-government indices, Internet use and mobile broadband.',
		cybersecurity: 'Cybersecurity: secure Internet servers, the GSMA online-security score and Internet use.',
		mobileMarket: 'Roaming and telecom policy: mobile and mobile-broadband subscriptions, affordability and Internet use.',
		rural: 'Rural connectivity and agriculture: 3G and 4G coverage, rural access to electricity and Internet use.',
		energy: 'Energy and environment: access to electricity (all and rural) and Internet use.',
		cities: 'Smart cities: urban population, 4G coverage, Internet use and fixed broadband.',
		economy: 'Digital economy: Internet use, mobile broadband, secure servers and the GSMA connectivity index.',
		default: 'Internet use and mobile broadband, for context.'
	} as Record<string, string>,
	{
		backbone: 'Dorsales et câbles visent à élargir l’accès et à baisser les coûts : usage d’Internet, bande passante internationale et abonnements au haut débit.',
		schoolIntranet: 'Un intranet scolaire avec des salles connectées : établissements avec Internet et avec des ordinateurs, scolarisation secondaire, usage d’Internet.',
		schoolConnectivity: 'Connecter les écoles : établissements avec Internet à chaque niveau, et enfants ayant Internet à la maison.',
		education: 'Éducation et formation en ligne : lycées avec Internet et ordinateurs, enfants ayant Internet à la maison, usage d’Internet.',
		skills: 'Compétences numériques et formation : compétences TIC mesurées des jeunes, score de compétences de base de la GSMA, scolarisation dans le supérieur et usage d’Internet.',
		governance: 'Administration en ligne, identité et données : indices d’administration en ligne de l’ONU, usage d’Internet et haut débit mobile.',
		cybersecurity: 'Cybersécurité : serveurs Internet sécurisés, score de sécurité en ligne de la GSMA et usage d’Internet.',
		mobileMarket: 'Itinérance et politique des télécommunications : abonnements mobiles et au haut débit mobile, accessibilité financière et usage d’Internet.',
		rural: 'Connectivité rurale et agriculture : couverture 3G et 4G, accès à l’électricité en zone rurale et usage d’Internet.',
		energy: 'Énergie et environnement : accès à l’électricité (ensemble et zones rurales) et usage d’Internet.',
		cities: 'Villes intelligentes : population urbaine, couverture 4G, usage d’Internet et haut débit fixe.',
		economy: 'Économie numérique : usage d’Internet, haut débit mobile, serveurs sécurisés et indice de connectivité de la GSMA.',
		default: 'Usage d’Internet et haut débit mobile, pour le contexte.'
	} as Record<string, string>
);
