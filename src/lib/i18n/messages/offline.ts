import { defineMessages } from './define';

/** What the service worker says when a page was never opened and the network is off (see src/service-worker.ts). */
export const offlinePage = defineMessages(
	{
		title: 'You are offline',
		body: 'This page has not been opened on this device yet, so it is not kept for offline reading. It will open once you are back online.',
		saved: 'Pages you have already opened, which work offline:',
		none: 'No page of this site has been kept on this device yet.',
		retry: 'Try again',
		home: 'Home page'
	},
	{
		title: 'Vous êtes hors ligne',
		body: 'Cette page n’a pas encore été ouverte sur cet appareil : elle n’est donc pas conservée pour une lecture hors ligne. Elle s’ouvrira dès le retour de la connexion.',
		saved: 'Pages déjà ouvertes, qui fonctionnent hors ligne :',
		none: 'Aucune page de ce site n’est encore conservée sur cet appareil.',
		retry: 'Réessayer',
		home: 'Page d’accueil'
	}
);
