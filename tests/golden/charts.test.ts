/**
 * Golden SVG files of every chart the site draws (see README.md beside this file): each case renders a
 * page or a view on the server from the real data and compares each of its charts with
 * output/<case>.<chart>.svg (a figure drawn in HTML: .html). `npm run test:golden -- -u` rewrites them.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test, vi } from 'vitest';
import type { Component } from 'svelte';
import { prerenderEngine } from '$lib/db/node';
import type { Locale } from '$lib/i18n/locales';
import { comparePage } from '$lib/i18n/messages/compare';
import { educationPage } from '$lib/i18n/messages/education';
import { engine as engineMessages } from '$lib/i18n/messages/common';
import { localHref } from '$lib/i18n/routes';
import { compareChart, indicatorCatalogue, sourceList } from '$lib/queries/compare';
import { countryCodes, countryNames } from '$lib/queries/countries';
import { indicatorMeta, indicatorRanking, indicatorSeries, indicatorYears } from '$lib/queries/indicator';
import { formatTick, formatValue } from '$lib/i18n/format';
import { localized } from '$lib/i18n/locales';
import BarChart from '$lib/charts/BarChart.svelte';
import LineChart from '$lib/charts/LineChart.svelte';
import { BAR_COLOUR, colourFor } from '$lib/charts/palette';
import { connectivityPair, pairIndicators, PAIR_MAX_GAP, schoolsLatest, skillsLatest } from '$lib/queries/education';
import { africaMap } from '$lib/server/africa-map';
import { DEFAULT_VIEW as COMPARE_DEFAULTS, logAxes, parseCompareView, queryParams, valueScale, type CompareContext } from '$lib/views/compare/state';
import { parseEducationView } from '$lib/views/education/state';
import type { EducationContext } from '$lib/views/education/context';
import PairPanel from '$lib/views/education/PairPanel.svelte';
import SchoolsPanel from '$lib/views/education/SchoolsPanel.svelte';
import SkillsPanel from '$lib/views/education/SkillsPanel.svelte';
import { attribute, findAll, findCharts, parse, pretty, stack } from './markup';
import { PHONE, renderComponent, renderPage, type PageRoute } from './render';

import BarView from '$lib/views/compare/BarView.svelte';
import LineView from '$lib/views/compare/LineView.svelte';
import MapView from '$lib/views/compare/MapView.svelte';
import ScatterView from '$lib/views/compare/ScatterView.svelte';
import SlopeView from '$lib/views/compare/SlopeView.svelte';
import type { ViewContext } from '$lib/views/compare/context';
import { indicatorInfoMap, selectionColours } from '$lib/views/compare/derive';
import type { CompareData } from '$lib/views/compare/load.server';
import type { EducationData } from '$lib/views/education/load.server';

import HomePage from '../../src/routes/[[lang=lang]]/+page.svelte';
import * as home from '../../src/routes/[[lang=lang]]/+page.server';
import IndicatorPage from '../../src/routes/[[lang=lang]]/indicator/[id]/+page.svelte';
import * as indicator from '../../src/routes/[[lang=lang]]/indicator/[id]/+page.server';
import ComparePage from '../../src/routes/[[lang=lang]]/compare/+page.svelte';
import * as compare from '../../src/routes/[[lang=lang]]/compare/+page.server';
import EducationPage from '../../src/routes/[[lang=lang]]/education/+page.svelte';
import * as education from '../../src/routes/[[lang=lang]]/education/+page.server';
import ProjectsPage from '../../src/routes/[[lang=lang]]/projects/+page.svelte';
import * as projects from '../../src/routes/[[lang=lang]]/projects/+page.server';
import ProjectPage from '../../src/routes/[[lang=lang]]/projects/[id]/+page.svelte';
import * as project from '../../src/routes/[[lang=lang]]/projects/[id]/+page.server';
import CountryPage from '../../src/routes/[[lang=lang]]/country/[iso3]/+page.svelte';
import * as country from '../../src/routes/[[lang=lang]]/country/[iso3]/+page.server';

const OUTPUT = fileURLToPath(new URL('./output/', import.meta.url));
const LOCALES: Locale[] = ['en', 'fr'];

const route = (id: string, component: unknown, server: { load: unknown }): PageRoute => ({ id, component: component as never, load: server.load as never });
const ROUTES = {
	home: route('/[[lang=lang]]', HomePage, home),
	indicator: route('/[[lang=lang]]/indicator/[id]', IndicatorPage, indicator),
	compare: route('/[[lang=lang]]/compare', ComparePage, compare),
	education: route('/[[lang=lang]]/education', EducationPage, education),
	projects: route('/[[lang=lang]]/projects', ProjectsPage, projects),
	project: route('/[[lang=lang]]/projects/[id]', ProjectPage, project),
	country: route('/[[lang=lang]]/country/[iso3]', CountryPage, country)
};

const lang = (locale: Locale) => (locale === 'fr' ? { lang: 'fr' } : {});

type Element = ReturnType<typeof findCharts>[number]['element'];

/** The charts of rendered HTML, by id. */
const chartsOf = (html: string) => new Map(findCharts(html).map((c) => [c.id, c.element]));

/**
 * A compare view that the page draws in the browser for an address (`?chart=bar&…`): the address read as
 * the page reads it, the query the page runs (here on native DuckDB), the view component the page shows.
 */
async function compareView(locale: Locale, search: string, size?: typeof PHONE): Promise<string> {
	const db = prerenderEngine();
	const data = (await compare.load({ params: lang(locale) } as never)) as CompareData;
	// Any address but the default makes the page fetch the whole catalogue (./catalogue.json), as here.
	const [catalogue, sourceRows] = await Promise.all([indicatorCatalogue(db), sourceList(db)]);
	const context: CompareContext = { knownCountries: new Set(data.countries.map((c) => c.iso3)), indicators: indicatorInfoMap(catalogue), defaults: COMPARE_DEFAULTS };
	const { view, notices } = parseCompareView(new URLSearchParams(search), context);
	expect(notices, `the address ${search} is valid`).toEqual([]);
	const params = queryParams(view, context);
	const result = await compareChart(db, params);
	const entries = new Map(catalogue.map((c) => [c.id, c]));
	const countries = new Map(data.countries.map((c) => [c.iso3, c]));
	const ctx: ViewContext = {
		locale,
		t: comparePage[locale],
		name: (iso3) => (locale === 'fr' ? countries.get(iso3)?.name_fr : countries.get(iso3)?.name_en) ?? iso3,
		countries,
		selected: view.countries,
		colours: selectionColours(view.countries),
		refs: view.refs,
		status: 'ready',
		statusText: engineMessages[locale].updating,
		tab: view.tab,
		enhanced: true,
		onTab: () => {},
		sources: Object.fromEntries(sourceRows.map((s) => [s.id, s])),
		indicatorHref: (id) => localHref(locale, `/indicator/${id}`)
	};
	const draw = <P extends Record<string, unknown>>(component: Component<P>, props: P) => renderComponent(component, props, size);
	if (params.chart === 'scatter' && result.chart === 'scatter') {
		const log = logAxes({ ...view, x: params.x, indicator: params.y }, context);
		return draw(ScatterView as never, { ctx, xEntry: entries.get(params.x)!, yEntry: entries.get(params.y)!, params, data: result, log } as never);
	}
	if (params.chart === 'scatter' || result.chart === 'scatter') throw new Error('query and result disagree');
	const entry = entries.get(params.indicator)!;
	// The base year and the value axis as ChartSwitch gives them.
	const scale = valueScale(view, context);
	if (result.chart === 'line') return draw(LineView as never, { ctx, entry, params, data: result, change: view.change, scale } as never);
	if (result.chart === 'slope') return draw(SlopeView as never, { ctx, entry, params, data: result } as never);
	if (result.chart === 'bar') return draw(BarView as never, { ctx, entry, params, data: result, scale } as never);
	// The map's shapes, as the page fetches them (./map.json).
	return draw(MapView as never, { ctx, entry, params, data: result, map: africaMap(await countryCodes(db)) } as never);
}

/** The education panels the page draws in the browser for an address (`?level=…&skill=…`), by the same queries. */
async function educationPanels(locale: Locale, search: string): Promise<string> {
	const db = prerenderEngine();
	const data = (await education.load({ params: lang(locale) } as never)) as EducationData;
	const { view, notices } = parseEducationView(new URLSearchParams(search), new Set(data.countries.map((c) => c.iso3)));
	expect(notices, `the address ${search} is valid`).toEqual([]);
	const ctx: EducationContext = {
		locale,
		t: educationPage[locale],
		countries: new Map(data.countries.map((c) => [c.iso3, c])),
		selected: view.countries,
		programmeCountries: new Set(data.programmes.flatMap((p) => p.countries.map((c) => c.iso3))),
		entries: new Map(data.catalogue.map((c) => [c.id, c])),
		sources: data.sources,
		enhanced: true
	};
	const pair = { ...pairIndicators(view.pair, view.level), maxGap: PAIR_MAX_GAP };
	const [schools, skills, pairRows] = await Promise.all([schoolsLatest(db, { level: view.level }), skillsLatest(db, { skill: view.skill }), connectivityPair(db, pair)]);
	return [
		renderComponent(SchoolsPanel as never, { ctx, level: view.level, view: view.schools, rows: schools } as never),
		renderComponent(SkillsPanel as never, { ctx, skill: view.skill, rows: skills } as never),
		renderComponent(PairPanel as never, { ctx, y: pair.y, x: pair.x, rows: pairRows, logX: pair.x.startsWith('mobile-broadband-price') } as never)
	].join('\n');
}

/**
 * The line and bar charts on a log axis (no view offers it yet: the charts' own option), over a skewed
 * indicator's real data: international bandwidth, from under 1 to thousands of Mbit/s.
 */
async function logScaleCharts(locale: Locale): Promise<Map<string, Element>> {
	const db = prerenderEngine();
	const indicator = 'international-bandwidth';
	const [meta, years, names] = await Promise.all([indicatorMeta(db, indicator), indicatorYears(db, indicator), countryNames(db)]);
	const name = new Map(names.map((c) => [c.iso3, localized(c, 'name', locale)]));
	const countries = ['KEN', 'CIV', 'TGO', 'TCD'];
	const points = await indicatorSeries(db, { indicator, countries, from: years!.firstWellCovered });
	const title = localized(meta!, 'name', locale);
	const format = (v: number | null) => formatValue(locale, v, meta!.unit, meta!.decimals);
	const tick = (v: number) => formatTick(locale, v, meta!.unit);
	const series = countries.map((iso3, i) => ({
		key: iso3,
		label: name.get(iso3)!,
		colour: colourFor(i),
		points: points.filter((p) => p.iso3 === iso3).map((p) => ({ x: p.year, y: p.value }))
	}));
	const ranking = await indicatorRanking(db, { indicator, year: years!.latestWellCovered, window: 3 });
	const bars = ranking
		.filter((r) => r.value !== null)
		.map((r) => ({ key: r.iso3, label: name.get(r.iso3)!, value: r.value!, colour: BAR_COLOUR, emphasised: countries.includes(r.iso3) }));
	return chartsOf(
		renderComponent(LineChart, { id: 'log-line', series, title, description: title, formatY: tick, formatValue: format, scale: 'log' as const }) +
			renderComponent(BarChart, { id: 'log-bar', bars, title, description: title, formatValue: format, formatTick: tick, scale: 'log' as const })
	);
}

/** The country profile's sparklines, one per scorecard row, as one SVG. */
function sparklinesOf(html: string): Map<string, Element> {
	const rows = findAll(parse(html), (el) => el.tagName === 'tr' && attribute(el, 'data-indicator') !== undefined);
	const items = rows.flatMap((row) => {
		const svg = findAll(row, (el) => el.tagName === 'svg' && /\bsparkline\b/.test(attribute(el, 'class') ?? ''))[0];
		return svg ? [{ key: attribute(row, 'data-indicator')!, svg }] : [];
	});
	expect(items.length, 'sparklines on the profile').toBeGreaterThan(5);
	return new Map([['sparklines', stack(items)]]);
}

/** A chart's data table, as DataTable renders it: the `<table>` whose caption starts with `caption`. */
function tableOf(html: string, caption: string, key: string): Map<string, Element> {
	const tables = findAll(parse(html), (el) => el.tagName === 'table').filter((t) => {
		const cap = findAll(t, (el) => el.tagName === 'caption')[0];
		const text = cap?.childNodes.map((n) => ('value' in n ? n.value : '')).join('') ?? '';
		return text.startsWith(caption);
	});
	expect(tables.length, `one table captioned "${caption}"`).toBe(1);
	return new Map([[key, tables[0]]]);
}

interface Case {
	/** The golden files' prefix: `<name>.<chart id>.svg`. */
	name: string;
	/** What the case draws, in words (the test's name). */
	about: string;
	/** The charts kept as golden files (a case may draw others, covered by another case). */
	charts: string[];
	draw: () => Promise<Map<string, Element>>;
}

const page = (...args: Parameters<typeof renderPage>) => async () => chartsOf(await renderPage(...args));

const CASES: Case[] = [
	...LOCALES.flatMap((locale): Case[] => [
		// Each page's default state, as prerendered: the HTML every reader gets before any JavaScript.
		{ name: `home-${locale}`, about: 'home: membership map, accession timeline', charts: ['membership-map', 'accession-timeline'], draw: page(ROUTES.home, locale) },
		{
			name: `indicator-internet-users-${locale}`,
			about: 'indicator page, internet users: over time and ranking',
			charts: ['line-internet-users', 'bar-internet-users'],
			draw: page(ROUTES.indicator, locale, { id: 'internet-users' })
		},
		{ name: `compare-${locale}`, about: 'compare page: the default line chart', charts: ['compare-line'], draw: page(ROUTES.compare, locale) },
		{
			name: `education-${locale}`,
			about: "education page: every panel's default chart",
			charts: ['schools-dots', 'skills-dots', 'skills-parity', 'pair-scatter', 'context-dots'],
			draw: page(ROUTES.education, locale)
		},
		{ name: `projects-${locale}`, about: 'projects page: timeline and map', charts: ['projects-timeline', 'projects-map'], draw: page(ROUTES.projects, locale) },
		{
			name: `project-tgo-ent-${locale}`,
			about: "a project's page (Togo's school network): its timeline and related indicators by period",
			charts: ['project-timeline', 'related-schools-internet-lower-secondary', 'related-internet-users'],
			draw: page(ROUTES.project, locale, { id: 'tgo-ent' })
		},
		{
			name: `country-tgo-${locale}`,
			about: "a country's profile (Togo): the scorecard's sparklines",
			charts: ['sparklines'],
			draw: async () => sparklinesOf(await renderPage(ROUTES.country, locale, { iso3: 'TGO' }))
		},
		// Other states: another indicator, chart, countries, years, alignment, peer groups, level or skill.
		{
			name: `compare-bar-${locale}`,
			about: 'compare: bar chart of another indicator in a given year, other countries',
			charts: ['compare-bar'],
			draw: async () => chartsOf(await compareView(locale, '?chart=bar&indicator=mobile-broadband-subscriptions&year=2020&countries=CIV,BEN,NER'))
		},
		{
			name: `compare-accessions-${locale}`,
			about: "compare: line chart of other members, each one's accession a dot on its line (three dated to the day, one to the year)",
			charts: ['compare-line'],
			draw: async () => chartsOf(await compareView(locale, '?indicator=mobile-broadband-subscriptions&countries=ZWE,MAR,MRT,BEN'))
		},
		{
			name: `compare-slope-${locale}`,
			about: 'compare: slope chart between two years',
			charts: ['compare-slope'],
			draw: async () => chartsOf(await compareView(locale, '?chart=slope&from=2012&to=2022&countries=TGO,SEN,CIV,BFA'))
		},
		{
			name: `compare-scatter-${locale}`,
			about: 'compare: scatter of internet users against income (log scale)',
			charts: ['compare-scatter'],
			draw: async () => chartsOf(await compareView(locale, '?chart=scatter&y=internet-users&x=gdp-per-capita&year=2021&countries=TGO,SEN,GHA'))
		},
		{
			name: `compare-change-${locale}`,
			about: 'compare: GDP per capita as % change since 2015 (a base year), three countries',
			charts: ['compare-line'],
			draw: async () => chartsOf(await compareView(locale, '?indicator=gdp-per-capita&from=2010&to=2022&change=2015&countries=TGO,SEN,CIV'))
		},
		{
			name: `compare-change-points-${locale}`,
			about: 'compare: internet users as a change in percentage points since 2010',
			charts: ['compare-line'],
			draw: async () => chartsOf(await compareView(locale, '?from=2005&to=2022&change=2010&countries=TGO,SEN,KEN'))
		},
		{
			name: `compare-log-line-${locale}`,
			about: 'compare: international bandwidth over time, on the log scale a skewed indicator gets by default',
			charts: ['compare-line'],
			draw: async () => chartsOf(await compareView(locale, '?indicator=international-bandwidth&countries=KEN,CIV,TGO,TCD'))
		},
		{
			name: `compare-log-bar-${locale}`,
			about: 'compare: GDP per capita ranked on a log scale (asked for), 2020',
			charts: ['compare-bar'],
			draw: async () => chartsOf(await compareView(locale, '?chart=bar&indicator=gdp-per-capita&log=y&year=2020&countries=TGO,SEN'))
		}
	]),
	{
		name: 'compare-joined-fr',
		about: "compare: years since joining Smart Africa, with the members' medians and means",
		charts: ['compare-line'],
		draw: async () => chartsOf(await compareView('fr', '?align=joined&refs=median,mean&countries=CIV,BFA,MLI,NER,BEN'))
	},
	{
		name: 'compare-map-fr',
		about: 'compare: map of another indicator in a given year',
		charts: ['compare-map'],
		draw: async () => chartsOf(await compareView('fr', '?chart=map&indicator=fixed-broadband-subscriptions&year=2019'))
	},
	{
		name: 'compare-phone-fr',
		about: 'compare: the default line chart on a 360 px phone',
		charts: ['compare-line'],
		draw: async () => chartsOf(await compareView('fr', '', PHONE))
	},
	{
		name: 'indicator-mobile-broadband-price-gni-phone-fr',
		about: 'indicator page, another indicator (a price), on a 360 px phone',
		charts: ['line-mobile-broadband-price-gni', 'bar-mobile-broadband-price-gni'],
		draw: page(ROUTES.indicator, 'fr', { id: 'mobile-broadband-price-gni' }, PHONE)
	},
	{
		name: 'home-phone-fr',
		about: 'home: the accession timeline on a 360 px phone',
		charts: ['accession-timeline'],
		// `clamp(260px, 48vw, 380px)`: the timeline's height on a 360 px screen.
		draw: page(ROUTES.home, 'fr', {}, { width: 360, height: 260 })
	},
	{
		name: 'project-sen-snsa-focus-elearning-fr',
		about: "another project's page (Senegal's e-learning programme): timeline and related indicators",
		charts: ['project-timeline', 'project-map', 'related-schools-internet-upper-secondary'],
		draw: page(ROUTES.project, 'fr', { id: 'sen-snsa-focus-elearning' })
	},
	{
		name: 'country-sen-fr',
		about: "another country's profile (Senegal): the scorecard's sparklines",
		charts: ['sparklines'],
		draw: async () => sparklinesOf(await renderPage(ROUTES.country, 'fr', { iso3: 'SEN' }))
	},
	{
		name: 'indicator-internet-users-table-fr',
		about: "indicator page: the ranking's data table, in French",
		charts: ['ranking'],
		draw: async () => tableOf(await renderPage(ROUTES.indicator, 'fr', { id: 'internet-users' }), 'Tous les pays, 2022', 'ranking')
	},
	...LOCALES.map(
		(locale): Case => ({
			name: `log-scale-${locale}`,
			about: 'line and bar charts of a skewed indicator (international bandwidth) on a log axis',
			charts: ['log-line', 'log-bar'],
			draw: () => logScaleCharts(locale)
		})
	),
	...LOCALES.map(
		(locale): Case => ({
			name: `education-other-${locale}`,
			about: 'education: the school chain for lower secondary, another skill, the price pair, other countries',
			charts: ['schools-chain', 'skills-dots', 'pair-scatter'],
			draw: async () => chartsOf(await educationPanels(locale, '?level=lower-secondary&schools=chain&skill=email-attachments&pair=price&countries=CIV,NER'))
		})
	)
];

const fileOf = (name: string, id: string, element: Element) => `${name}.${id}.${element.namespaceURI === 'http://www.w3.org/2000/svg' ? 'svg' : 'html'}`;

describe('golden charts', () => {
	for (const c of CASES) {
		test(`${c.name}: ${c.about}`, async () => {
			const drawn = await c.draw();
			for (const id of c.charts) {
				const element = drawn.get(id);
				expect(element, `chart "${id}" among ${[...drawn.keys()].join(', ')}`).toBeDefined();
				await expect(pretty(element!)).toMatchFileSnapshot(`${OUTPUT}${fileOf(c.name, id, element!)}`);
			}
		});
	}
});

test('every golden file belongs to a case (a chart no case draws any more is deleted, not left behind)', () => {
	const names = new Set(CASES.flatMap((c) => c.charts.flatMap((id) => [`${c.name}.${id}.svg`, `${c.name}.${id}.html`])));
	expect(readdirSync(OUTPUT).filter((f) => !names.has(f))).toEqual([]);
});

test('rendering is deterministic: the same page twice, and at another date, draws the same charts', async () => {
	const draw = async () => [...(await page(ROUTES.home, 'fr')()).values(), ...(await page(ROUTES.projects, 'fr')()).values()].map((el) => pretty(el)).join('');
	const first = await draw();
	vi.useFakeTimers({ toFake: ['Date'] });
	try {
		vi.setSystemTime(new Date('2031-02-03T04:05:06Z'));
		expect(await draw()).toBe(first);
	} finally {
		vi.useRealTimers();
	}
});
