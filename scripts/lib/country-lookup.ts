/**
 * One explicit table through which every publisher's country identifier becomes an ISO3 code of an
 * African Union member state: ISO3 codes, UN M49 codes and names. Other countries and regional
 * aggregates are recognised and set aside (null); an identifier found nowhere is an error naming the
 * file and line, never a silent drop.
 */
import { createRequire } from 'node:module';
import { COUNTRY_ALIASES } from '../catalog/country-aliases.ts';
import { ParseError } from '../sources/types.ts';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries') as {
	getAlpha3Codes(): Record<string, string>;
	getAlpha3Code(name: string, lang: string): string | undefined;
	numericToAlpha3(code: string | number): string | undefined;
	registerLocale(locale: unknown): void;
};
iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
iso.registerLocale(require('i18n-iso-countries/langs/fr.json'));

export interface Where {
	file: string;
	line: number;
}

export interface CountryIdentity {
	iso3: string;
	m49: number;
	name_en: string;
	name_fr: string;
}

/** Accents, case, spaces and apostrophes vary between publishers; the name does not. */
const normalise = (name: string) =>
	name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[’`]/g, "'")
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();

export class CountryLookup {
	readonly members: ReadonlySet<string>;
	#byM49 = new Map<number, string>();
	#byName = new Map<string, string>();

	constructor(countries: CountryIdentity[], aliases: Record<string, string> = COUNTRY_ALIASES) {
		this.members = new Set(countries.map((c) => c.iso3));
		for (const c of countries) {
			this.#byM49.set(c.m49, c.iso3);
			this.#byName.set(normalise(c.name_en), c.iso3);
			this.#byName.set(normalise(c.name_fr), c.iso3);
		}
		for (const [name, code] of Object.entries(aliases)) this.#byName.set(normalise(name), code);
	}

	#member(code: string): string | null {
		return this.members.has(code) ? code : null;
	}

	/**
	 * An ISO3 code: the member's code, or null for another country in ISO 3166 or for one of the
	 * publisher's own aggregate or non-ISO codes listed in `alsoKnown` (e.g. the World Bank's "SSF").
	 */
	iso3(code: string, where: Where, alsoKnown: ReadonlySet<string> = new Set()): string | null {
		const c = code.trim().toUpperCase();
		if (this.members.has(c)) return c;
		if (c in iso.getAlpha3Codes() || alsoKnown.has(c)) return null;
		throw new ParseError(where.file, where.line, `unknown country code "${code}"`);
	}

	/**
	 * A UN M49 code: the member's code, or null for another country or a region. M49 country codes are
	 * the ISO 3166-1 numeric codes; every other M49 code is a region or grouping (World, Least Developed
	 * Countries…) or a former state such as 736, Sudan before 2011 — not one of today's 55 members.
	 */
	m49(code: string | number, where: Where): string | null {
		const n = Number(code);
		if (!Number.isInteger(n) || n <= 0) throw new ParseError(where.file, where.line, `"${code}" is not an M49 code`);
		return this.#byM49.get(n) ?? null;
	}

	/** A country name (UN, World Bank, ITU or French spelling; trailing spaces are common). */
	name(name: string, where: Where): string | null {
		const key = normalise(name);
		const known = this.#byName.get(key) ?? iso.getAlpha3Code(name.trim(), 'en') ?? iso.getAlpha3Code(name.trim(), 'fr');
		if (known) return this.#member(known);
		throw new ParseError(where.file, where.line, `unknown country name "${name}" (add it to scripts/catalog/country-aliases.ts)`);
	}
}
