import { defineMessages } from './define';

export const sourcesPage = defineMessages(
	{
		title: 'Sources, licences and method',
		description:
			'Where every number on this site comes from: the published sources, their licences and retrieval dates, and how the data are copied, checked and built.',
		intro:
			'Every number on this site comes from a published source, copied as published: no interpolation, no estimates of our own. A missing value is shown as missing. Each indicator comes from exactly one source, named under every chart and in every download.',
		membersNote: (members: number) =>
			`“Members” means the ${members} countries the sources show as members of the Smart Africa Alliance (including one reported without confirmation); a country still in process is not counted.`,
		licence: 'Licence',
		retrieved: 'Retrieved',
		via: 'Copy',
		viaText: 'values read from a third-party copy of the publisher’s file (see “Copies of publishers’ files” above)',
		copiesTitle: 'Copies of publishers’ files',
		copiesText:
			'For some sources marked below, the values were not downloaded from the publisher itself but read from a copy of the publisher’s file that someone else had saved in a public code repository, because the publisher’s own file was not available to us for that edition. We keep a record of which copy was used and when it was saved (the date shown as “Retrieved”). Each copy is read with the publisher’s own file format (columns, country and series codes), and every value on this site is checked again against the copy before each release: a value that differs, or one that has gone missing, stops the release. Where a second, independent copy or the same series published by another organisation was available, values were compared with it. A copy that could not be checked against the publisher is said to be unverified in its title.',
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
		description:
			'D’où vient chaque chiffre de ce site : les sources publiées, leurs licences et dates de collecte, et la façon dont les données sont reprises, vérifiées et construites.',
		intro:
			'Chaque chiffre de ce site provient d’une source publiée, repris tel que publié : ni interpolation, ni estimation de notre part. Une valeur manquante est affichée comme manquante. Chaque indicateur provient d’une seule source, citée sous chaque graphique et dans chaque téléchargement.',
		membersNote: (members: number) =>
			`Les « membres » sont les ${members} pays que les sources présentent comme membres de l’Alliance Smart Africa (dont un signalé sans confirmation) ; un pays dont l’adhésion est en cours n’est pas compté.`,
		licence: 'Licence',
		retrieved: 'Consulté le',
		via: 'Copie',
		viaText: 'valeurs lues dans une copie du fichier de l’éditeur faite par un tiers (voir « Copies des fichiers des éditeurs » plus haut)',
		copiesTitle: 'Copies des fichiers des éditeurs',
		copiesText:
			'Pour certaines sources signalées ci-dessous, les valeurs n’ont pas été téléchargées auprès de l’éditeur lui-même, mais lues dans une copie du fichier de l’éditeur qu’un tiers avait enregistrée dans un dépôt de code public, faute d’accès au fichier de l’éditeur pour cette édition. Nous gardons trace de la copie utilisée et de sa date d’enregistrement (la date indiquée à « Consulté le »). Chaque copie est lue selon le format de fichier de l’éditeur (colonnes, codes des pays et des séries), et chaque valeur de ce site est de nouveau comparée à la copie avant chaque mise en ligne : une valeur différente ou manquante bloque la mise en ligne. Lorsqu’une seconde copie indépendante, ou la même série publiée par un autre organisme, était disponible, les valeurs y ont été comparées. Une copie qui n’a pas pu être vérifiée auprès de l’éditeur est dite non vérifiée dans son titre.',
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
