/** A source's publisher, dataset and licence in the page's language (data/sources.csv has both). */
import type { Locale } from './locales';

export interface SourceNamesIn {
	publisher: string;
	publisher_fr?: string | null;
	dataset: string;
	dataset_fr?: string | null;
	licence: string;
	licence_fr?: string | null;
}

export interface SourceNames {
	publisher: string;
	dataset: string;
	licence: string;
}

/** French pages read the publisher's French name (Banque mondiale, UIT…); English pages the English. */
export function sourceNames(locale: Locale, s: SourceNamesIn): SourceNames {
	if (locale === 'en') return { publisher: s.publisher, dataset: s.dataset, licence: s.licence };
	return { publisher: s.publisher_fr || s.publisher, dataset: s.dataset_fr || s.dataset, licence: s.licence_fr || s.licence };
}

/** The same for a row that carries its source's columns prefixed with `source_` (the country scorecard). */
export function rowSourceNames(
	locale: Locale,
	r: { source_publisher: string; source_publisher_fr?: string | null; source_dataset: string; source_dataset_fr?: string | null; source_licence: string; source_licence_fr?: string | null }
): SourceNames {
	return sourceNames(locale, {
		publisher: r.source_publisher,
		publisher_fr: r.source_publisher_fr,
		dataset: r.source_dataset,
		dataset_fr: r.source_dataset_fr,
		licence: r.source_licence,
		licence_fr: r.source_licence_fr
	});
}
