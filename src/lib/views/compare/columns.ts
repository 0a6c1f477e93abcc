/** Table columns the compare views share: the country, its membership, the group of a statistic. */
import type { TableColumn } from '$lib/charts/types';
import type { GroupStat } from '$lib/queries/compare';
import type { RankingRow } from '$lib/queries/indicator';
import type { ViewContext } from './context';

export const isMember = (ctx: ViewContext, iso3: string) => ctx.countries.get(iso3)?.member ?? false;

export const countryColumn = <R extends { iso3: string }>(ctx: ViewContext): TableColumn<R> => ({
	key: 'country',
	header: ctx.t.country,
	cell: (r) => ctx.name(r.iso3),
	sortValue: (r) => ctx.name(r.iso3)
});

export const memberColumn = <R extends { iso3: string }>(ctx: ViewContext): TableColumn<R> => ({
	key: 'member',
	header: ctx.t.member,
	cell: (r) => (isMember(ctx, r.iso3) ? ctx.t.memberYes : ctx.t.memberNo),
	sortValue: (r) => (isMember(ctx, r.iso3) ? 0 : 1)
});

export const groupColumn = <S extends { member: boolean }>(ctx: ViewContext): TableColumn<S> => ({
	key: 'group',
	header: ctx.t.group,
	cell: (s) => (s.member ? ctx.t.members : ctx.t.nonMembers)
});

/** A ranking's table (bar chart and map): country, rank (bar chart), value, its year (latest-value rankings), membership. */
export function rankingColumns(ctx: ViewContext, ind: { unit: string; format: (v: number | null) => string }, { rank, latest }: { rank: boolean; latest: boolean }): TableColumn<RankingRow>[] {
	const t = ctx.t;
	return [
		countryColumn(ctx),
		...(rank ? [{ key: 'rank', header: t.rank, cell: (r: RankingRow) => (r.rank === null ? '–' : String(r.rank)), sortValue: (r: RankingRow) => r.rank, numeric: true }] : []),
		{ key: 'value', header: t.value(ind.unit), cell: (r) => ind.format(r.value), sortValue: (r) => r.value, numeric: true },
		...(latest ? [{ key: 'year', header: t.year_, cell: (r: RankingRow) => (r.year === null ? '–' : String(r.year)), sortValue: (r: RankingRow) => r.year, numeric: true }] : []),
		memberColumn(ctx)
	];
}

/** The groups' statistics of a ranking: median, countries, and the weighted mean where it applies. */
export function groupStatColumns(ctx: ViewContext, format: (v: number | null) => string, means: boolean): TableColumn<GroupStat>[] {
	const t = ctx.t;
	return [
		groupColumn(ctx),
		{ key: 'median', header: t.median, cell: (s) => format(s.median), numeric: true },
		{ key: 'n', header: t.countriesN, cell: (s) => String(s.n), numeric: true },
		...(means ? [{ key: 'mean', header: t.mean, cell: (s: GroupStat) => format(s.weighted_mean), numeric: true }] : [])
	];
}
