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
		uncertain: 'Date or membership uncertain'
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
		uncertain: 'Date ou adhésion incertaine'
	}
);
