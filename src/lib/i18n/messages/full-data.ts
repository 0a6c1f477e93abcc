import { defineMessages } from './define';

/** The stable per-indicator files: the data page's section and the indicator page's links. */
export const fullData = defineMessages(
	{
		heading: 'Each indicator’s full data, at a stable address',
		intro:
			'Every indicator has its full data at an address that does not change: /data/indicator/<identifier>.csv and .parquet, one row per country and year, with English and French names side by side and each row’s source, licence and the dataset version.',
		indicator: 'Indicator',
		files: (name: string) => `Files for ${name}`,
		csv: 'CSV',
		parquet: 'Parquet',
		columns: 'Columns of these files',
		column: 'Column',
		meaning: 'Meaning',
		indicatorLinks: 'This indicator’s full data:'
	},
	{
		heading: 'Les données complètes de chaque indicateur, à une adresse stable',
		intro:
			'Chaque indicateur a ses données complètes à une adresse qui ne change pas : /data/indicator/<identifiant>.csv et .parquet, une ligne par pays et par année, avec les noms français et anglais côte à côte, et pour chaque ligne sa source, sa licence et la version du jeu de données.',
		indicator: 'Indicateur',
		files: (name: string) => `Fichiers pour ${name}`,
		csv: 'CSV',
		parquet: 'Parquet',
		columns: 'Colonnes de ces fichiers',
		column: 'Colonne',
		meaning: 'Signification',
		indicatorLinks: 'Données complètes de cet indicateur\u00a0:'
	}
);
