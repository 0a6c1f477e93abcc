import { defineMessages } from './define';

/** How a country's Smart Africa membership is said, on the map, the timeline and the country profile. */
export const membershipText = defineMessages(
	{
		founding: (date: string) => `Founding signatory (${date})`,
		foundingDisputed: 'Called a founding member by one source, but not among the seven signatories',
		joined: (date: string) => `Joined ${date}`,
		joinedYear: (year: string) => `Joined in ${year} (year only)`,
		memberBy: (date: string) => `Member; date of joining unknown, a member by ${date}`,
		unconfirmed: 'Membership reported but not confirmed',
		inProcess: 'Accession in process (unconfirmed)',
		notMember: 'Not a member',
		uncertain: 'Date or membership uncertain',
		/** A date known to the day ("on 14 Nov 2016"), or only to the month or year ("in 2016"). */
		joinedSmartAfrica: (date: string, day: boolean) => `Joined Smart Africa ${day ? 'on' : 'in'} ${date}`,
		accessionItem: (name: string, date: string, day: boolean) => `${name} ${day ? 'on' : 'in'} ${date}`,
		accessions: (items: string) => `Joined Smart Africa: ${items}.`,
		accessionKey: 'Joined Smart Africa (the dot on a country’s line)'
	},
	{
		founding: (date: string) => `Signataire fondateur (${date})`,
		foundingDisputed: 'Qualifié de membre fondateur par une source, mais absent des sept signataires',
		joined: (date: string) => `Adhésion : ${date}`,
		joinedYear: (year: string) => `Adhésion en ${year} (année seulement)`,
		memberBy: (date: string) => `Membre ; date d’adhésion inconnue, membre au plus tard le ${date}`,
		unconfirmed: 'Adhésion signalée mais non confirmée',
		inProcess: 'Adhésion en cours (non confirmée)',
		notMember: 'Non membre',
		uncertain: 'Date ou adhésion incertaine',
		joinedSmartAfrica: (date: string, day: boolean) => `A rejoint Smart Africa ${day ? 'le' : 'en'} ${date}`,
		accessionItem: (name: string, date: string, day: boolean) => `${name} ${day ? 'le' : 'en'} ${date}`,
		accessions: (items: string) => `Adhésion à Smart Africa : ${items}.`,
		accessionKey: 'Adhésion à Smart Africa (le point sur la ligne d’un pays)'
	}
);
