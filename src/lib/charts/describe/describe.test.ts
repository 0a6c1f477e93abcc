/**
 * The charts' descriptions on the real data, in both languages: the chart's input comes from the same
 * queries the views run; the facts the text must state (the year it speaks of, the highest and lowest,
 * each selected country's first and last value and rank, the members' median) are computed again here
 * with SQL of their own on the built data, and formatted with the site's formatters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeEngine } from '$lib/db/node';
import { formatDate, formatValue } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import { compareLine, compareRanking, compareScatter } from '$lib/queries/compare';
import type { LineSeries } from '../line-chart';
import { accessions as toAccessions } from '$lib/membership/timeline';
import { smartAfricaMemberships } from '$lib/queries/membership';
import {
	describeAccessions,
	describeDots,
	describeLines,
	describeMap,
	describeMembershipMap,
	describeRanking,
	describeScatter,
	findingX,
	rankOf,
	type Measure
} from './describe';

let db: NodeEngine;
beforeAll(() => {
	db = new NodeEngine();
});
afterAll(() => db.close());

const LOCALES: Locale[] = ['en', 'fr'];
const INDICATOR = 'internet-users';
const SELECTED = ['SEN', 'TGO'];

async function indicatorMeta(id: string) {
	await db.load(['indicators']);
	const [row] = await db.query<{ name_en: string; name_fr: string; unit: string; decimals: number }>(
		'SELECT name_en, name_fr, unit, decimals FROM indicators WHERE id = ?',
		[id]
	);
	return row;
}

async function countryNames(): Promise<Map<string, { en: string; fr: string }>> {
	await db.load(['countries']);
	const rows = await db.query<{ iso3: string; name_en: string; name_fr: string }>('SELECT iso3, name_en, name_fr FROM countries');
	return new Map(rows.map((r) => [r.iso3, { en: r.name_en, fr: r.name_fr }]));
}

function measureOf(meta: Awaited<ReturnType<typeof indicatorMeta>>, locale: Locale): Measure {
	return { name: locale === 'fr' ? meta.name_fr : meta.name_en, format: (v) => formatValue(locale, v, meta.unit, meta.decimals) };
}

describe('describeLines on the real data', () => {
	it('names the years, the highest and lowest in the year most countries report, each selected country’s change and rank, and the members’ median', async () => {
		const meta = await indicatorMeta(INDICATOR);
		const names = await countryNames();
		const [from, to] = [2010, 2023];
		const data = await compareLine(db, { indicator: INDICATOR, from, to, align: 'year' });

		// Independently: the latest year at which at least half of the countries with any value report.
		const [{ year }] = await db.query<{ year: number }>(
			`WITH per_year AS (SELECT year, count(*) AS n FROM observations WHERE indicator = ? AND year BETWEEN ? AND ? GROUP BY year),
			      total AS (SELECT count(DISTINCT iso3) AS n FROM observations WHERE indicator = ? AND year BETWEEN ? AND ?)
			 SELECT max(year)::INTEGER AS year FROM per_year, total WHERE per_year.n * 2 >= total.n`,
			[INDICATOR, from, to, INDICATOR, from, to]
		);
		const ordered = (direction: 'DESC' | 'ASC') =>
			db.query<{ iso3: string; value: number }>(`SELECT iso3, value FROM observations WHERE indicator = ? AND year = ? ORDER BY value ${direction}, iso3 LIMIT 1`, [
				INDICATOR,
				year
			]);
		const [[top], [bottom]] = await Promise.all([ordered('DESC'), ordered('ASC')]);
		const [{ countries }] = await db.query<{ countries: number }>(
			'SELECT count(DISTINCT iso3)::INTEGER AS countries FROM observations WHERE indicator = ? AND year BETWEEN ? AND ?',
			[INDICATOR, from, to]
		);
		const selectedFacts = await Promise.all(
			SELECTED.map(async (iso3) => {
				const [row] = await db.query<{ y0: number; v0: number; y1: number; v1: number }>(
					`SELECT min(year)::INTEGER AS y0, arg_min(value, year) AS v0, max(year)::INTEGER AS y1, arg_max(value, year) AS v1
					 FROM observations WHERE indicator = ? AND iso3 = ? AND year BETWEEN ? AND ?`,
					[INDICATOR, iso3, from, to]
				);
				const [{ rank, of }] = await db.query<{ rank: number; of: number }>(
					`SELECT (1 + count(*) FILTER (WHERE value > ?))::INTEGER AS rank, count(*)::INTEGER AS of
					 FROM observations WHERE indicator = ? AND year = ?`,
					[row.v1, INDICATOR, row.y1]
				);
				return { iso3, ...row, rank, of };
			})
		);
		const [{ median }] = await db.query<{ median: number }>(
			`SELECT median(value) AS median FROM observations WHERE indicator = ? AND year = ?
			 AND iso3 IN (SELECT iso3 FROM memberships WHERE org = 'smart-africa' AND status IN ('member', 'member-unconfirmed'))`,
			[INDICATOR, year]
		);

		for (const locale of LOCALES) {
			const measure = measureOf(meta, locale);
			const name = (iso3: string) => names.get(iso3)![locale];
			// The chart's input, as the compare view builds it: every country a line, the selected ones in colour.
			const series: LineSeries[] = data.series.map((s) => ({
				key: s.iso3,
				label: name(s.iso3),
				points: s.years.map((x, i) => ({ x, y: s.values[i] })),
				colour: SELECTED.includes(s.iso3) ? 'var(--series-1)' : null
			}));
			const label = locale === 'fr' ? 'Médiane des membres' : 'Members’ median';
			const references = [
				{ key: 'members', label, colour: 'var(--mark)', points: data.stats.filter((s) => s.member && s.median !== null).map((s) => ({ x: s.x, y: s.median! })) }
			];
			const text = describeLines({ locale, measure, series, references });
			const f = measure.format;
			const colon = locale === 'fr' ? '\u00a0: ' : ': ';
			const inYear = (y: number) => (locale === 'fr' ? `en ${y}` : `in ${y}`);

			expect(text).toContain(locale === 'fr' ? `pour ${countries}\u00a0pays, de ${from} à ${to}` : `for ${countries} countries, from ${from} to ${to}`);
			expect(text).toContain(`${name(top.iso3)} (${f(top.value)})`);
			expect(text).toContain(`${name(bottom.iso3)} (${f(bottom.value)})`);
			expect(text).toContain(locale === 'fr' ? `En ${year}, valeur la plus haute` : `In ${year}, highest`);
			for (const s of selectedFacts) {
				const rank = locale === 'fr' ? `rang ${s.rank} sur ${s.of}` : `rank ${s.rank} of ${s.of}`;
				expect(text).toContain(`${name(s.iso3)}${colon}${f(s.v0)} ${inYear(s.y0)}, ${f(s.v1)} ${inYear(s.y1)}, ${rank}`);
			}
			expect(text).toContain(`${label}${colon}${f(median)} ${inYear(year)}`);
			if (locale === 'fr') {
				// French numbers: a decimal comma and a space before the percent sign, never "12.5%".
				expect(text).toMatch(/\d,\d\u00a0%/);
				expect(text).not.toMatch(/\d\.\d/);
			}
			// Short: a paragraph of a few sentences.
			expect(text.split(/[.!?](?:\s|$)/).filter(Boolean).length).toBeLessThanOrEqual(5);
		}
	});
});

describe('describeRanking and describeMap on the real data', () => {
	it('rank the selected countries among those with a value, and count those without', async () => {
		const meta = await indicatorMeta(INDICATOR);
		const names = await countryNames();
		const year = 2022;
		const ranking = await compareRanking(db, { indicator: INDICATOR, year, window: 0, lowerIsBetter: false });
		const [{ n, top, bottom }] = await db.query<{ n: number; top: string; bottom: string }>(
			`SELECT count(*)::INTEGER AS n, arg_max(iso3, value) AS top, arg_min(iso3, value) AS bottom
			 FROM observations WHERE indicator = ? AND year = ?`,
			[INDICATOR, year]
		);
		const [{ rank }] = await db.query<{ rank: number }>(
			`SELECT (1 + count(*))::INTEGER AS rank FROM observations
			 WHERE indicator = ? AND year = ? AND value > (SELECT value FROM observations WHERE indicator = ? AND year = ? AND iso3 = 'SEN')`,
			[INDICATOR, year, INDICATOR, year]
		);
		for (const locale of LOCALES) {
			const measure = measureOf(meta, locale);
			const name = (iso3: string) => names.get(iso3)![locale];
			const valued = ranking.rows.filter((r) => r.value !== null);
			const bars = valued.map((r) => ({ key: r.iso3, label: name(r.iso3), value: r.value!, colour: 'var(--mark)', emphasised: r.iso3 === 'SEN' }));
			const text = describeRanking({ locale, measure, year, bars });
			expect(text).toContain(locale === 'fr' ? `classe ${n}\u00a0pays` : `ranks ${n} countries`);
			expect(text).toContain(name(top));
			expect(text).toContain(name(bottom));
			expect(text).toContain(locale === 'fr' ? `rang ${rank} sur ${n}` : `rank ${rank} of ${n}`);

			const map = describeMap({
				locale,
				measure,
				year,
				values: ranking.rows.map((r) => ({ key: r.iso3, label: name(r.iso3), value: r.value })),
				selected: ['SEN']
			});
			// All 55 African Union members are drawn; those without a value are counted, not ranked.
			expect(map).toContain(locale === 'fr' ? `pour 55\u00a0pays\u00a0; ${55 - n}\u00a0pays sans données` : `for 55 countries; ${55 - n} countries without data`);
			expect(map).toContain(locale === 'fr' ? `rang ${rank} sur ${n}` : `rank ${rank} of ${n}`);
		}
	});
});

describe('describeScatter on the real data', () => {
	it('names both indicators and the country highest on the vertical one', async () => {
		const [xMeta, yMeta] = await Promise.all([indicatorMeta('mobile-subscriptions'), indicatorMeta(INDICATOR)]);
		const names = await countryNames();
		const year = 2022;
		const data = await compareScatter(db, { x: 'mobile-subscriptions', y: INDICATOR, year });
		const [{ n, top }] = await db.query<{ n: number; top: string }>(
			`SELECT count(*)::INTEGER AS n, arg_max(y.iso3, y.value) AS top FROM observations y
			 JOIN observations x ON x.iso3 = y.iso3 AND x.year = y.year AND x.indicator = 'mobile-subscriptions'
			 WHERE y.indicator = ? AND y.year = ?`,
			[INDICATOR, year]
		);
		for (const locale of LOCALES) {
			const points = data.rows
				.filter((r) => r.x !== null && r.y !== null)
				.map((r) => ({ key: r.iso3, label: names.get(r.iso3)![locale], x: r.x!, y: r.y!, size: r.population, colour: 'var(--mark)', selected: r.iso3 === 'TGO' }));
			const text = describeScatter({ locale, x: measureOf(xMeta, locale), y: measureOf(yMeta, locale), year, points });
			expect(text).toContain(locale === 'fr' ? `l’un des ${n}\u00a0pays` : `one of ${n} countries`);
			expect(text).toContain(locale === 'fr' ? xMeta.name_fr : xMeta.name_en);
			expect(text).toContain(`${names.get(top)![locale]} (`);
			expect(text).toContain(`${names.get('TGO')![locale]}${locale === 'fr' ? '\u00a0:' : ':'}`);
		}
	});
});

describe('describeAccessions and describeMembershipMap on the real data', () => {
	it('count the founders, the members drawn, those known only by a date, and name the latest accession', async () => {
		const names = await countryNames();
		const memberships = await smartAfricaMemberships(db);
		const accessions = toAccessions(memberships);
		await db.load(['memberships']);
		const [facts] = await db.query<{ founders: number; drawn: number; by_date: number; latest: string; joined: string; precision: 'day' | 'month' | 'year' }>(
			`SELECT count(*) FILTER (WHERE founding)::INTEGER AS founders,
			        count(*) FILTER (WHERE status <> 'in-process-unconfirmed' AND coalesce(joined, member_by) IS NOT NULL)::INTEGER AS drawn,
			        count(*) FILTER (WHERE status <> 'in-process-unconfirmed' AND joined IS NULL AND member_by IS NOT NULL)::INTEGER AS by_date,
			        arg_max(iso3, joined) FILTER (WHERE status = 'member' AND joined_precision <> 'unknown') AS latest,
			        max(joined) FILTER (WHERE status = 'member' AND joined_precision <> 'unknown') AS joined,
			        arg_max(joined_precision, joined) FILTER (WHERE status = 'member' AND joined_precision <> 'unknown') AS precision
			 FROM memberships WHERE org = 'smart-africa'`
		);
		for (const locale of LOCALES) {
			const latest = { name: names.get(facts.latest)![locale], date: formatDate(locale, facts.joined, facts.precision) };
			const text = describeAccessions({ locale, accessions, foundingDate: '2013', latest });
			expect(text).toContain(
				locale === 'fr'
					? `de ${facts.founders}\u00a0membres fondateurs (2013) à ${facts.drawn}\u00a0membres`
					: `from ${facts.founders} founding members (2013) to ${facts.drawn} members`
			);
			expect(text).toContain(`${latest.name} (${latest.date})`);
			if (facts.by_date) expect(text).toContain(locale === 'fr' ? `${facts.by_date}\u00a0pays dont` : `${facts.by_date} ${facts.by_date === 1 ? 'country' : 'countries'} known only`);
			expect(describeMembershipMap(locale, { countries: 55, members: facts.drawn, founding: facts.founders })).toContain(
				locale === 'fr' ? `et ${55 - facts.drawn}\u00a0non-membres` : `and ${55 - facts.drawn} not members`
			);
		}
	});
});

describe('the facts', () => {
	it('rank from the highest, equal values sharing a rank', () => {
		const rows = [
			{ key: 'a', label: 'A', value: 5 },
			{ key: 'b', label: 'B', value: 9 },
			{ key: 'c', label: 'C', value: 5 },
			{ key: 'd', label: 'D', value: 1 }
		];
		expect(['a', 'b', 'c', 'd', 'z'].map((k) => rankOf(rows, k))).toEqual([2, 1, 2, 4, null]);
	});

	it('speak of the latest x at which at least half of the series have a value', () => {
		const s = (xs: number[]) => ({ points: xs.map((x) => ({ x })) });
		expect(findingX([s([1, 2, 3]), s([1, 2]), s([1, 2]), s([1])])).toBe(2);
		expect(findingX([s([1, 2, 3]), s([3])])).toBe(3);
		expect(findingX([])).toBeNull();
	});

	it('describe a dot plot by its series and the emphasised rows, skipping missing dots', () => {
		const text = describeDots({
			locale: 'fr',
			series: [
				{ key: 'e', label: 'électricité', colour: '', shape: 'circle' },
				{ key: 'i', label: 'Internet', colour: '', shape: 'square' }
			],
			rows: [
				{ key: 'SEN', label: 'Sénégal', values: { e: 70.5, i: null }, emphasised: true },
				{ key: 'TGO', label: 'Togo', values: { e: 40, i: 12 } },
				{ key: 'NER', label: 'Niger', values: { e: 10, i: 3 } }
			],
			format: (v) => formatValue('fr', v, 'percent', 1)
		});
		expect(text).toContain('électricité et Internet pour 3\u00a0pays');
		expect(text).toContain('Électricité\u00a0: valeur la plus haute Sénégal (70,5\u00a0%), la plus basse Niger (10,0\u00a0%)');
		expect(text).toContain('Sénégal\u00a0: électricité 70,5\u00a0%.');
	});
});
