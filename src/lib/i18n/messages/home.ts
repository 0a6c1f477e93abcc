import { defineMessages } from './define';

export const home = defineMessages(
	{
		title: 'Smart Africa: who is in, and since when',
		lede: 'Seven heads of state adopted the Smart Africa Manifesto in Kigali in October 2013, committing to put digital technology at the heart of their development. This page shows which African Union member states have joined the Alliance since, when, and how far membership covers Africa’s regions and economic communities.',
		headlineMembers: (n: number) => `${n} of 55`,
		headlineMembersText: 'African Union member states are members of the Alliance',
		headlinePopulation: (year: number) => `of Africa’s population lives in member states (${year})`,
		headlineInternet: 'of Africa’s Internet users live in member states (latest year per country)',
		headlineLatest: 'most recent accession named by a source',
		headlineInProcess: (names: string) => `In process, unconfirmed: ${names}.`,
		laterCount:
			'A later, undated report speaks of 42 member states; the three newest members could not be identified, so they are not shown.',
		filters: 'Narrow to a group',
		allRegions: 'All AU regions',
		allRecs: 'All economic communities',
		region: 'AU region',
		rec: 'Economic community',
		filtered: (group: string, members: number, states: number) => `${group}: ${members} of ${states} states are members.`,
		mapTitle: 'Smart Africa membership by date of accession',
		mapDescription: (members: number, founding: number) =>
			`A map of the 55 African Union member states: ${members} are members of the Smart Africa Alliance, ${founding} of them founding signatories; darker blues joined earlier, grey countries are not members.`,
		legendTitle: 'Membership',
		legend: {
			founding: 'Founding signatory (October 2013)',
			'joined-2014-2016': 'Joined 2014–2016',
			'joined-2017-2019': 'Joined 2017–2019',
			'joined-2020-2023': 'Joined 2020–2023',
			'date-unknown': 'Member, date of joining unknown',
			'in-process': 'In process (unconfirmed)',
			'not-member': 'Not a member'
		} as Record<string, string>,
		hatched: 'Hatched: the date, or the membership itself, rests on inference',
		mapNotes:
			'The Sahrawi Arab Democratic Republic is a member of the African Union; it is drawn on the territory of Western Sahara (south of 27°40′N), whose status is disputed, and has the code ESH. Cabo Verde, Comoros, Mauritius, São Tomé and Príncipe and Seychelles are shown with a circle. Boundaries: Natural Earth.',
		keyboardHintMap: 'Each country can be reached with the Tab key.',
		timelineTitle: 'Members of the Smart Africa Alliance, October 2013 to today',
		timelineDescription: (members: number, last: string) =>
			`The number of members rose from 7 founding signatories in October 2013 to ${members}; the most recent dated accession is ${last}.`,
		timelineNote:
			'Each point is one accession, placed in the middle of the period its date is known to (the bar shows that period: a month or a year). Hollow points are countries only known to be members by that date. A dashed ring marks an uncertain date.',
		timelineHint: 'Use the left and right arrow keys to read each accession.',
		founders: '7 founding signatories',
		breakdownTitle: 'Membership by region and economic community',
		breakdownNote: (year: number) =>
			`Population: World Bank, ${year}. Internet users: each country’s latest share of Internet users (World Bank) times its population that year. The Sahrawi Republic has neither figure and is left out of the shares.`,
		group: 'Group',
		members: 'Members',
		populationShare: 'Share of population in members',
		internetShare: 'Share of Internet users in members',
		membersTitle: 'Members and the evidence for each',
		country: 'Country',
		joined: 'Joined',
		precision: 'Date known to',
		precisions: { day: 'the day', month: 'the month', year: 'the year', unknown: 'unknown' } as Record<string, string>,
		founding: 'Founding',
		uncertain: 'Uncertain',
		source: 'Source',
		yes: 'yes',
		no: 'no',
		memberBy: (date: string) => `member by ${date}`,
		sortBy: (column: string) => `Sort by ${column}`
	},
	{
		title: 'Smart Africa : qui en fait partie, et depuis quand',
		lede: 'Sept chefs d’État ont adopté le Manifeste Smart Africa à Kigali en octobre 2013, s’engageant à placer le numérique au cœur de leur développement. Cette page montre quels États membres de l’Union africaine ont rejoint l’Alliance depuis, quand, et dans quelle mesure l’adhésion couvre les régions et les communautés économiques du continent.',
		headlineMembers: (n: number) => `${n} sur 55`,
		headlineMembersText: 'États membres de l’Union africaine sont membres de l’Alliance',
		headlinePopulation: (year: number) => `de la population africaine vit dans un État membre (${year})`,
		headlineInternet: 'des internautes africains vivent dans un État membre (dernière année par pays)',
		headlineLatest: 'adhésion la plus récente nommée par une source',
		headlineInProcess: (names: string) => `En cours, non confirmé : ${names}.`,
		laterCount:
			'Un article ultérieur, non daté, évoque 42 États membres ; les trois derniers membres n’ont pu être identifiés et ne sont donc pas représentés.',
		filters: 'Restreindre à un groupe',
		allRegions: 'Toutes les régions de l’UA',
		allRecs: 'Toutes les communautés économiques',
		region: 'Région de l’UA',
		rec: 'Communauté économique',
		filtered: (group: string, members: number, states: number) => `${group} : ${members} États membres sur ${states}.`,
		mapTitle: 'Adhésion à Smart Africa par date d’adhésion',
		mapDescription: (members: number, founding: number) =>
			`Carte des 55 États membres de l’Union africaine : ${members} sont membres de l’Alliance Smart Africa, dont ${founding} signataires fondateurs ; les bleus les plus foncés ont adhéré le plus tôt, les pays en gris ne sont pas membres.`,
		legendTitle: 'Adhésion',
		legend: {
			founding: 'Signataire fondateur (octobre 2013)',
			'joined-2014-2016': 'Adhésion en 2014–2016',
			'joined-2017-2019': 'Adhésion en 2017–2019',
			'joined-2020-2023': 'Adhésion en 2020–2023',
			'date-unknown': 'Membre, date d’adhésion inconnue',
			'in-process': 'En cours (non confirmé)',
			'not-member': 'Non membre'
		} as Record<string, string>,
		hatched: 'Hachures : la date, ou l’adhésion elle-même, repose sur une déduction',
		mapNotes:
			'La République arabe sahraouie démocratique est membre de l’Union africaine ; elle est représentée sur le territoire du Sahara occidental (au sud de 27°40′N), dont le statut est contesté, sous le code ESH. Cabo Verde, les Comores, Maurice, Sao Tomé-et-Principe et les Seychelles sont signalés par un cercle. Frontières : Natural Earth.',
		keyboardHintMap: 'Chaque pays est accessible avec la touche Tab.',
		timelineTitle: 'Membres de l’Alliance Smart Africa, d’octobre 2013 à aujourd’hui',
		timelineDescription: (members: number, last: string) =>
			`Le nombre de membres est passé de 7 signataires fondateurs en octobre 2013 à ${members} ; l’adhésion datée la plus récente est celle de ${last}.`,
		timelineNote:
			'Chaque point est une adhésion, placée au milieu de la période à laquelle sa date est connue (la barre montre cette période : un mois ou une année). Les points creux sont des pays dont on sait seulement qu’ils étaient membres à cette date. Un cercle en pointillé signale une date incertaine.',
		timelineHint: 'Utilisez les flèches gauche et droite pour lire chaque adhésion.',
		founders: '7 signataires fondateurs',
		breakdownTitle: 'Adhésion par région et par communauté économique',
		breakdownNote: (year: number) =>
			`Population : Banque mondiale, ${year}. Internautes : dernière part d’utilisateurs d’Internet de chaque pays (Banque mondiale) multipliée par sa population la même année. La République sahraouie n’a aucun des deux chiffres et n’entre pas dans les parts.`,
		group: 'Groupe',
		members: 'Membres',
		populationShare: 'Part de la population dans les États membres',
		internetShare: 'Part des internautes dans les États membres',
		membersTitle: 'Les membres et les sources de chaque adhésion',
		country: 'Pays',
		joined: 'Adhésion',
		precision: 'Date connue au',
		precisions: { day: 'jour près', month: 'mois près', year: 'à l’année', unknown: 'inconnue' } as Record<string, string>,
		founding: 'Fondateur',
		uncertain: 'Incertain',
		source: 'Source',
		yes: 'oui',
		no: 'non',
		memberBy: (date: string) => `membre au plus tard le ${date}`,
		sortBy: (column: string) => `Trier par ${column}`
	}
);
