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
		description:
			'D’où vient chaque chiffre de ce site : les sources publiées, leurs licences et dates de collecte, et la façon dont les données sont reprises, vérifiées et construites.',
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
