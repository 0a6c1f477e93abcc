/** The page shown for an address the site does not have (404.html, fr/404.html). */
import { defineMessages } from './define';

export const notFound = defineMessages(
	{
		title: 'Page not found',
		lede: 'There is no page at this address. It may have been mistyped, or the link that brought you here may be out of date.',
		searchIndicators: 'Search the indicators by name or code',
		browseCountries: 'Browse the country profiles',
		browseProjects: 'Browse the projects',
		compare: 'Compare countries',
		home: 'Go to the home page: the Smart Africa members map',
		tryThese: 'Where to go from here'
	},
	{
		title: 'Page introuvable',
		lede: 'Il n’y a pas de page à cette adresse. Elle a peut-être été mal saisie, ou le lien qui vous a mené ici n’est plus à jour.',
		searchIndicators: 'Rechercher un indicateur par son nom ou son code',
		browseCountries: 'Parcourir les fiches pays',
		browseProjects: 'Parcourir les projets',
		compare: 'Comparer des pays',
		home: 'Aller à l’accueil : la carte des membres de Smart Africa',
		tryThese: 'Pour continuer'
	}
);
