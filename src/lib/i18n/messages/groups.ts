import { defineMessages } from './define';

/** Names of the country groups every page uses: AU regions and regional economic communities. */
export const groups = defineMessages(
	{
		regions: {
			north: 'North Africa',
			west: 'West Africa',
			central: 'Central Africa',
			east: 'East Africa',
			southern: 'Southern Africa'
		} as Record<string, string>,
		recShort: {
			ecowas: 'ECOWAS',
			uemoa: 'WAEMU',
			eac: 'EAC',
			sadc: 'SADC',
			eccas: 'ECCAS',
			cemac: 'CEMAC',
			comesa: 'COMESA',
			igad: 'IGAD',
			amu: 'AMU',
			censad: 'CEN-SAD'
		} as Record<string, string>,
		recLong: {
			ecowas: 'Economic Community of West African States',
			uemoa: 'West African Economic and Monetary Union',
			eac: 'East African Community',
			sadc: 'Southern African Development Community',
			eccas: 'Economic Community of Central African States',
			cemac: 'Economic and Monetary Community of Central Africa',
			comesa: 'Common Market for Eastern and Southern Africa',
			igad: 'Intergovernmental Authority on Development',
			amu: 'Arab Maghreb Union',
			censad: 'Community of Sahel-Saharan States'
		} as Record<string, string>,
		africa: 'All 55 AU member states',
		membership: {
			members: 'Members',
			'non-members': 'Non-members',
			founding: 'Founding members'
		} as Record<string, string>,
		membershipLong: {
			members: 'Members of the Smart Africa Alliance',
			'non-members': 'AU member states outside the Smart Africa Alliance',
			founding: 'The seven founding signatories of the Smart Africa Manifesto'
		} as Record<string, string>,
		headings: { membership: 'Smart Africa', region: 'AU regions', rec: 'Economic communities' } as Record<string, string>,
		groupTitle: (name: string, n: number) => `${name} (${n} countries)`
	},
	{
		regions: {
			north: 'Afrique du Nord',
			west: 'Afrique de l’Ouest',
			central: 'Afrique centrale',
			east: 'Afrique de l’Est',
			southern: 'Afrique australe'
		} as Record<string, string>,
		recShort: {
			ecowas: 'CEDEAO',
			uemoa: 'UEMOA',
			eac: 'CAE',
			sadc: 'SADC',
			eccas: 'CEEAC',
			cemac: 'CEMAC',
			comesa: 'COMESA',
			igad: 'IGAD',
			amu: 'UMA',
			censad: 'CEN-SAD'
		} as Record<string, string>,
		recLong: {
			ecowas: 'Communauté économique des États de l’Afrique de l’Ouest',
			uemoa: 'Union économique et monétaire ouest-africaine',
			eac: 'Communauté d’Afrique de l’Est',
			sadc: 'Communauté de développement de l’Afrique australe',
			eccas: 'Communauté économique des États de l’Afrique centrale',
			cemac: 'Communauté économique et monétaire de l’Afrique centrale',
			comesa: 'Marché commun de l’Afrique orientale et australe',
			igad: 'Autorité intergouvernementale pour le développement',
			amu: 'Union du Maghreb arabe',
			censad: 'Communauté des États sahélo-sahariens'
		} as Record<string, string>,
		africa: 'Les 55 États membres de l’UA',
		membership: {
			members: 'Membres',
			'non-members': 'Non-membres',
			founding: 'Membres fondateurs'
		} as Record<string, string>,
		membershipLong: {
			members: 'Membres de l’Alliance Smart Africa',
			'non-members': 'États membres de l’UA hors de l’Alliance Smart Africa',
			founding: 'Les sept signataires fondateurs du Manifeste Smart Africa'
		} as Record<string, string>,
		headings: { membership: 'Smart Africa', region: 'Régions de l’UA', rec: 'Communautés économiques' } as Record<string, string>,
		groupTitle: (name: string, n: number) => `${name} (${n} pays)`
	}
);
