import { describe, expect, it } from 'vitest';
import { barLayout, datePeriod, fractionalYear, timelineDomain, yearTicks, type TimeDomain } from './project-timeline';

// 2010-01-01 to 2030-01-01: 20 years, so a year is 5 % of the axis (give or take leap days).
const domain: TimeDomain = { from: Date.UTC(2010, 0, 1), to: Date.UTC(2030, 0, 1) };
const today = Date.UTC(2025, 0, 1);
const kinds = (l: ReturnType<typeof barLayout>) => l.segments.map((s) => s.kind);

describe('partial dates', () => {
	it('are the period they may fall in', () => {
		expect(datePeriod('2016')).toMatchObject({ precision: 'year', from: Date.UTC(2016, 0, 1), to: Date.UTC(2017, 0, 1) });
		expect(datePeriod('2010-12')).toMatchObject({ precision: 'month', from: Date.UTC(2010, 11, 1), to: Date.UTC(2011, 0, 1) });
		expect(datePeriod('2011-06-21')).toMatchObject({ precision: 'day', from: Date.UTC(2011, 5, 21), to: Date.UTC(2011, 5, 22) });
		expect(datePeriod(null)).toBeNull();
		expect(datePeriod('c. 2017')).toBeNull();
		expect(fractionalYear(Date.UTC(2010, 0, 1))).toBe(2010);
		expect(fractionalYear(Date.UTC(2010, 6, 2))).toBeCloseTo(2010.5, 2);
	});
});

describe('timeline bars', () => {
	it('draw a year-precise start and end light, and solid only in between', () => {
		const bar = barLayout({ start: '2012', end: '2016' }, domain, today);
		expect(kinds(bar)).toEqual(['imprecise', 'solid', 'imprecise']);
		const near = (values: number[], expected: number[]) => values.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 0));
		near(bar.segments.flatMap((s) => [s.x0, s.x1]), [10, 15, 15, 30, 30, 35]);
		// Segments meet exactly: no gap and no overlap.
		expect(bar.segments[0].x1).toBe(bar.segments[1].x0);
		expect(bar.segments[1].x1).toBe(bar.segments[2].x0);
		expect(bar.open).toBe(false);
	});

	it('draw a day-precise bar solid from day to day', () => {
		const bar = barLayout({ start: '2011-06-21', end: '2021-06-30' }, domain, today);
		expect(kinds(bar)).toEqual(['solid']);
		expect(bar.x0).toBeCloseTo(7.3, 1);
		expect(bar.x1).toBeCloseTo(57.5, 1);
	});

	it('draw the part of a bar after today as planned', () => {
		const bar = barLayout({ start: '2019-04', end: '2028' }, domain, today);
		expect(kinds(bar)).toEqual(['imprecise', 'solid', 'planned', 'imprecise']);
		expect(bar.segments[1].x1).toBe(bar.segments[2].x0);
		expect(bar.segments[2].x0).toBeCloseTo(75, 1);
		expect(bar.segments[2].x1).toBeCloseTo(90, 1);
		// A bar entirely in the past has no planned part.
		expect(kinds(barLayout({ start: '2012', end: '2016' }, domain, today))).not.toContain('planned');
	});

	it('run a bar without an end to today, fading', () => {
		const bar = barLayout({ start: '2014', end: null }, domain, today);
		expect(kinds(bar)).toEqual(['imprecise', 'fade-out']);
		expect(bar.segments[1].x1).toBeCloseTo(75, 1);
		expect(bar.open).toBe(true);
	});

	it('fade a bar in when only its end is known', () => {
		expect(kinds(barLayout({ start: null, end: '2017-12' }, domain, today))).toEqual(['fade-in', 'imprecise']);
	});

	it('draw no bar without dates, and one light bar when start and end share a period', () => {
		expect(barLayout({ start: null, end: null }, domain, today)).toMatchObject({ undated: true, segments: [] });
		const sameYear = barLayout({ start: '2018', end: '2018' }, domain, today);
		expect(kinds(sameYear)).toEqual(['imprecise']);
		expect(sameYear.x1 - sameYear.x0).toBeCloseTo(5, 1);
	});

	it('mark a bar of a few days as a point', () => {
		const bar = barLayout({ start: '2018-01-29', end: '2018-02-02' }, domain, today);
		expect(bar.point).toBe(true);
		expect(barLayout({ start: '2012', end: '2016' }, domain, today).point).toBe(false);
	});
});

describe('timeline axis', () => {
	it('spans the earliest start to the year after the latest date or today', () => {
		const d = timelineDomain([{ start: '2009-09', end: null }, { start: '2019-04', end: '2030' }], today);
		expect(d).toEqual({ from: Date.UTC(2009, 0, 1), to: Date.UTC(2031, 0, 1) });
		expect(timelineDomain([], today)).toEqual({ from: Date.UTC(2024, 0, 1), to: Date.UTC(2026, 0, 1) });
	});

	it('ticks every year, labels multiples of 5 everywhere', () => {
		const ticks = yearTicks(domain);
		expect(ticks[0]).toEqual({ year: 2010, x: 0, major: true });
		expect(ticks.at(-1)).toEqual({ year: 2030, x: 100, major: true });
		expect(ticks.filter((t) => t.major).map((t) => t.year)).toEqual([2010, 2015, 2020, 2025, 2030]);
	});
});
