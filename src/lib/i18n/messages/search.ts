import { defineMessages } from './define';

/** The site search: the header's field and the results page. Counts come formatted for the locale. */
export const search = defineMessages(
	{
		label: 'Search the site',
		placeholder: 'Country, indicator…',
		submit: 'Search',
		close: 'Close the search',
		kinds: { page: 'Pages', country: 'Countries', indicator: 'Indicators', project: 'Projects' },
		loading: 'Loading the search…',
		loadError: 'The search could not be loaded; the search page lists everything.',
		noMatch: (query: string) => `No result for “${query}”.`,
		resultCount: (n: number, formatted: string) => (n === 1 ? '1 result' : `${formatted} results`),
		seeAll: (n: number, formatted: string) => (n === 1 ? 'See the result' : `See all ${formatted} results`),
		title: 'Search',
		intro: 'Indicators, countries, projects and pages of the site, in English and French names, accents and small typos forgiven.',
		everything: 'Everything on the site, by kind.',
		resultsFor: (query: string, n: number, formatted: string) => `${n === 1 ? '1 result' : `${formatted} results`} for “${query}”`
	},
	{
		label: 'Rechercher sur le site',
		placeholder: 'Pays, indicateur…',
		submit: 'Rechercher',
		close: 'Fermer la recherche',
		kinds: { page: 'Pages', country: 'Pays', indicator: 'Indicateurs', project: 'Projets' },
		loading: 'Chargement de la recherche…',
		loadError: 'La recherche n’a pas pu être chargée ; la page de recherche liste tout.',
		noMatch: (query: string) => `Aucun résultat pour « ${query} ».`,
		resultCount: (n: number, formatted: string) => (n <= 1 ? `${n} résultat` : `${formatted} résultats`),
		seeAll: (n: number, formatted: string) => (n <= 1 ? 'Voir le résultat' : `Voir les ${formatted} résultats`),
		title: 'Recherche',
		intro: 'Indicateurs, pays, projets et pages du site, par leur nom français ou anglais, sans souci des accents ni des petites fautes de frappe.',
		everything: 'Tout le site, par type.',
		resultsFor: (query: string, n: number, formatted: string) => `${n <= 1 ? `${n} résultat` : `${formatted} résultats`} pour « ${query} »`
	}
);
