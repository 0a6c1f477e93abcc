/**
 * UI text in English and French. `defineMessages` makes the French set match the English one key for
 * key (and each function its signature), so a missing translation is a type error, not a blank.
 */
import type { Locale } from './locales';

export type Messages<T> = Record<Locale, T>;

export function defineMessages<T>(en: T, fr: NoInfer<T>): Messages<T> {
	return { en, fr };
}

export const common = defineMessages(
	{
		siteName: 'Smart Africa ICT Indicators',
		siteTagline: 'Digital connectivity and education-by-digital across the Smart Africa Alliance',
		skipToContent: 'Skip to content',
		navLabel: 'Main',
		nav: { home: 'Home', indicators: 'Indicators', sources: 'Sources' },
		topics: {
			connectivity: 'Connectivity',
			'education-digital': 'Education by digital',
			education: 'Education',
			governance: 'E-government',
			economy: 'Economy and population'
		} as Record<string, string>,
		languageName: 'English',
		otherLanguage: { name: 'Français', label: 'Lire cette page en français', lang: 'fr' },
		footerSources: 'Sources, licences and method',
		footerLicence:
			'Every figure names its publisher and licence. Curated tables and code are open; the data keep their sources’ licences.',
		footerData: 'Data files (Parquet, manifest)',
		noticeHeading: 'Some settings in the address were not understood',
		dismiss: 'Dismiss'
	},
	{
		siteName: 'Indicateurs TIC Smart Africa',
		siteTagline: 'Connectivité numérique et éducation par le numérique dans l’Alliance Smart Africa',
		skipToContent: 'Aller au contenu',
		navLabel: 'Principale',
		nav: { home: 'Accueil', indicators: 'Indicateurs', sources: 'Sources' },
		topics: {
			connectivity: 'Connectivité',
			'education-digital': 'Éducation par le numérique',
			education: 'Éducation',
			governance: 'Administration en ligne',
			economy: 'Économie et population'
		} as Record<string, string>,
		languageName: 'Français',
		otherLanguage: { name: 'English', label: 'Read this page in English', lang: 'en' },
		footerSources: 'Sources, licences et méthode',
		footerLicence:
			'Chaque chiffre indique son éditeur et sa licence. Les tables et le code sont ouverts ; les données gardent la licence de leur source.',
		footerData: 'Fichiers de données (Parquet, manifeste)',
		noticeHeading: 'Certains paramètres de l’adresse n’ont pas été compris',
		dismiss: 'Fermer'
	}
);

export const notices = defineMessages(
	{
		unknownParam: (param: string) => `“${param}” is not a setting of this page; it was ignored.`,
		unknownCountry: (value: string) => `“${value}” is not the code of an African Union member state; it was ignored.`,
		tooMany: (max: number) => `At most ${max} countries can be highlighted; the others were ignored.`,
		badYear: (value: string, first: number, last: number, fallback: number) =>
			`“${value}” is not a year between ${first} and ${last}; showing ${fallback}.`
	},
	{
		unknownParam: (param: string) => `« ${param} » n’est pas un réglage de cette page ; il a été ignoré.`,
		unknownCountry: (value: string) => `« ${value} » n’est pas le code d’un État membre de l’Union africaine ; il a été ignoré.`,
		tooMany: (max: number) => `${max} pays au plus peuvent être mis en évidence ; les autres ont été ignorés.`,
		badYear: (value: string, first: number, last: number, fallback: number) =>
			`« ${value} » n’est pas une année comprise entre ${first} et ${last} ; affichage de ${fallback}.`
	}
);

export const engine = defineMessages(
	{
		starting: 'Loading the query engine (about 5 MB, once per visit)…',
		updating: 'Updating…',
		failed: (reason: string) => `The query engine could not start (${reason}). The charts show the default view.`,
		retry: 'Try again'
	},
	{
		starting: 'Chargement du moteur de requêtes (environ 5 Mo, une fois par visite)…',
		updating: 'Mise à jour…',
		failed: (reason: string) => `Le moteur de requêtes n’a pas pu démarrer (${reason}). Les graphiques montrent la vue par défaut.`,
		retry: 'Réessayer'
	}
);

export const source = defineMessages(
	{
		source: 'Source',
		licence: 'Licence',
		retrieved: 'retrieved',
		seriesCode: 'series',
		citation: 'Cite as'
	},
	{
		source: 'Source',
		licence: 'Licence',
		retrieved: 'consulté le',
		seriesCode: 'série',
		citation: 'Citer ainsi'
	}
);

export const indicatorPage = defineMessages(
	{
		overTime: (name: string, first: number, last: number) => `${name}, ${first}–${last}`,
		overTimeDescription: (countries: number, first: number, last: number, highlighted: string) =>
			`Lines for ${countries} African countries from ${first} to ${last}, others in grey. ${highlighted}`,
		highlightedLatest: (items: string) => `Latest values of the highlighted countries: ${items}.`,
		noneHighlighted: 'No country is highlighted.',
		ranking: (name: string, year: number) => `${name}: ranking of African countries, ${year}`,
		rankingDescription: (year: number, top: string, bottom: string, missing: number) =>
			`In ${year}, ${top} ranked first and ${bottom} last; ${missing} countries have no value for that year.`,
		coverage: (n: number, total: number, year: number) => `${n} of ${total} countries have a value for ${year}.`,
		rankingLatest: (name: string, year: number) => `${name}: latest value of each African country, up to ${year}`,
		coverageLatest: (n: number, total: number, year: number) =>
			`Countries report in different years: each is shown with its latest value up to ${year} (the year is given beside the value). ${n} of ${total} countries have one.`,
		noDataFor: (year: number) => `No data for ${year}:`,
		noDataUpTo: (year: number) => `No data up to ${year}:`,
		unit: 'Unit',
		seriesCode: 'Publisher’s series code',
		curationNotes: 'Curation notes (in English)',
		citation: 'Cite as',
		controls: 'Choose what to show',
		highlight: 'Highlighted countries',
		addCountry: 'Add a country',
		addCountryPlaceholder: 'Add a country…',
		remove: (name: string) => `Remove ${name}`,
		year: 'Year of the ranking',
		needsJs: 'Changing the view needs JavaScript; the default view is shown.',
		keyboardHint: 'Use the left and right arrow keys to read the values of each year.',
		tableByYear: 'Highlighted countries, by year',
		tableRanking: (year: number) => `All countries, ${year}`,
		tableRankingLatest: (year: number) => `All countries, latest value up to ${year}`,
		country: 'Country',
		rank: 'Rank',
		year_: 'Year',
		value: (unit: string) => `Value (${unit})`,
		sortBy: (column: string) => `Sort by ${column}`,
		definition: 'Definition',
		regions: { north: 'North Africa', west: 'West Africa', central: 'Central Africa', east: 'East Africa', southern: 'Southern Africa' } as Record<string, string>
	},
	{
		overTime: (name: string, first: number, last: number) => `${name}, ${first}–${last}`,
		overTimeDescription: (countries: number, first: number, last: number, highlighted: string) =>
			`Courbes de ${countries} pays africains de ${first} à ${last}, les autres en gris. ${highlighted}`,
		highlightedLatest: (items: string) => `Dernières valeurs des pays mis en évidence : ${items}.`,
		noneHighlighted: 'Aucun pays n’est mis en évidence.',
		ranking: (name: string, year: number) => `${name} : classement des pays africains, ${year}`,
		rankingDescription: (year: number, top: string, bottom: string, missing: number) =>
			`En ${year}, ${top} arrive en tête et ${bottom} en dernier ; ${missing} pays n’ont pas de valeur pour cette année.`,
		coverage: (n: number, total: number, year: number) => `${n} pays sur ${total} ont une valeur pour ${year}.`,
		rankingLatest: (name: string, year: number) => `${name} : dernière valeur de chaque pays africain, jusqu’à ${year}`,
		coverageLatest: (n: number, total: number, year: number) =>
			`Les pays publient à des années différentes : chacun figure avec sa dernière valeur jusqu’à ${year} (l’année est indiquée à côté de la valeur). ${n} pays sur ${total} en ont une.`,
		noDataFor: (year: number) => `Pas de données pour ${year} :`,
		noDataUpTo: (year: number) => `Pas de données jusqu’à ${year} :`,
		unit: 'Unité',
		seriesCode: 'Code de la série chez l’éditeur',
		curationNotes: 'Notes de curation (en anglais)',
		citation: 'Citer ainsi',
		controls: 'Choisir l’affichage',
		highlight: 'Pays mis en évidence',
		addCountry: 'Ajouter un pays',
		addCountryPlaceholder: 'Ajouter un pays…',
		remove: (name: string) => `Retirer ${name}`,
		year: 'Année du classement',
		needsJs: 'Changer la vue nécessite JavaScript ; la vue par défaut est affichée.',
		keyboardHint: 'Utilisez les flèches gauche et droite pour lire les valeurs de chaque année.',
		tableByYear: 'Pays mis en évidence, par année',
		tableRanking: (year: number) => `Tous les pays, ${year}`,
		tableRankingLatest: (year: number) => `Tous les pays, dernière valeur jusqu’à ${year}`,
		country: 'Pays',
		rank: 'Rang',
		year_: 'Année',
		value: (unit: string) => `Valeur (${unit})`,
		sortBy: (column: string) => `Trier par ${column}`,
		definition: 'Définition',
		regions: { north: 'Afrique du Nord', west: 'Afrique de l’Ouest', central: 'Afrique centrale', east: 'Afrique de l’Est', southern: 'Afrique australe' } as Record<string, string>
	}
);

export const sourcesPage = defineMessages(
	{
		title: 'Sources, licences and method',
		intro:
			'Every number on this site comes from a published source, copied as published: no interpolation, no estimates of our own. A missing value is shown as missing. Each indicator comes from exactly one source, named under every chart and in every download.',
		membersNote: (members: number) =>
			`“Members” means the ${members} countries the sources show as members of the Smart Africa Alliance (including one reported without confirmation); a country still in process is not counted.`,
		licence: 'Licence',
		retrieved: 'Retrieved',
		via: 'Copy used',
		citation: 'Cite as',
		indicator: 'Indicator',
		code: 'Series',
		countries: 'Countries with data',
		years: 'Years',
		recent: (since: number) => `Members with a value since ${since}`,
		coverageCaption: (publisher: string) => `Indicators from ${publisher} and their coverage`,
		files: 'Data files',
		filesIntro: (version: string) =>
			`Dataset version ${version}. The tables are published as Parquet files with a manifest (rows, bytes and SHA-256 of each file):`,
		noData: 'no data'
	},
	{
		title: 'Sources, licences et méthode',
		intro:
			'Chaque chiffre de ce site provient d’une source publiée, repris tel que publié : ni interpolation, ni estimation de notre part. Une valeur manquante est affichée comme manquante. Chaque indicateur provient d’une seule source, citée sous chaque graphique et dans chaque téléchargement.',
		membersNote: (members: number) =>
			`Les « membres » sont les ${members} pays que les sources présentent comme membres de l’Alliance Smart Africa (dont un signalé sans confirmation) ; un pays dont l’adhésion est en cours n’est pas compté.`,
		licence: 'Licence',
		retrieved: 'Consulté le',
		via: 'Copie utilisée',
		citation: 'Citer ainsi',
		indicator: 'Indicateur',
		code: 'Série',
		countries: 'Pays couverts',
		years: 'Années',
		recent: (since: number) => `Membres ayant une valeur depuis ${since}`,
		coverageCaption: (publisher: string) => `Indicateurs de ${publisher} et leur couverture`,
		files: 'Fichiers de données',
		filesIntro: (version: string) =>
			`Version du jeu de données ${version}. Les tables sont publiées en fichiers Parquet avec un manifeste (lignes, octets et SHA-256 de chaque fichier) :`,
		noData: 'pas de données'
	}
);

export const indicatorsPage = defineMessages(
	{
		title: 'Indicators',
		intro: (n: number) =>
			`${n} indicators on connectivity, education by digital, education, e-government and the economy of the 55 African Union member states, each from one published source.`,
		filter: 'Filter indicators',
		filterPlaceholder: 'Type a word, e.g. schools, mobile, price…',
		shown: (n: number, total: number) => `${n} of ${total} indicators shown`,
		countries: (n: number, total: number) => `${n}/${total} countries`,
		noData: 'no data'
	},
	{
		title: 'Indicateurs',
		intro: (n: number) =>
			`${n} indicateurs sur la connectivité, l’éducation par le numérique, l’éducation, l’administration en ligne et l’économie des 55 États membres de l’Union africaine, chacun tiré d’une source publiée.`,
		filter: 'Filtrer les indicateurs',
		filterPlaceholder: 'Tapez un mot, p. ex. écoles, mobile, prix…',
		shown: (n: number, total: number) => `${n} indicateurs affichés sur ${total}`,
		countries: (n: number, total: number) => `${n}/${total} pays`,
		noData: 'pas de données'
	}
);
