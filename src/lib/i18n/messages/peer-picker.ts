import { defineMessages } from './define';

/** The peer groups of a country picker: what a group button does, who is in it, and undo. */
export const peerPicker = defineMessages(
	{
		mode: 'A group’s button',
		add: 'Adds its countries',
		only: 'Shows only the group',
		members: (list: string) => `Members: ${list}.`,
		added: (group: string, n: number) => (n === 0 ? `All of ${group} was already selected.` : `${group}: ${n === 1 ? '1 country' : `${n} countries`} added.`),
		replaced: (group: string, n: number, removed: string) =>
			`Showing only ${group} (${n} countries)${removed ? `; removed: ${removed}` : ''}.`,
		undo: 'Undo',
		undone: 'Previous selection restored.'
	},
	{
		mode: 'Le bouton d’un groupe',
		add: 'Ajoute ses pays',
		only: 'N’affiche que le groupe',
		members: (list: string) => `Membres : ${list}.`,
		added: (group: string, n: number) => (n === 0 ? `Tout le groupe ${group} était déjà sélectionné.` : `${group} : ${n === 1 ? '1 pays ajouté' : `${n} pays ajoutés`}.`),
		replaced: (group: string, n: number, removed: string) => `Seul le groupe ${group} est affiché (${n} pays)${removed ? ` ; retirés : ${removed}` : ''}.`,
		undo: 'Annuler',
		undone: 'Sélection précédente rétablie.'
	}
);
