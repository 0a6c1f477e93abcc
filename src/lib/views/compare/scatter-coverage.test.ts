/** The scatter's group medians, on the real data: they stand on the countries with both values, and say how many. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeEngine } from '$lib/db/node';
import { comparePage } from '$lib/i18n/messages/compare';
import { compareScatter } from '$lib/queries/compare';
import { countryGroups } from '$lib/queries/groups';
import { DEFAULT_VIEW } from '$lib/views/compare/state';
import { scatterMedianCoverage } from './derive';

let db: NodeEngine;
beforeAll(() => {
	db = new NodeEngine();
});
afterAll(() => db.close());

describe('scatter median coverage', () => {
	it('counts, per group, the countries with both values out of all the group’s countries', async () => {
		const members = new Set((await countryGroups(db)).filter((c) => c.member).map((c) => c.iso3));
		const isMember = (iso3: string) => members.has(iso3);
		const data = await compareScatter(db, { x: DEFAULT_VIEW.x, y: DEFAULT_VIEW.indicator, year: 2022 });
		const cover = scatterMedianCoverage(data.rows, data.stats, isMember);
		// Counted again from the rows themselves: a country counts when both of its values are there.
		const both = (member: boolean) => data.rows.filter((r) => isMember(r.iso3) === member && r.x !== null && r.y !== null).length;
		expect(cover).toEqual({
			members: both(true),
			membersTotal: data.rows.filter((r) => isMember(r.iso3)).length,
			others: both(false),
			othersTotal: data.rows.filter((r) => !isMember(r.iso3)).length
		});
		expect(cover.membersTotal + cover.othersTotal).toBe(55);
		// The point of saying so: some countries lack one of the two values, so the medians cover fewer.
		expect(cover.members + cover.others).toBeLessThan(55);
		expect(comparePage.en.scatterMedianCoverage(cover.members, cover.membersTotal, cover.others, cover.othersTotal)).toContain(
			`${cover.members} of ${cover.membersTotal} members`
		);
		expect(comparePage.fr.scatterMedianCoverage(cover.members, cover.membersTotal, cover.others, cover.othersTotal)).toContain(
			`${cover.members} membres sur ${cover.membersTotal}`
		);
	});
});
