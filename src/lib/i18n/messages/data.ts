import { formatNumber } from '../format';
import { engine } from './common';
import { defineMessages } from './define';

export const dataPage = defineMessages(
	{
		title: 'Data and downloads',
		lede: 'Get exactly the rows you filter, in the format your tools read, with everything needed to understand and cite them. Or query the site’s tables with SQL, in your browser.',
		filters: 'Filter',
		countries: 'Countries',
		allCountries: 'All 55 countries',
		indicators: 'Indicators',
		allIndicators: 'All indicators',
		addIndicator: 'Add an indicator',
		indicatorPlaceholder: 'Search indicators, e.g. schools, price…',
		removeIndicator: (name: string) => `Remove ${name}`,
		from: 'From',
		to: 'To',
		anyYear: 'any year',
		countryPicker: {
			addCountry: 'Add a country',
			placeholder: 'Add a country…',
			remove: (name: string) => `Remove ${name}`,
			clear: 'Clear',
			showAll: (n: number) => `Show all ${n}`,
			showFewer: 'Show fewer',
			peerGroups: 'Country groups',
			none: 'No country',
			noMatch: 'No country matches',
			resultCount: (n: number) => `${n} countries`,
			toggleLabel: 'Show the list of countries'
		},
		indicatorNoMatch: 'No indicator matches',
		indicatorCount: (n: number) => `${n} indicators`,
		indicatorToggle: 'Show the list of indicators',
		sortBy: (column: string) => `Sort by ${column}`,
		rowCount: (n: string) => `${n} rows`,
		previewHeading: 'Preview',
		preview: 'Preview of the filtered rows',
		country: 'Country',
		indicator: 'Indicator',
		year: 'Year',
		value: 'Value',
		unit: 'Unit',
		flag: 'Flag',
		download: 'Download',
		format: 'Format',
		formats: {
			csv: 'CSV (comma-separated, decimal point)',
			'csv-semicolon': 'CSV for French-locale spreadsheets (semicolons, decimal commas)',
			json: 'JSON (records)',
			parquet: 'Parquet'
		} as Record<string, string>,
		shape: 'Layout',
		long: 'Long: one row per country, indicator and year',
		wide: 'Wide: countries × years (one indicator)',
		wideNeedsOne: 'The wide layout holds one indicator; pick a single indicator to use it.',
		downloadButton: (n: string) => `Download ${n} rows (zip)`,
		preparing: 'Preparing the file…',
		zipNote:
			'The zip holds the data file and, beside it, columns.csv (what each column means), indicators.csv (definitions, units, sources), sources.csv (publishers, licences, retrieval dates), CITATION.txt and README.txt (filter and dataset version). Each value keeps its publisher’s licence.',
		console: 'SQL console',
		consoleIntro:
			'A read-only DuckDB session in your browser over the site’s tables: observations, countries, indicators, sources, memberships, projects, project_countries. One query at a time; it reads nothing outside these tables.',
		consoleMessages: {
			label: 'Query',
			examples: 'Examples',
			limit: 'Row limit',
			run: 'Run (Ctrl+Enter)',
			cancel: 'Cancel',
			starting: 'Loading the query engine (about 5 MB, once per visit)…',
			running: 'Running…',
			cancelled: 'Cancelled.',
			unavailable: 'The SQL console needs the query engine, which is not running on this device (see the notice below).',
			error: (message: string) => `The query failed: ${message}`,
			refused: (statement: string) =>
				`This console only reads the site’s tables: the statement “${statement}” is refused. Queries that read (SELECT, WITH, DESCRIBE, SUMMARIZE) are accepted.`,
			several: (count: number, second: string) =>
				`This console runs one query at a time: the text holds ${count} statements, and the second (“${second}”) is refused. Run them one by one.`,
			empty: 'Write a query first, for example one of the examples.',
			damaged: engine.en.damaged,
			tooLarge: (shown: number, limitMb: number) =>
				shown === 0
					? `The result is larger than ${limitMb} MB, more than this page can show: nothing is shown. Select fewer rows or shorter values (for example left(column, 100)).`
					: `The result is larger than ${limitMb} MB: only the first ${shown.toLocaleString('en-GB')} row${shown === 1 ? '' : 's'} are shown.`,
			rows: (shown: number, ms: number, truncated: boolean) =>
				`${shown.toLocaleString('en-GB')} row${shown === 1 ? '' : 's'}${truncated ? ' (limit reached: more exist)' : ''}, in ${Math.round(ms)} ms.`,
			/** A whole number as the page's language writes it (the row-limit menu). */
			count: (n: number) => formatNumber('en', n),
			resultCaption: 'Query result',
			download: 'Download the result (CSV)',
			sortBy: (column: string) => `Sort by ${column}`,
			hint: 'Only queries that read (SELECT, WITH, DESCRIBE, SUMMARIZE) are accepted.'
		},
		examples: [
			{ label: 'Internet users in ECOWAS, latest year', sql: "SELECT c.name_en, o.year, o.value\nFROM observations o JOIN countries c USING (iso3)\nWHERE o.indicator = 'internet-users' AND c.ecowas\nQUALIFY o.year = max(o.year) OVER (PARTITION BY o.iso3)\nORDER BY o.value DESC" },
			{ label: 'Indicators and their sources', sql: 'SELECT i.id, i.name_en, s.publisher, s.licence\nFROM indicators i JOIN sources s ON s.id = i.source_id\nORDER BY i.topic, i.id' },
			{ label: 'Members by year of accession', sql: "SELECT substr(joined, 1, 4) AS year, count(*) AS members\nFROM memberships WHERE joined IS NOT NULL\nGROUP BY ALL ORDER BY year" },
			{ label: 'Observations per indicator', sql: 'SELECT indicator, count(*) AS n, min(year) AS first, max(year) AS last\nFROM observations GROUP BY indicator ORDER BY n DESC' },
			{ label: 'The tables and their columns', sql: 'DESCRIBE observations' }
		],
		api: 'For scripts: the files behind this site',
		apiIntro: (version: string) =>
			`These URLs are stable; the manifest gives each file’s rows, size and SHA-256, and the dataset version (now ${version}). Parquet files can be queried over HTTP without downloading them first:`,
		file: 'File',
		rows: 'Rows',
		size: 'Size'
	},
	{
		title: 'Données et téléchargements',
		lede: 'Obtenez exactement les lignes filtrées, dans le format que lisent vos outils, avec tout ce qu’il faut pour les comprendre et les citer. Ou interrogez les tables du site en SQL, dans votre navigateur.',
		filters: 'Filtrer',
		countries: 'Pays',
		allCountries: 'Les 55 pays',
		indicators: 'Indicateurs',
		allIndicators: 'Tous les indicateurs',
		addIndicator: 'Ajouter un indicateur',
		indicatorPlaceholder: 'Chercher un indicateur, p. ex. écoles, prix…',
		removeIndicator: (name: string) => `Retirer ${name}`,
		from: 'De',
		to: 'À',
		anyYear: 'toute année',
		countryPicker: {
			addCountry: 'Ajouter un pays',
			placeholder: 'Ajouter un pays…',
			remove: (name: string) => `Retirer ${name}`,
			clear: 'Tout retirer',
			showAll: (n: number) => `Afficher les ${n}`,
			showFewer: 'Afficher moins',
			peerGroups: 'Groupes de pays',
			none: 'Aucun pays',
			noMatch: 'Aucun pays ne correspond',
			resultCount: (n: number) => `${n} pays`,
			toggleLabel: 'Afficher la liste des pays'
		},
		indicatorNoMatch: 'Aucun indicateur ne correspond',
		indicatorCount: (n: number) => `${n} indicateurs`,
		indicatorToggle: 'Afficher la liste des indicateurs',
		sortBy: (column: string) => `Trier par ${column}`,
		rowCount: (n: string) => `${n} lignes`,
		previewHeading: 'Aperçu',
		preview: 'Aperçu des lignes filtrées',
		country: 'Pays',
		indicator: 'Indicateur',
		year: 'Année',
		value: 'Valeur',
		unit: 'Unité',
		flag: 'Indication',
		download: 'Télécharger',
		format: 'Format',
		formats: {
			csv: 'CSV (virgules, point décimal)',
			'csv-semicolon': 'CSV pour tableurs en français (points-virgules, virgule décimale)',
			json: 'JSON (enregistrements)',
			parquet: 'Parquet'
		} as Record<string, string>,
		shape: 'Présentation',
		long: 'Longue : une ligne par pays, indicateur et année',
		wide: 'Large : pays × années (un indicateur)',
		wideNeedsOne: 'La présentation large contient un seul indicateur ; choisissez-en un seul pour l’utiliser.',
		downloadButton: (n: string) => `Télécharger ${n} lignes (zip)`,
		preparing: 'Préparation du fichier…',
		zipNote:
			'Le zip contient le fichier de données et, à côté, columns.csv (signification des colonnes), indicators.csv (définitions, unités, sources), sources.csv (éditeurs, licences, dates de consultation), CITATION.txt et README.txt (filtre et version du jeu de données). Chaque valeur garde la licence de son éditeur.',
		console: 'Console SQL',
		consoleIntro:
			'Une session DuckDB en lecture seule dans votre navigateur, sur les tables du site : observations, countries, indicators, sources, memberships, projects, project_countries. Une requête à la fois ; elle ne lit rien d’autre que ces tables.',
		consoleMessages: {
			label: 'Requête',
			examples: 'Exemples',
			limit: 'Nombre maximal de lignes',
			run: 'Exécuter (Ctrl+Entrée)',
			cancel: 'Annuler',
			starting: 'Chargement du moteur de requêtes (environ 5 Mo, une fois par visite)…',
			running: 'Exécution…',
			cancelled: 'Annulée.',
			unavailable: 'La console SQL a besoin du moteur de requêtes, qui ne fonctionne pas sur cet appareil (voir l’avis ci-dessous).',
			error: (message: string) => `La requête a échoué : ${message}`,
			refused: (statement: string) =>
				`Cette console ne fait que lire les tables du site : l’instruction « ${statement} » est refusée. Les requêtes de lecture (SELECT, WITH, DESCRIBE, SUMMARIZE) sont acceptées.`,
			several: (count: number, second: string) =>
				`Cette console exécute une requête à la fois : le texte contient ${count} instructions, et la deuxième (« ${second} ») est refusée. Exécutez-les une par une.`,
			empty: 'Écrivez d’abord une requête, par exemple l’un des exemples.',
			damaged: engine.fr.damaged,
			tooLarge: (shown: number, limitMb: number) =>
				shown === 0
					? `Le résultat dépasse ${limitMb} Mo, plus que cette page ne peut afficher : rien n’est affiché. Sélectionnez moins de lignes ou des valeurs plus courtes (par exemple left(colonne, 100)).`
					: `Le résultat dépasse ${limitMb} Mo : seules les ${shown.toLocaleString('fr-FR')} premières lignes sont affichées.`,
			rows: (shown: number, ms: number, truncated: boolean) =>
				`${shown.toLocaleString('fr-FR')} ligne${shown > 1 ? 's' : ''}${truncated ? ' (limite atteinte : il y en a d’autres)' : ''}, en ${Math.round(ms)} ms.`,
			count: (n: number) => formatNumber('fr', n),
			resultCaption: 'Résultat de la requête',
			download: 'Télécharger le résultat (CSV)',
			sortBy: (column: string) => `Trier par ${column}`,
			hint: 'Seules les requêtes de lecture (SELECT, WITH, DESCRIBE, SUMMARIZE) sont acceptées.'
		},
		examples: [
			{ label: 'Utilisateurs d’Internet dans la CEDEAO, dernière année', sql: "SELECT c.name_fr, o.year, o.value\nFROM observations o JOIN countries c USING (iso3)\nWHERE o.indicator = 'internet-users' AND c.ecowas\nQUALIFY o.year = max(o.year) OVER (PARTITION BY o.iso3)\nORDER BY o.value DESC" },
			{ label: 'Les indicateurs et leurs sources', sql: 'SELECT i.id, i.name_fr, s.publisher, s.licence\nFROM indicators i JOIN sources s ON s.id = i.source_id\nORDER BY i.topic, i.id' },
			{ label: 'Membres par année d’adhésion', sql: "SELECT substr(joined, 1, 4) AS annee, count(*) AS membres\nFROM memberships WHERE joined IS NOT NULL\nGROUP BY ALL ORDER BY annee" },
			{ label: 'Observations par indicateur', sql: 'SELECT indicator, count(*) AS n, min(year) AS premiere, max(year) AS derniere\nFROM observations GROUP BY indicator ORDER BY n DESC' },
			{ label: 'Les colonnes d’une table', sql: 'DESCRIBE observations' }
		],
		api: 'Pour les scripts : les fichiers derrière ce site',
		apiIntro: (version: string) =>
			`Ces adresses sont stables ; le manifeste donne les lignes, la taille et le SHA-256 de chaque fichier, ainsi que la version du jeu de données (actuellement ${version}). Les fichiers Parquet s’interrogent par HTTP sans téléchargement préalable :`,
		file: 'Fichier',
		rows: 'Lignes',
		size: 'Taille'
	}
);
