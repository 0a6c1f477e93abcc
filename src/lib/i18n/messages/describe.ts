/**
 * The sentences of the charts' own descriptions (src/lib/charts/describe): each receives values already
 * formatted for the page's language. The French avoids articles before country names ("Sénégal : 58 %"),
 * so no country needs its own grammar, and quotes an indicator's name rather than declining it.
 */
import { defineMessages } from './define';

const countriesEn = (n: number) => (n === 1 ? '1 country' : `${n} countries`);
const quoteEn = (name: string) => `“${name}”`;
const quoteFr = (name: string) => `«\u00a0${name}\u00a0»`;

export const describeText = defineMessages(
	{
		/** A name and its value: `Senegal (58%)`. */
		named: (name: string, value: string) => `${name} (${value})`,
		/** When a value is: `in 2023`. */
		inYear: (year: number) => `in ${year}`,
		overTime: (name: string, countries: number, from: string, to: string) =>
			`The chart shows ${quoteEn(name)} for ${countriesEn(countries)}, from ${from} to ${to}.`,
		ranking: (name: string, countries: number, year: string) => `The chart ranks ${countriesEn(countries)} by ${quoteEn(name)}${year ? ` ${year}` : ''}.`,
		slope: (name: string, countries: number, from: string, to: string) =>
			`The chart shows ${quoteEn(name)} for ${countriesEn(countries)}, ${from} and ${to}.`,
		map: (name: string, countries: number, year: string, missing: number) =>
			`The map shows ${quoteEn(name)}${year ? ` ${year}` : ''} for ${countriesEn(countries)}${missing ? `; ${countriesEn(missing)} without data` : ''}.`,
		scatter: (x: string, y: string, countries: number, year: string) =>
			`Each dot is one of ${countriesEn(countries)}: ${quoteEn(x)} across, ${quoteEn(y)} up${year ? `, ${year}` : ''}.`,
		dots: (series: string, countries: number) => `The chart shows ${series} for ${countriesEn(countries)}.`,
		/** `In 2023, highest: A (87%); lowest: B (11%).` (`at` may be empty). */
		extremes: (at: string, top: string, bottom: string) => `${at ? `${at[0].toUpperCase()}${at.slice(1)}, h` : 'H'}ighest: ${top}; lowest: ${bottom}.`,
		/** One series of a dot plot: `Internet: highest A (87%), lowest B (11%)`. */
		seriesExtremes: (series: string, top: string, bottom: string) => `${series}: highest ${top}, lowest ${bottom}`,
		/** A selected country: `Senegal: 10% in 2010, 58% in 2023, rank 12 of 50 from the highest`. */
		selected: (name: string, values: string, rank: string) => `${name}: ${values}${rank ? `, ${rank}` : ''}`,
		rank: (rank: number, of: number) => `rank ${rank} of ${of} from the highest`,
		/** A scatter point's two values. */
		across: (x: string, y: string) => `${x} across, ${y} up`,
		moreSelected: (n: number) => `${n} more selected`,
		/** A reference line (a group's median): `Members' median: 45% in 2023`. */
		reference: (label: string, values: string) => `${label}: ${values}`,
		noData: (name: string) => `The chart has no values of ${quoteEn(name)} for this choice.`,
		accessions: (founders: number, first: string, members: number) =>
			`Smart Africa grew from ${founders} founding members (${first}) to ${members} members shown here.`,
		latestAccession: (named: string) => `Latest dated accession: ${named}.`,
		byDateOnly: (n: number) => `${countriesEn(n)} known only to be members by a date.`,
		membershipMap: (countries: number, members: number, founding: number) =>
			`The map shows ${countriesEn(countries)}: ${members} members of Smart Africa, ${founding} of them founding members, and ${countries - members} not members.`,
		earlierDarker: 'Darker blues joined earlier.'
	},
	{
		named: (name, value) => `${name} (${value})`,
		inYear: (year) => `en ${year}`,
		overTime: (name, countries, from, to) => `Le graphique montre l’indicateur ${quoteFr(name)} pour ${countries}\u00a0pays, de ${from} à ${to}.`,
		ranking: (name, countries, year) => `Le graphique classe ${countries}\u00a0pays selon l’indicateur ${quoteFr(name)}${year ? ` ${year}` : ''}.`,
		slope: (name, countries, from, to) => `Le graphique montre l’indicateur ${quoteFr(name)} pour ${countries}\u00a0pays, ${from} et ${to}.`,
		map: (name, countries, year, missing) =>
			`La carte montre l’indicateur ${quoteFr(name)}${year ? ` ${year}` : ''} pour ${countries}\u00a0pays${missing ? `\u00a0; ${missing}\u00a0pays sans données` : ''}.`,
		scatter: (x, y, countries, year) =>
			`Chaque point est l’un des ${countries}\u00a0pays\u00a0: ${quoteFr(x)} à l’horizontale, ${quoteFr(y)} à la verticale${year ? `, ${year}` : ''}.`,
		dots: (series, countries) => `Le graphique montre ${series} pour ${countries}\u00a0pays.`,
		extremes: (at, top, bottom) => `${at ? `${at[0].toUpperCase()}${at.slice(1)}, v` : 'V'}aleur la plus haute\u00a0: ${top}\u00a0; la plus basse\u00a0: ${bottom}.`,
		seriesExtremes: (series, top, bottom) => `${series}\u00a0: valeur la plus haute ${top}, la plus basse ${bottom}`,
		selected: (name, values, rank) => `${name}\u00a0: ${values}${rank ? `, ${rank}` : ''}`,
		rank: (rank, of) => `rang ${rank} sur ${of} en partant du plus haut`,
		across: (x, y) => `${x} à l’horizontale, ${y} à la verticale`,
		moreSelected: (n) => `${n}\u00a0autres pays sélectionnés`,
		reference: (label, values) => `${label}\u00a0: ${values}`,
		noData: (name) => `Le graphique n’a pas de valeur de l’indicateur ${quoteFr(name)} pour ce choix.`,
		accessions: (founders, first, members) => `Smart Africa est passée de ${founders}\u00a0membres fondateurs (${first}) à ${members}\u00a0membres montrés ici.`,
		latestAccession: (named) => `Adhésion datée la plus récente\u00a0: ${named}.`,
		byDateOnly: (n) => `${n}\u00a0pays dont on sait seulement qu’ils étaient membres à une date.`,
		membershipMap: (countries, members, founding) =>
			`La carte montre ${countries}\u00a0pays\u00a0: ${members}\u00a0membres de Smart Africa, dont ${founding}\u00a0membres fondateurs, et ${countries - members}\u00a0non-membres.`,
		earlierDarker: 'Les bleus les plus foncés ont adhéré le plus tôt.'
	}
);
