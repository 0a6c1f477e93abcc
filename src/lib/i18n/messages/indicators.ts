import { defineMessages } from './define';

export const indicatorsPage = defineMessages(
	{
		title: 'Indicators',
		intro: (n: number) =>
			`${n} indicators on connectivity, education by digital, education, e-government and the economy of the 55 African Union member states, each from one published source.`,
		filter: 'Filter indicators',
		filterPlaceholder: 'Type a word, e.g. schools, mobile, price…',
		shown: (n: number, total: number) => `${n} of ${total} indicators shown`,
		countries: (n: number, total: number) => `${n}/${total} countries`,
		noData: 'no data'
	},
	{
		title: 'Indicateurs',
		intro: (n: number) =>
			`${n} indicateurs sur la connectivité, l’éducation par le numérique, l’éducation, l’administration en ligne et l’économie des 55 États membres de l’Union africaine, chacun tiré d’une source publiée.`,
		filter: 'Filtrer les indicateurs',
		filterPlaceholder: 'Tapez un mot, p. ex. écoles, mobile, prix…',
		shown: (n: number, total: number) => `${n} indicateurs affichés sur ${total}`,
		countries: (n: number, total: number) => `${n}/${total} pays`,
		noData: 'pas de données'
	}
);
