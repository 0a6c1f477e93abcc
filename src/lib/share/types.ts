import type { Locale } from '$lib/i18n/locales';

/** What the share dialog is given; the share button passes on all of it but `onclose`. */
export interface ShareDialogProps {
	locale: Locale;
	target: ShareTarget;
	/** Dataset version, named in the images and the embed's footer. */
	datasetVersion: string;
	onclose: () => void;
}

/** What a page tells the share button about one of its charts. */
export interface ShareTarget {
	/** Id of the element holding the chart: its heading, subtitle, chart SVG and source line are read from it. */
	figure: string;
	/** The full view's path in this language (with the base path, without the query string). */
	path: string;
	/** The embed's path; the current query string (the view's state) is added to both. */
	embedPath: string;
	/** File name without extension, e.g. `internet-users_TGO-SEN_2010-2023`. */
	fileName: string;
	/** Default iframe height where the sizing script is not allowed to run. */
	embedHeight: number;
	/** Overrides for what is read from the figure. */
	title?: string;
	subtitle?: string;
	source?: string;
	/** A chart drawn for the image where the figure has no SVG of its own (the country scorecard's tables). */
	chart?: () => Promise<import('./card').CardChart>;
	/** Extra query for the embed (e.g. `chart=ranking`), joined to the view's state. */
	embedQuery?: string;
	/** Keep the address's query string (default true). */
	withQuery?: boolean;
}

/** What a page's load returns for its link preview; the root layout writes the meta tags. */
export interface PagePreview {
	title: string;
	description: string;
	/** The image's path in the page's language, without the base path (e.g. `/fr/embed/compare/preview.png`). */
	image: string;
	alt: string;
}
