import { defineMessages } from './define';

/** The share dialog, the embeds' chrome and the exported images. */
export const share = defineMessages(
	{
		share: 'Share',
		waitForChart: 'The chart is still updating to this view: it can be shared once it shows it.',
		shareChart: (title: string) => `Share or embed: ${title}`,
		dialogTitle: 'Share this chart',
		close: 'Close',
		permalink: 'Link to this view',
		copy: 'Copy',
		copied: 'Copied',
		copyFailed: 'Select the text and copy it',
		embed: 'Embed in an article',
		embedHelp: 'Paste this HTML into your page. The frame fits the width of your column and the script sizes its height to the chart.',
		images: 'Download an image',
		imagesHelp: 'With the title, source and licence. The PNG at 2× suits print and high-resolution screens.',
		png: (scale: number, width: number, height: number) => `PNG ${scale}× (${width} × ${height} px)`,
		svg: 'SVG (vector)',
		preparing: 'Preparing the image…',
		imageFailed: (reason: string) => `The image could not be made: ${reason}`,
		noChart: 'Show the chart (not the table) to download it as an image.',
		dataAsOf: (version: string) => `Data as of ${version}`,
		fullView: 'Open the full, interactive view',
		embedTitle: (title: string) => `Chart: ${title}`,
		tableFor: (title: string) => `Data table: ${title}`,
		sourceLabel: 'Source',
		licenceLabel: 'Licence',
		membershipSource: (hosts: string, more: number) =>
			`Sources: ${hosts}${more ? ` and ${more} more` : ''} (one or more per country, listed on the full page). Boundaries: Natural Earth.`,
		compilationLicence: (licence: string) => `Licence: ${licence}.`
	},
	{
		share: 'Partager',
		waitForChart: 'Le graphique se met encore à jour pour cette vue : il pourra être partagé dès qu’il l’affiche.',
		shareChart: (title: string) => `Partager ou intégrer : ${title}`,
		dialogTitle: 'Partager ce graphique',
		close: 'Fermer',
		permalink: 'Lien vers cette vue',
		copy: 'Copier',
		copied: 'Copié',
		copyFailed: 'Sélectionnez le texte et copiez-le',
		embed: 'Intégrer dans un article',
		embedHelp: 'Collez ce HTML dans votre page. Le cadre prend la largeur de votre colonne et le script ajuste sa hauteur au graphique.',
		images: 'Télécharger une image',
		imagesHelp: 'Avec le titre, la source et la licence. Le PNG 2× convient à l’impression et aux écrans haute résolution.',
		png: (scale: number, width: number, height: number) => `PNG ${scale}× (${width} × ${height} px)`,
		svg: 'SVG (vectoriel)',
		preparing: 'Préparation de l’image…',
		imageFailed: (reason: string) => `L’image n’a pas pu être créée : ${reason}`,
		noChart: 'Affichez le graphique (et non le tableau) pour le télécharger en image.',
		dataAsOf: (version: string) => `Données à jour au ${version}`,
		fullView: 'Ouvrir la vue complète et interactive',
		embedTitle: (title: string) => `Graphique : ${title}`,
		tableFor: (title: string) => `Tableau de données : ${title}`,
		sourceLabel: 'Source',
		licenceLabel: 'Licence',
		membershipSource: (hosts: string, more: number) =>
			`Sources\u00a0: ${hosts}${more ? ` et ${more} autres` : ''} (une ou plusieurs par pays, citées sur la page complète). Frontières\u00a0: Natural Earth.`,
		compilationLicence: (licence: string) => `Licence\u00a0: ${licence}.`
	}
);
