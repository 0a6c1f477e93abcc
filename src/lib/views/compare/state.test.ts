import { describe, expect, it } from 'vitest';
import {
	chartYears,
	DEFAULT_VIEW,
	defaultLog,
	normaliseView,
	parseCompareView,
	queryParams,
	serialiseCompareView,
	valueScale,
	type CompareContext,
	type CompareView,
	type IndicatorInfo
} from './state';

const info = (unit: string, first: number, last: number, firstWellCovered = first, latestWellCovered = last, wellCovered = true): IndicatorInfo => ({
	unit,
	first,
	last,
	firstWellCovered,
	latestWellCovered,
	wellCovered,
	lowerIsBetter: unit === 'usd'
});
const ctx: CompareContext = {
	knownCountries: new Set(['TGO', 'SEN', 'RWA', 'KEN', 'NGA', 'GHA', 'CIV', 'BEN']),
	indicators: new Map([
		['internet-users', info('percent', 1960, 2023, 1990, 2022)],
		['gdp-per-capita', info('usd', 1960, 2025)],
		['mci-index', info('score-0-100', 2014, 2023)],
		['egdi', info('index-0-1', 2003, 2010)],
		['children-home-internet', info('percent', 2010, 2019, 2010, 2019, false)],
		// Well covered only in its first year, as the SDG 4.4.1 skill of copying files (2014–2018).
		['copy-files', info('percent', 2014, 2018, 2014, 2014)],
		['one-year', info('percent', 2020, 2020)]
	]),
	defaults: DEFAULT_VIEW
};
const parse = (qs: string) => parseCompareView(new URLSearchParams(qs), ctx);
const view = (change: Partial<CompareView>): CompareView => ({ ...DEFAULT_VIEW, ...change });

describe('compare URL state', () => {
	it('uses the defaults for an empty query string', () => {
		expect(parse('')).toEqual({ view: DEFAULT_VIEW, notices: [] });
	});

	it('reads every parameter', () => {
		const { view: v, notices } = parse(
			'countries=tgo,SEN&indicator=gdp-per-capita&from=2015&to=2020&chart=bar&x=internet-users&year=2019&align=joined&log=y,x&change=2017&refs=mean,median&tab=table'
		);
		expect(notices).toEqual([]);
		expect(v).toEqual({
			countries: ['TGO', 'SEN'],
			indicator: 'gdp-per-capita',
			chart: 'bar',
			from: 2015,
			to: 2020,
			year: 2019,
			x: 'internet-users',
			align: 'joined',
			log: ['x', 'y'],
			change: 2017,
			refs: ['median', 'mean'],
			tab: 'table'
		});
	});

	it('reads a base year of change within the line chart’s years, or shows the values with a notice', () => {
		expect(parse('change=2000').view.change).toBe(2000);
		// The line chart of internet users starts in its first well-covered year, 1990, by default.
		expect(parse('change=1989')).toEqual({ view: DEFAULT_VIEW, notices: [{ kind: 'bad-change', param: 'change', value: '1989', first: 1990, last: 2023 }] });
		expect(parse('from=2010&to=2015&change=2016').notices).toEqual([{ kind: 'bad-change', param: 'change', value: '2016', first: 2010, last: 2015 }]);
		expect(parse('from=2010&to=2015&change=2010').view.change).toBe(2010);
		for (const bad of ['', 'soon', '2015.5', ' 20155', '-2015']) expect(parse(`change=${encodeURIComponent(bad)}`).view.change, bad).toBeNull();
		expect(serialiseCompareView(view({ change: 2012 }), DEFAULT_VIEW)).toBe('?change=2012');
		// A new range that leaves the base year out drops it, as a new indicator without it does.
		expect(normaliseView(view({ change: 2012, from: 2014 }), ctx).change).toBeNull();
		expect(normaliseView(view({ change: 2012, indicator: 'mci-index' }), ctx).change).toBeNull();
		expect(normaliseView(view({ change: 2015, indicator: 'mci-index' }), ctx).change).toBe(2015);
	});

	it('logs the line chart of a skewed indicator by default, the bar chart only when asked, never shares or changes', () => {
		expect(valueScale(parse('indicator=gdp-per-capita').view, ctx)).toBe('log');
		expect(valueScale(parse('indicator=gdp-per-capita&log=none').view, ctx)).toBe('linear');
		expect(valueScale(parse('indicator=gdp-per-capita&chart=bar').view, ctx)).toBe('linear');
		expect(valueScale(parse('indicator=gdp-per-capita&chart=bar&log=y').view, ctx)).toBe('log');
		expect(valueScale(parse('').view, ctx)).toBe('linear');
		// Shares and scores are not skewed: a log axis there is dropped with a notice.
		expect(parse('chart=bar&log=y')).toEqual({ view: view({ chart: 'bar', log: [] }), notices: [{ kind: 'log-unit', param: 'log' }] });
		// A change can be negative: no log axis over it, and the default one gives way silently.
		expect(parse('indicator=gdp-per-capita&change=2000&log=y').notices).toEqual([{ kind: 'log-change', param: 'log' }]);
		const changed = parse('indicator=gdp-per-capita&change=2000');
		expect(changed.notices).toEqual([]);
		expect(valueScale(changed.view, ctx)).toBe('linear');
		// The slope chart and the map have no log axis, whatever the address says.
		expect(valueScale(parse('indicator=gdp-per-capita&chart=map&log=y').view, ctx)).toBe('linear');
		// Written back: the page's default is left out, a choice against it kept.
		expect(serialiseCompareView(normaliseView(view({ indicator: 'gdp-per-capita', log: ['y'] }), ctx), DEFAULT_VIEW)).toBe('?indicator=gdp-per-capita');
		expect(serialiseCompareView(normaliseView(view({ indicator: 'gdp-per-capita', chart: 'bar', log: ['y'] }), ctx), DEFAULT_VIEW)).toBe('?indicator=gdp-per-capita&chart=bar&log=y');
	});

	it('reads a scatter chart’s indicators from x and y', () => {
		const { view: v } = parse('chart=scatter&x=mci-index&y=gdp-per-capita');
		expect([v.x, v.indicator]).toEqual(['mci-index', 'gdp-per-capita']);
		// Outside a scatter chart, `indicator` wins and `y` stands in only for a missing `indicator`.
		expect(parse('indicator=mci-index&y=egdi').view.indicator).toBe('mci-index');
		expect(parse('y=egdi').view.indicator).toBe('egdi');
	});

	it('drops unknown and malformed values with a notice each, keeping the rest', () => {
		const { view: v, notices } = parse('countries=TGO,XYZ&indicator=nope&chart=pie&align=sideways&log=z&refs=mode&tab=grid&colour=red');
		expect(v).toEqual(view({ countries: ['TGO'] }));
		expect(notices).toEqual([
			{ kind: 'unknown-param', param: 'colour' },
			{ kind: 'bad-value', param: 'chart', value: 'pie', expected: ['line', 'bar', 'slope', 'scatter', 'map'] },
			{ kind: 'unknown-indicator', param: 'indicator', value: 'nope', fallback: 'internet-users' },
			{ kind: 'unknown-country', param: 'countries', value: 'XYZ' },
			{ kind: 'bad-value', param: 'align', value: 'sideways', expected: ['year', 'joined'] },
			{ kind: 'bad-value', param: 'log', value: 'z', expected: ['x', 'y', 'x,y', 'none'] },
			{ kind: 'bad-value', param: 'refs', value: 'mode', expected: ['median', 'mean', 'median,mean', 'none'] },
			{ kind: 'bad-value', param: 'tab', value: 'grid', expected: ['chart', 'table'] }
		]);
	});

	it.each([
		['from=1899', 'from', 1990],
		['to=abc', 'to', 2023],
		['year=2031', 'year', 2022],
		['year=2020.5', 'year', 2022]
	])('falls back to the indicator’s default for %s', (qs, param, fallback) => {
		const { view: v, notices } = parse(qs);
		expect(v[param as 'from']).toBeNull();
		expect(notices).toEqual([expect.objectContaining({ kind: 'bad-year', param, first: 1960, last: 2023, fallback })]);
	});

	it('checks years against the indicator they are for', () => {
		expect(parse('indicator=mci-index&from=2010').notices).toEqual([
			{ kind: 'bad-year', param: 'from', value: '2010', first: 2014, last: 2023, fallback: 2014 }
		]);
		// A scatter chart's year must be one both indicators cover.
		expect(parse('chart=scatter&x=mci-index&year=2024').notices).toEqual([
			{ kind: 'bad-year', param: 'year', value: '2024', first: 2014, last: 2023, fallback: 2022 }
		]);
	});

	it('swaps a reversed range, and refuses a slope between a year and itself', () => {
		expect(parse('from=2020&to=2010')).toEqual({ view: view({ from: 2010, to: 2020 }), notices: [{ kind: 'swapped-years', from: 2010, to: 2020 }] });
		expect(parse('chart=slope&from=2015&to=2015')).toEqual({
			view: view({ chart: 'slope' }),
			notices: [{ kind: 'same-years', year: 2015 }]
		});
	});

	it('accepts none for log scales and reference lines', () => {
		expect(parse('log=none&refs=none').view).toMatchObject({ log: [], refs: [] });
	});

	it('writes only what differs from the default, and reads back what it wrote', () => {
		expect(serialiseCompareView(DEFAULT_VIEW, DEFAULT_VIEW)).toBe('');
		const changed = view({ countries: ['NGA', 'TGO'], indicator: 'mci-index', chart: 'slope', from: 2015, to: 2020, refs: ['median', 'mean'], tab: 'table' });
		const qs = serialiseCompareView(changed, DEFAULT_VIEW);
		expect(qs).toBe('?countries=NGA,TGO&indicator=mci-index&from=2015&to=2020&chart=slope&refs=median,mean&tab=table');
		expect(parse(qs.slice(1))).toEqual({ view: changed, notices: [] });
		const scatter = view({ chart: 'scatter', indicator: 'mci-index', x: 'egdi', year: 2010, log: [], countries: [] });
		const scatterQs = serialiseCompareView(scatter, DEFAULT_VIEW);
		expect(scatterQs).toBe('?countries=&y=mci-index&chart=scatter&x=egdi&year=2010&log=none');
		expect(parse(scatterQs.slice(1)).view).toEqual(scatter);
		expect(parse(serialiseCompareView(view({ align: 'joined', refs: [] }), DEFAULT_VIEW).slice(1)).view).toEqual(view({ align: 'joined', refs: [] }));
	});
});

describe('years in effect', () => {
	it('spans the well-covered years to the last for a line chart', () => {
		expect(chartYears(DEFAULT_VIEW, ctx)).toEqual({ from: 1990, to: 2023, year: 2022 });
	});
	it('spans a decade to the latest well-covered year for a slope chart', () => {
		expect(chartYears(view({ chart: 'slope' }), ctx)).toMatchObject({ from: 2012, to: 2022 });
		expect(chartYears(view({ chart: 'slope', indicator: 'mci-index' }), ctx)).toMatchObject({ from: 2014, to: 2023 });
		expect(chartYears(view({ chart: 'slope', to: 2000 }), ctx)).toMatchObject({ from: 1990, to: 2000 });
	});
	it('ends a slope at the last year when the latest well-covered year is the first', () => {
		expect(chartYears(view({ chart: 'slope', indicator: 'copy-files' }), ctx)).toMatchObject({ from: 2014, to: 2018 });
		expect(parse('chart=slope&indicator=copy-files')).toEqual({ view: view({ chart: 'slope', indicator: 'copy-files' }), notices: [] });
		// An indicator with a single year has nothing to choose, and nothing to say.
		expect(parse('chart=slope&indicator=one-year')).toEqual({ view: view({ chart: 'slope', indicator: 'one-year' }), notices: [] });
	});
	it('picks a year both scatter indicators cover', () => {
		expect(chartYears(view({ chart: 'scatter', x: 'gdp-per-capita' }), ctx).year).toBe(2022);
		expect(chartYears(view({ chart: 'scatter', indicator: 'egdi', x: 'mci-index' }), ctx).year).toBe(2010); // no shared year: the closest
	});
});

describe('the query of a view', () => {
	it('asks only for what changes the data', () => {
		expect(queryParams(DEFAULT_VIEW, ctx)).toEqual({ chart: 'line', indicator: 'internet-users', from: 1990, to: 2023, align: 'year' });
		// The selection, reference lines, log scales and tab are applied to the data the page has.
		expect(queryParams(view({ countries: ['NGA'], refs: [], log: ['x'], tab: 'table' }), ctx)).toEqual(queryParams(DEFAULT_VIEW, ctx));
		expect(queryParams(view({ chart: 'slope' }), ctx)).toEqual({ chart: 'slope', indicator: 'internet-users', from: 2012, to: 2022 });
		expect(queryParams(view({ chart: 'scatter', year: 2015 }), ctx)).toEqual({ chart: 'scatter', x: 'gdp-per-capita', y: 'internet-users', year: 2015 });
	});
	it('ranks on the exact year where coverage allows, else on each country’s latest value', () => {
		expect(queryParams(view({ chart: 'bar' }), ctx)).toEqual({ chart: 'bar', indicator: 'internet-users', year: 2022, window: 0, lowerIsBetter: false });
		expect(queryParams(view({ chart: 'map', indicator: 'children-home-internet' }), ctx)).toMatchObject({ chart: 'map', year: 2019, window: 9 });
		expect(queryParams(view({ chart: 'bar', indicator: 'gdp-per-capita' }), ctx)).toMatchObject({ lowerIsBetter: true });
	});
});

describe('normalising a view after a change', () => {
	it('lets years equal to the defaults follow the indicator', () => {
		expect(normaliseView(view({ from: 1990, to: 2023, year: 2022 }), ctx)).toEqual(DEFAULT_VIEW);
		expect(normaliseView(view({ chart: 'slope', from: 2012, to: 2022 }), ctx)).toEqual(view({ chart: 'slope' }));
		expect(normaliseView(view({ chart: 'slope', from: 2005, to: 2022 }), ctx)).toEqual(view({ chart: 'slope', from: 2005 }));
	});
	it('never writes a slope between a year and itself', () => {
		// A start picked at the default end moves the end on to the last year…
		expect(chartYears(normaliseView(view({ chart: 'slope', from: 2022 }), ctx), ctx)).toMatchObject({ from: 2022, to: 2023 });
		// …a start picked equal to a chosen end gives way to its default…
		expect(normaliseView(view({ chart: 'slope', from: 2015, to: 2015 }), ctx)).toEqual(view({ chart: 'slope', to: 2015 }));
		// …and, where no other start is possible, the end too.
		expect(normaliseView(view({ chart: 'slope', indicator: 'copy-files', to: 2014 }), ctx)).toEqual(view({ chart: 'slope', indicator: 'copy-files' }));
		for (const v of [view({ chart: 'slope', from: 2015, to: 2015 }), view({ chart: 'slope', from: 2022 }), view({ chart: 'line', from: 2015, to: 2015 })]) {
			const written = normaliseView({ ...normaliseView(v, ctx), chart: 'slope' }, ctx);
			expect(parse(serialiseCompareView(written, DEFAULT_VIEW).slice(1))).toEqual({ view: written, notices: [] });
		}
	});
	it('drops years the new indicator does not cover', () => {
		expect(normaliseView(view({ indicator: 'mci-index', from: 2000, to: 2020 }), ctx)).toEqual(view({ indicator: 'mci-index', to: 2020 }));
	});
	it('keeps an explicit log choice only where it differs from the units’ default', () => {
		expect(defaultLog(view({ chart: 'scatter', x: 'gdp-per-capita' }), ctx)).toEqual(['x']);
		expect(normaliseView(view({ chart: 'scatter', log: ['x'] }), ctx).log).toBeNull();
		expect(normaliseView(view({ chart: 'scatter', log: [] }), ctx).log).toEqual([]);
	});
});
