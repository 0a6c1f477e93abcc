/**
 * URL state of the home page: `?region=west` and/or `?rec=ecowas` narrow the breakdown, the map's
 * highlighted countries and the members table. Communities are also recognised by their French
 * acronyms (CEDEAO, CAE, CEEAC, UMA), as francophone readers write them.
 */
import { AU_REGIONS, RECS, type AuRegion, type Rec } from '$lib/queries/groups';
import { queryString, readChoice, unknownParams, type Notice, type Parsed } from '$lib/state/params';

export interface HomeView {
	region: AuRegion | null;
	rec: Rec | null;
}

export const DEFAULT_HOME_VIEW: HomeView = { region: null, rec: null };

const REC_ALIASES: Record<string, Rec> = { cedeao: 'ecowas', waemu: 'uemoa', cae: 'eac', ceeac: 'eccas', uma: 'amu', 'cen-sad': 'censad' };
const REGION_ALIASES: Record<string, AuRegion> = { nord: 'north', ouest: 'west', centre: 'central', est: 'east', australe: 'southern', austral: 'southern' };

export function parseHomeView(params: URLSearchParams): Parsed<HomeView> {
	const notices: Notice[] = unknownParams(params, ['region', 'rec']);
	const region = readChoice(params, 'region', AU_REGIONS, REGION_ALIASES, notices);
	const rec = readChoice(params, 'rec', RECS, REC_ALIASES, notices);
	return { view: { region, rec }, notices };
}

export function serialiseHomeView(view: HomeView): string {
	return queryString({ region: view.region, rec: view.rec });
}
