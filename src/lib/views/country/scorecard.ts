/**
 * The indicators a country profile shows, by topic, most telling first: a briefing, not the catalogue
 * (every indicator stays one click away on /indicators).
 */
export const SCORECARD: { topic: string; indicators: string[] }[] = [
	{
		topic: 'connectivity',
		indicators: [
			'internet-users',
			'households-internet',
			'mobile-broadband-subscriptions',
			'fixed-broadband-subscriptions',
			'mobile-coverage-4g',
			'mobile-broadband-price-gni',
			'international-bandwidth',
			'electricity-access'
		]
	},
	{
		topic: 'education-digital',
		indicators: [
			'schools-internet-primary',
			'schools-internet-lower-secondary',
			'schools-computers-primary',
			'schools-electricity-primary',
			'children-home-internet',
			'ict-skills-copy-paste-youth'
		]
	},
	{ topic: 'education', indicators: ['gross-enrolment-primary', 'gross-enrolment-secondary', 'primary-completion', 'literacy-adult', 'education-spending-gdp'] },
	{ topic: 'governance', indicators: ['egdi', 'egov-osi', 'egov-tii'] },
	{ topic: 'economy', indicators: ['population', 'gdp-per-capita', 'gni-per-capita', 'urban-population'] }
];

export const SCORECARD_INDICATORS = SCORECARD.flatMap((t) => t.indicators);

/** Sparklines start here: two decades are enough to see a trend on a phone. */
export const SPARKLINE_FROM = 2005;

/**
 * Years behind the most recent data of the indicator after which a value reads as dated ("no data
 * since 2017"): publications lag, so one or two years behind is normal.
 */
export const STALE_AFTER = 3;

export function isStale(year: number | null, indicatorLastYear: number | null): boolean {
	return year !== null && indicatorLastYear !== null && indicatorLastYear - year >= STALE_AFTER;
}
