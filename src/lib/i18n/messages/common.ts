import { damagedTable } from '$lib/db/data-file';
import { defineMessages } from './define';

export const common = defineMessages(
	{
		siteName: 'Smart Africa ICT Indicators',
		siteTagline: 'Digital connectivity and education-by-digital across the Smart Africa Alliance',
		skipToContent: 'Skip to content',
		navLabel: 'Main',
		nav: { home: 'Home', indicators: 'Indicators', countries: 'Countries', compare: 'Compare', education: 'Education', projects: 'Projects', data: 'Data', sources: 'Sources' },
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
		nav: { home: 'Accueil', indicators: 'Indicateurs', countries: 'Pays', compare: 'Comparer', education: 'Éducation', projects: 'Projets', data: 'Données', sources: 'Sources' },
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
			`“${value}” is not a year between ${first} and ${last}; showing ${fallback}.`,
		badValue: (param: string, value: string, expected: string) => `“${value}” is not a valid ${param} (expected ${expected}); it was ignored.`,
		repeatedParam: (param: string) => `“${param}” is given more than once; the first value is used.`,
		unknownParams: (count: string, list: string) => `${count} settings are not of this page; they were ignored: ${list}.`,
		unknownCountries: (count: string, list: string) => `${count} codes are not those of African Union member states; they were ignored: ${list}.`,
		unknownIndicators: (count: string, list: string) => `${count} indicator ids are not of this site; they were ignored: ${list}.`,
		unknownIndicator: (value: string) => `“${value}” is not an indicator id of this site; it was ignored.`,
		/** The first few names a grouped notice echoes, and how many more it leaves out. */
		echoList: (names: string[], more: string | null) => `${names.map((n) => `“${n}”`).join(', ')}${more ? ` and ${more} more` : ''}`
	},
	{
		unknownParam: (param: string) => `« ${param} » n’est pas un réglage de cette page ; il a été ignoré.`,
		unknownCountry: (value: string) => `« ${value} » n’est pas le code d’un État membre de l’Union africaine ; il a été ignoré.`,
		tooMany: (max: number) => `${max} pays au plus peuvent être mis en évidence ; les autres ont été ignorés.`,
		badYear: (value: string, first: number, last: number, fallback: number) =>
			`« ${value} » n’est pas une année comprise entre ${first} et ${last} ; affichage de ${fallback}.`,
		badValue: (param: string, value: string, expected: string) =>
			`« ${value} » n’est pas une valeur valide pour « ${param} » (attendu : ${expected}) ; elle a été ignorée.`,
		repeatedParam: (param: string) => `« ${param} » figure plusieurs fois dans l’adresse ; la première valeur est utilisée.`,
		unknownParams: (count: string, list: string) => `${count} réglages ne sont pas de cette page ; ils ont été ignorés : ${list}.`,
		unknownCountries: (count: string, list: string) => `${count} codes ne sont pas ceux d’États membres de l’Union africaine ; ils ont été ignorés : ${list}.`,
		unknownIndicators: (count: string, list: string) => `${count} identifiants ne sont pas des indicateurs de ce site ; ils ont été ignorés : ${list}.`,
		unknownIndicator: (value: string) => `« ${value} » n’est pas l’identifiant d’un indicateur de ce site ; il a été ignoré.`,
		echoList: (names: string[], more: string | null) => `${names.map((n) => `« ${n} »`).join(', ')}${more ? ` et ${more} autres` : ''}`
	}
);

/** A data file that arrived altered (captive portal, proxy): it was not kept, and a retry fetches it afresh. */
const damagedEn = (table: string) =>
	`The data file “${table}” arrived altered on the way (by the network or a proxy), so it was not used or kept. Try again to download a fresh copy. The charts show the default view.`;
const damagedFr = (table: string) =>
	`Le fichier de données « ${table} » est arrivé modifié en route (par le réseau ou un proxy) : il n’a été ni utilisé ni conservé. Réessayez pour en télécharger une copie intacte. Les graphiques montrent la vue par défaut.`;

export const engine = defineMessages(
	{
		starting: 'Loading the query engine (about 5 MB, downloaded once)…',
		updating: 'Updating…',
		receiving: (size: string) => `Receiving ${size} of data`,
		failed: (reason: string) =>
			damagedTable(reason) !== null
				? damagedEn(damagedTable(reason)!)
				: `The query engine could not start (${reason}). The charts show the default view.`,
		retry: 'Try again',
		noticeLabel: 'Query engine',
		ask: (size: string) =>
			`Your browser asks to save data. Other views than the ones shown need the query engine, a ${size} download (once). Without it, the common views still work from a smaller data file.`,
		download: (size: string) => `Download ${size}`,
		notNow: 'Not now',
		fallback: {
			'no-webassembly': 'This browser cannot run the query engine: the common views work, advanced queries (SQL console, downloads of any filter) are unavailable on this device.',
			'low-memory': 'This device has little memory: the common views work without the query engine; advanced queries (SQL console, downloads of any filter) are unavailable on this device.',
			declined: 'Simple views only: the query engine was not downloaded. Advanced queries (SQL console, downloads of any filter) need it.',
			failed: 'The query engine could not start: the common views work without it; advanced queries (SQL console, downloads of any filter) are unavailable for now.'
		} as Record<string, string>,
		loadEngine: (size: string) => `Load the query engine (${size})`,
		dataFailed: (reason: string) =>
			damagedTable(reason) !== null ? damagedEn(damagedTable(reason)!) : `The data could not be loaded (${reason}). The charts show the default view.`,
		damaged: (table: string) => damagedEn(table)
	},
	{
		starting: 'Chargement du moteur de requêtes (environ 5 Mo, téléchargés une seule fois)…',
		updating: 'Mise à jour…',
		receiving: (size: string) => `Réception de ${size} de données`,
		failed: (reason: string) =>
			damagedTable(reason) !== null
				? damagedFr(damagedTable(reason)!)
				: `Le moteur de requêtes n’a pas pu démarrer (${reason}). Les graphiques montrent la vue par défaut.`,
		retry: 'Réessayer',
		noticeLabel: 'Moteur de requêtes',
		ask: (size: string) =>
			`Votre navigateur demande d’économiser les données. Les vues autres que celles affichées nécessitent le moteur de requêtes, un téléchargement de ${size} (une seule fois). Sans lui, les vues courantes fonctionnent à partir d’un fichier de données plus léger.`,
		download: (size: string) => `Télécharger ${size}`,
		notNow: 'Pas maintenant',
		fallback: {
			'no-webassembly': 'Ce navigateur ne peut pas exécuter le moteur de requêtes : les vues courantes fonctionnent, les requêtes avancées (console SQL, téléchargement de tout filtre) ne sont pas disponibles sur cet appareil.',
			'low-memory': 'Cet appareil a peu de mémoire : les vues courantes fonctionnent sans le moteur de requêtes ; les requêtes avancées (console SQL, téléchargement de tout filtre) ne sont pas disponibles sur cet appareil.',
			declined: 'Vues simples uniquement : le moteur de requêtes n’a pas été téléchargé. Les requêtes avancées (console SQL, téléchargement de tout filtre) en ont besoin.',
			failed: 'Le moteur de requêtes n’a pas pu démarrer : les vues courantes fonctionnent sans lui ; les requêtes avancées (console SQL, téléchargement de tout filtre) sont indisponibles pour le moment.'
		} as Record<string, string>,
		loadEngine: (size: string) => `Charger le moteur de requêtes (${size})`,
		dataFailed: (reason: string) =>
			damagedTable(reason) !== null ? damagedFr(damagedTable(reason)!) : `Les données n’ont pas pu être chargées (${reason}). Les graphiques montrent la vue par défaut.`,
		damaged: (table: string) => damagedFr(table)
	}
);

export const source = defineMessages(
	{
		source: 'Source',
		licence: 'Licence',
		retrieved: 'retrieved',
		seriesCode: 'series',
		citation: 'Cite as',
		/** After a label ("Source: …"); French typography puts a no-break space before the colon. */
		colon: ': '
	},
	{
		source: 'Source',
		licence: 'Licence',
		retrieved: 'consulté le',
		seriesCode: 'série',
		citation: 'Citer ainsi',
		colon: '\u00a0: '
	}
);
