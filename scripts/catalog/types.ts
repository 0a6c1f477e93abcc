/**
 * What a publisher module declares: its sources (publications), the indicators read from them, where
 * each indicator's values are in the raw files, and how to fetch those files from the publisher.
 */
import type { CountryLookup } from '../lib/country-lookup.ts';
import type { TOPICS, UNITS } from '../lib/tables.ts';
import type { RawObservation } from '../sources/types.ts';

export interface SourceSpec {
	id: string;
	publisher: string;
	/** The publisher's own French name (Banque mondiale, UIT…), for the French pages. */
	publisher_fr: string;
	dataset: string;
	/** The dataset's French title: the publisher's where it has one, else a faithful translation. */
	dataset_fr: string;
	url: string;
	licence: string;
	licence_fr: string;
	licence_url: string | null;
	/** Date the values were taken from the publisher; for an offline snapshot, the date of the dated copy. */
	retrieved: string;
	citation: string;
	/** The copy the values were read from, when it is not the publisher itself. */
	via: string | null;
}

/** Reads one raw file: text in, published values out, countries as AU ISO3 codes (others set aside). */
export type Parser = (text: string, file: string, countries: CountryLookup) => RawObservation[];

export interface IndicatorSpec {
	id: string;
	source_code: string;
	topic: (typeof TOPICS)[number];
	/** Groups the breakdowns of one measure (by level, sex, skill…) in pickers; null for a lone indicator. */
	family: string | null;
	name_en: string;
	name_fr: string;
	unit: (typeof UNITS)[number];
	unit_en: string;
	unit_fr: string;
	decimals: number;
	higher_is_better: boolean | null;
	valid_min: number | null;
	valid_max: number | null;
	source_id: string;
	description_en: string;
	description_fr: string;
	notes: string | null;
	/**
	 * Where the values are: a file under the raw folder (or several, e.g. one per survey year, each read
	 * by the same parser), the parser, and the series `code` the parser emits for this indicator.
	 */
	raw: { file: string | string[]; parse: Parser; code: string };
}

/** An indicator read from a single raw file (most publishers publish one file per series or table). */
export type SingleFileIndicatorSpec = IndicatorSpec & { raw: IndicatorSpec['raw'] & { file: string } };

export interface FetchOptions {
	/** Injected so fetchers are tested offline against fixtures. */
	fetch: typeof globalThis.fetch;
	log?: (message: string) => void;
}

export interface PublisherModule {
	/** Used by `npm run data:fetch -- --source <id>`. */
	id: string;
	sources: SourceSpec[];
	indicators: IndicatorSpec[];
	/**
	 * Downloads the same publications from the publisher into `out`, with the file names and formats of
	 * the offline snapshot, so `npm run data:curate -- --raw <out>` reads them. Returns the files written.
	 */
	fetch?: (out: string, options: FetchOptions) => Promise<string[]>;
}
