/**
 * UI text in English and French, one module per page or component family (messages/*.ts).
 * `defineMessages` makes the French set match the English one key for key (and each function its
 * signature), so a missing translation is a type error, not a blank.
 */
import type { Locale } from '../locales';

export type Messages<T> = Record<Locale, T>;

export function defineMessages<T>(en: T, fr: NoInfer<T>): Messages<T> {
	return { en, fr };
}
