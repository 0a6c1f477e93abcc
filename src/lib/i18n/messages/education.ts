/** The education page (/education): schools, ICT skills, connectivity, context, coverage, programmes. */
import type { Pair, SchoolLevel, SchoolMeasure, Skill } from '$lib/queries/education';
import { defineMessages } from './define';

type ProgrammeText = Record<string, string>;

export const educationPage = defineMessages(
	{
		title: 'Education by digital',
		lede: 'Are schools connected, do young people have ICT skills, and how does that sit beside the country’s own connectivity? SDG 4.a.1 and 4.4.1, for ministries of education and their partners. Each value is the country’s latest, with its year: the years differ.',
		controls: 'Settings',
		countries: 'Countries named in the charts',
		addCountry: 'Add a country…',
		remove: (name: string) => `Remove ${name}`,
		level: 'School level',
		levels: { primary: 'Primary', 'lower-secondary': 'Lower secondary', 'upper-secondary': 'Upper secondary' } as Record<SchoolLevel, string>,
		levelsLower: { primary: 'primary', 'lower-secondary': 'lower secondary', 'upper-secondary': 'upper secondary' } as Record<SchoolLevel, string>,
		needsJs: 'The settings need JavaScript; the charts below show the default view.',
		tabsLabel: 'Chart or table',
		tabs: { chart: 'Chart', table: 'Table' },
		sortBy: (h: string) => `Sort by ${h}`,
		country: 'Country',
		member: 'Smart Africa member',
		memberYes: 'member',
		memberNo: 'no',
		year: 'Year',
		years: 'Years',
		valueYear: (value: string, year: number | string) => `${value} (${year})`,
		legendMember: 'Smart Africa member (shaded row)',
		legendMemberScatter: 'Smart Africa member',
		legendNonMember: 'Not a member',
		legendSelected: 'Named country',
		legendSize: 'Circle area: population',
		legendProgramme: '◆ an education or skills programme in the country (see “Programmes”)',
		noValues: 'No country reports this.',
		nav: { schools: 'Schools', skills: 'ICT skills', connectivity: 'Against connectivity', context: 'Context', coverage: 'Coverage', programmes: 'Programmes' },

		// Schools (SDG 4.a.1)
		schoolsHeading: 'Schools with electricity, computers and Internet (SDG 4.a.1)',
		schoolsIntro:
			'Share of schools with each, for teaching, by level. One row per country that reports, ordered by Internet access; the year at the right is the country’s latest (a range when the three shares come from different years).',
		schoolView: 'Show',
		schoolViews: { dots: 'All three shares', chain: 'The chain' },
		measures: { electricity: 'Electricity', computers: 'Computers', internet: 'Internet' } as Record<SchoolMeasure, string>,
		dotsTitle: (level: string) => `Schools with electricity, computers and Internet for teaching, ${level}, latest year`,
		dotsCoverage: (n: number, e: number, c: number, i: number) =>
			`${n} countries report at least one share: electricity ${e}, computers ${c}, Internet ${i}.`,
		tableSchools: (level: string) => `Schools with electricity, computers and Internet, ${level}: latest value (year)`,
		chainTitle: (level: string) => `Where the chain breaks: electricity → computers → Internet, ${level} schools`,
		chainIntro: (n: number) =>
			`The ${n} countries that report all three shares. A school needs electricity before computers, and computers before Internet for teaching. The chain breaks at electricity when fewer than half the schools have it; otherwise at the step that loses the most schools (10 points or more); it holds when no step loses that many.`,
		chainSummary: (e: number, c: number, i: number, holds: number) =>
			`Breaks at electricity: ${e} · at computers: ${c} · at Internet: ${i} · holds: ${holds}.`,
		chainDescription: (n: number, e: number, c: number, i: number, holds: number) =>
			`Of ${n} countries, the chain breaks at electricity in ${e}, at computers in ${c}, at Internet in ${i}, and holds in ${holds}.`,
		breaksAt: 'Breaks at',
		breakNames: { electricity: 'electricity', computers: 'computers', internet: 'Internet', none: 'holds' } as Record<string, string>,
		drop: (points: string) => `−${points} pts`,
		tableChain: (level: string) => `The chain in ${level} schools: latest shares and where it breaks`,
		noChain: 'No country reports all three shares at this level.',

		// Skills (SDG 4.4.1, 4.5.1)
		skillsHeading: 'ICT skills of young people and adults (SDG 4.4.1) and their gender parity (SDG 4.5.1)',
		skillsUpFront: (n: number, first: number, last: number) =>
			`Only ${n} of 55 African countries have published any result on ICT skills, from surveys between ${first} and ${last}. Read these as a handful of snapshots, not a picture of the continent.`,
		skill: 'Skill',
		skillOption: (name: string, n: number) => `${name} (${n} ${n === 1 ? 'country' : 'countries'})`,
		skills: {
			'copy-paste': 'Copy and paste',
			'copy-move-files': 'Copy or move files',
			'email-attachments': 'E-mail with attachments',
			'spreadsheet-formulas': 'Spreadsheet formulas',
			presentations: 'Electronic presentations',
			'install-devices': 'Connect and install devices',
			'install-software': 'Find and install software',
			'transfer-files': 'Transfer files between devices',
			programming: 'Programming',
			'privacy-settings': 'Privacy settings',
			'online-security': 'Online security measures'
		} as Record<Skill, string>,
		skillSeries: { 'youth-female': 'Young women (15–24)', 'youth-male': 'Young men (15–24)', youth: 'Youth (15–24)', adults: 'Adults (25–74)', parity: 'Parity index' } as Record<string, string>,
		skillsTitle: (skill: string) => `Share with the skill “${skill}”, by sex and age, latest survey`,
		skillsCount: (skill: string, n: number) => `“${skill}”: ${n} ${n === 1 ? 'country reports' : 'countries report'}.`,
		parityTitle: (skill: string) => `Gender parity index of “${skill}” (women ÷ men; 1 is parity)`,
		parityDescription: (n: number, below: number) => `${n} countries report a parity index; in ${below} of them fewer women than men have the skill (index below 1).`,
		parity: 'parity',
		tableSkills: (skill: string) => `ICT skill “${skill}”: share of people, by sex and age, and the parity index, latest survey`,

		// Against connectivity
		connectivityHeading: 'Schools and skills against the country’s connectivity',
		connectivityIntro: (gap: number) =>
			`Each country’s latest value on the vertical axis, against the horizontal value from the same year or the nearest one (at most ${gap} years apart; the earlier on a tie). Both years are in the table.`,
		pair: 'Compare',
		pairs: {
			internet: 'Schools with Internet vs. people using the Internet',
			electricity: 'Schools with electricity vs. people with electricity',
			price: 'Mobile-broadband price vs. Internet use'
		} as Record<Pair, string>,
		pairTitle: (y: string, x: string) => `${y} against ${x}, latest year`,
		pairCoverage: (both: number, all: number) => `${both} of the ${all} countries with a value on the vertical axis have one on the horizontal axis within the window.`,
		pairMissing: 'No horizontal value within the window:',
		tablePair: (y: string, x: string) => `${y} and ${x}: latest value (year)`,
		logScale: (label: string) => `${label}, log scale`,
		keyboardScatter: 'Arrow keys move between countries.',

		// Context
		contextHeading: 'Education context',
		contextIntro: 'Enrolment, completion, literacy and spending: each country’s latest value and its year, which is often older than the schools’ figures.',
		contextTitle: 'Gross enrolment ratio: primary, secondary and tertiary, latest year',
		tableContext: 'Education context: latest value (year)',
		enrolment: { primary: 'Primary', secondary: 'Secondary', tertiary: 'Tertiary' } as Record<string, string>,

		// Coverage
		coverageHeading: 'Who reports what, and how recently',
		coverageIntro: (since: number, members: number) =>
			`Gaps are part of the story. Countries with at least one value of each indicator, the years covered, and how many of the ${members} Smart Africa members have a value from ${since} or later.`,
		tableCoverage: 'Coverage of the indicators on this page',
		indicator: 'Indicator',
		countriesReporting: 'Countries with a value',
		recentMembers: (since: number) => `Members with a value since ${since}`,
		gridCaption: 'Latest year with a value, by country (blank: never reported)',
		gridLegend: (since: number) => [`${since} or later`, `${since - 5}–${since - 1}`, `before ${since - 5}`, 'never'],
		gridColumns: {
			'schools-electricity': 'Schools: electricity',
			'schools-computers': 'Schools: computers',
			'schools-internet': 'Schools: Internet',
			'ict-skills': 'ICT skills (any)',
			'gross-enrolment-secondary': 'Enrolment, secondary',
			'primary-completion': 'Primary completion',
			'literacy-adult': 'Adult literacy',
			'education-spending-gdp': 'Education spending',
			'internet-users': 'Internet use',
			'electricity-access': 'Electricity access'
		} as Record<string, string>,

		// Programmes
		programmesHeading: 'Education and skills programmes in the press',
		programmesIntro:
			'Education and skills programmes reported by press articles and institutions’ news pages (each card links to its source), linked to their countries and to those countries’ school figures above. A programme beside a figure is context: it does not say the programme moved the figure.',
		programmeText: {
			'tgo-ent': 'School intranet with Internet-connected multimedia rooms: a pilot in technical and scientific lycées, then teacher colleges, lycées and collèges.',
			'sen-snsa-focus-elearning': 'Online and in-person digital training in the Espaces Sénégal Services of 45 departments, for educators, students, young people and women.',
			'sen-imt-fablab-mooc': 'A week of hybrid training of West African fab lab managers on the “Digital fabrication” MOOC, at the École supérieure polytechnique in Dakar.',
			'mli-hub-iit': 'A hub connecting agri-food small firms in Bamako with technical know-how; after the pilot, deployed to Senegal, Chad and Burkina Faso.'
		} as ProgrammeText,
		programmeYears: 'Years',
		programmeCountries: 'Countries',
		programmeReach: 'Reach',
		programmeSchools: (country: string, level: string) => `${country}, ${level} schools`,
		programmeMore: 'Project page',
		programmeSource: 'Source'
	},
	{
		title: 'Éducation et numérique',
		lede: 'Les écoles sont-elles connectées, les jeunes ont-ils des compétences en TIC, et qu’en est-il au regard de la connectivité du pays ? ODD 4.a.1 et 4.4.1, pour les ministères de l’éducation et leurs partenaires. Chaque valeur est la plus récente du pays, avec son année : les années diffèrent.',
		controls: 'Réglages',
		countries: 'Pays nommés dans les graphiques',
		addCountry: 'Ajouter un pays…',
		remove: (name: string) => `Retirer ${name}`,
		level: 'Niveau d’enseignement',
		levels: { primary: 'Primaire', 'lower-secondary': 'Premier cycle du secondaire', 'upper-secondary': 'Second cycle du secondaire' },
		levelsLower: { primary: 'primaire', 'lower-secondary': 'premier cycle du secondaire', 'upper-secondary': 'second cycle du secondaire' },
		needsJs: 'Les réglages nécessitent JavaScript ; les graphiques ci-dessous montrent la vue par défaut.',
		tabsLabel: 'Graphique ou tableau',
		tabs: { chart: 'Graphique', table: 'Tableau' },
		sortBy: (h: string) => `Trier par ${h}`,
		country: 'Pays',
		member: 'Membre de Smart Africa',
		memberYes: 'membre',
		memberNo: 'non',
		year: 'Année',
		years: 'Années',
		valueYear: (value: string, year: number | string) => `${value} (${year})`,
		legendMember: 'Membre de Smart Africa (ligne ombrée)',
		legendMemberScatter: 'Membre de Smart Africa',
		legendNonMember: 'Non membre',
		legendSelected: 'Pays nommé',
		legendSize: 'Aire du cercle : population',
		legendProgramme: '◆ un programme d’éducation ou de compétences dans le pays (voir « Programmes »)',
		noValues: 'Aucun pays ne publie cette donnée.',
		nav: { schools: 'Écoles', skills: 'Compétences TIC', connectivity: 'Face à la connectivité', context: 'Contexte', coverage: 'Couverture', programmes: 'Programmes' },

		schoolsHeading: 'Écoles ayant l’électricité, des ordinateurs et Internet (ODD 4.a.1)',
		schoolsIntro:
			'Part des établissements qui en disposent à des fins pédagogiques, par niveau. Une ligne par pays déclarant, classée selon l’accès à Internet ; l’année à droite est la plus récente du pays (un intervalle quand les trois parts viennent d’années différentes).',
		schoolView: 'Afficher',
		schoolViews: { dots: 'Les trois parts', chain: 'La chaîne' },
		measures: { electricity: 'Électricité', computers: 'Ordinateurs', internet: 'Internet' },
		dotsTitle: (level: string) => `Écoles ayant l’électricité, des ordinateurs et Internet à des fins pédagogiques, ${level}, dernière année`,
		dotsCoverage: (n: number, e: number, c: number, i: number) =>
			`${n} pays publient au moins une part : électricité ${e}, ordinateurs ${c}, Internet ${i}.`,
		tableSchools: (level: string) => `Écoles ayant l’électricité, des ordinateurs et Internet, ${level} : dernière valeur (année)`,
		chainTitle: (level: string) => `Où la chaîne se rompt : électricité → ordinateurs → Internet, écoles du ${level}`,
		chainIntro: (n: number) =>
			`Les ${n} pays qui publient les trois parts. Une école a besoin d’électricité avant les ordinateurs, et d’ordinateurs avant Internet pour l’enseignement. La chaîne se rompt à l’électricité quand moins de la moitié des écoles l’ont ; sinon à l’étape qui perd le plus d’écoles (10 points ou plus) ; elle tient quand aucune étape n’en perd autant.`,
		chainSummary: (e: number, c: number, i: number, holds: number) =>
			`Rupture à l’électricité : ${e} · aux ordinateurs : ${c} · à Internet : ${i} · tient : ${holds}.`,
		chainDescription: (n: number, e: number, c: number, i: number, holds: number) =>
			`Sur ${n} pays, la chaîne se rompt à l’électricité dans ${e}, aux ordinateurs dans ${c}, à Internet dans ${i}, et tient dans ${holds}.`,
		breaksAt: 'Rupture',
		breakNames: { electricity: 'électricité', computers: 'ordinateurs', internet: 'Internet', none: 'tient' },
		drop: (points: string) => `−${points} pts`,
		tableChain: (level: string) => `La chaîne dans les écoles du ${level} : dernières parts et point de rupture`,
		noChain: 'Aucun pays ne publie les trois parts à ce niveau.',

		skillsHeading: 'Compétences en TIC des jeunes et des adultes (ODD 4.4.1) et leur parité entre les sexes (ODD 4.5.1)',
		skillsUpFront: (n: number, first: number, last: number) =>
			`Seuls ${n} des 55 pays africains ont publié un résultat sur les compétences en TIC, issu d’enquêtes menées entre ${first} et ${last}. Ce sont quelques instantanés, pas un portrait du continent.`,
		skill: 'Compétence',
		skillOption: (name: string, n: number) => `${name} (${n} pays)`,
		skills: {
			'copy-paste': 'Copier-coller',
			'copy-move-files': 'Copier ou déplacer des fichiers',
			'email-attachments': 'Courriel avec pièces jointes',
			'spreadsheet-formulas': 'Formules de tableur',
			presentations: 'Présentations électroniques',
			'install-devices': 'Connecter et installer des appareils',
			'install-software': 'Trouver et installer des logiciels',
			'transfer-files': 'Transférer des fichiers entre appareils',
			programming: 'Programmation',
			'privacy-settings': 'Paramètres de confidentialité',
			'online-security': 'Mesures de sécurité en ligne'
		},
		skillSeries: { 'youth-female': 'Jeunes femmes (15–24 ans)', 'youth-male': 'Jeunes hommes (15–24 ans)', youth: 'Jeunes (15–24 ans)', adults: 'Adultes (25–74 ans)', parity: 'Indice de parité' },
		skillsTitle: (skill: string) => `Part des personnes ayant la compétence « ${skill} », par sexe et âge, dernière enquête`,
		skillsCount: (skill: string, n: number) => `« ${skill} » : ${n} pays.`,
		parityTitle: (skill: string) => `Indice de parité entre les sexes de « ${skill} » (femmes ÷ hommes ; 1 = parité)`,
		parityDescription: (n: number, below: number) => `${n} pays publient un indice de parité ; dans ${below} d’entre eux, moins de femmes que d’hommes ont la compétence (indice inférieur à 1).`,
		parity: 'parité',
		tableSkills: (skill: string) => `Compétence en TIC « ${skill} » : part des personnes, par sexe et âge, et indice de parité, dernière enquête`,

		connectivityHeading: 'Écoles et compétences face à la connectivité du pays',
		connectivityIntro: (gap: number) =>
			`La valeur la plus récente de chaque pays sur l’axe vertical, face à la valeur horizontale de la même année ou de l’année la plus proche (au plus ${gap} ans d’écart ; la plus ancienne en cas d’égalité). Les deux années figurent dans le tableau.`,
		pair: 'Comparer',
		pairs: {
			internet: 'Écoles avec Internet et utilisation d’Internet',
			electricity: 'Écoles avec électricité et accès à l’électricité',
			price: 'Prix du haut débit mobile et utilisation d’Internet'
		},
		pairTitle: (y: string, x: string) => `${y} face à ${x}, dernière année`,
		pairCoverage: (both: number, all: number) => `${both} des ${all} pays ayant une valeur sur l’axe vertical en ont une sur l’axe horizontal dans la fenêtre.`,
		pairMissing: 'Sans valeur horizontale dans la fenêtre :',
		tablePair: (y: string, x: string) => `${y} et ${x} : dernière valeur (année)`,
		logScale: (label: string) => `${label}, échelle logarithmique`,
		keyboardScatter: 'Les flèches passent d’un pays à l’autre.',

		contextHeading: 'Contexte éducatif',
		contextIntro: 'Scolarisation, achèvement, alphabétisation et dépenses : la valeur la plus récente de chaque pays et son année, souvent plus ancienne que celles des écoles.',
		contextTitle: 'Taux brut de scolarisation : primaire, secondaire et supérieur, dernière année',
		tableContext: 'Contexte éducatif : dernière valeur (année)',
		enrolment: { primary: 'Primaire', secondary: 'Secondaire', tertiary: 'Supérieur' },

		coverageHeading: 'Qui publie quoi, et depuis quand',
		coverageIntro: (since: number, members: number) =>
			`Les lacunes font partie du propos. Pays ayant au moins une valeur de chaque indicateur, années couvertes, et combien des ${members} membres de Smart Africa ont une valeur de ${since} ou après.`,
		tableCoverage: 'Couverture des indicateurs de cette page',
		indicator: 'Indicateur',
		countriesReporting: 'Pays ayant une valeur',
		recentMembers: (since: number) => `Membres ayant une valeur depuis ${since}`,
		gridCaption: 'Dernière année avec une valeur, par pays (vide : jamais publié)',
		gridLegend: (since: number) => [`${since} ou après`, `${since - 5}–${since - 1}`, `avant ${since - 5}`, 'jamais'],
		gridColumns: {
			'schools-electricity': 'Écoles : électricité',
			'schools-computers': 'Écoles : ordinateurs',
			'schools-internet': 'Écoles : Internet',
			'ict-skills': 'Compétences TIC (toutes)',
			'gross-enrolment-secondary': 'Scolarisation, secondaire',
			'primary-completion': 'Achèvement du primaire',
			'literacy-adult': 'Alphabétisation des adultes',
			'education-spending-gdp': 'Dépenses d’éducation',
			'internet-users': 'Utilisation d’Internet',
			'electricity-access': 'Accès à l’électricité'
		},

		programmesHeading: 'Programmes d’éducation et de compétences dans la presse',
		programmesIntro:
			'Programmes d’éducation et de compétences rapportés par des articles de presse et des pages d’actualité d’institutions (chaque fiche renvoie à sa source), reliés à leurs pays et aux chiffres des écoles de ces pays. Un programme à côté d’un chiffre est un contexte : il ne dit pas que le programme a fait bouger le chiffre.',
		programmeText: {
			'tgo-ent': 'Intranet scolaire avec salles multimédias connectées à Internet : un pilote dans des lycées techniques et scientifiques, puis les écoles normales, lycées et collèges.',
			'sen-snsa-focus-elearning': 'Formations numériques en ligne et en présentiel dans les Espaces Sénégal Services de 45 départements, pour les éducateurs, étudiants, jeunes et femmes.',
			'sen-imt-fablab-mooc': 'Une semaine de formation hybride de gestionnaires de fab labs d’Afrique de l’Ouest au MOOC « S’initier à la fabrication numérique », à l’École supérieure polytechnique de Dakar.',
			'mli-hub-iit': 'Un dispositif reliant les petites entreprises agroalimentaires de Bamako au savoir-faire technique ; après le pilote, déployé au Sénégal, au Tchad et au Burkina Faso.'
		},
		programmeYears: 'Années',
		programmeCountries: 'Pays',
		programmeReach: 'Portée',
		programmeSchools: (country: string, level: string) => `${country}, écoles du ${level}`,
		programmeMore: 'Page du projet',
		programmeSource: 'Source'
	}
);
