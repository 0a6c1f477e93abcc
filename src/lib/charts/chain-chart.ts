/**
 * The school pipeline: a school needs electricity before computers, and computers before Internet for
 * teaching. For each country with all three shares, the step where the chain loses most schools is
 * where it "breaks". A drop smaller than `BREAK_MIN` points is no break: the chain holds. A later share
 * can be higher than an earlier one (surveys differ, some computers run on batteries or solar); that
 * step is then no drop at all. Pure, so it is tested as data.
 */
export interface ChainValues {
	electricity: number;
	computers: number;
	internet: number;
}

export type ChainBreak = 'electricity' | 'computers' | 'internet' | null;

/** Below this many percentage points lost at a step, the chain holds there. */
export const BREAK_MIN = 10;
/** Fewer schools than this with electricity: the chain breaks at its very first link. */
export const ELECTRICITY_MIN = 50;

export interface ChainStep {
	measure: keyof ChainValues;
	value: number;
	/** Points lost from the previous step (negative: a gain); null for electricity. */
	drop: number | null;
}

export function chainSteps(v: ChainValues): ChainStep[] {
	return [
		{ measure: 'electricity', value: v.electricity, drop: null },
		{ measure: 'computers', value: v.computers, drop: v.electricity - v.computers },
		{ measure: 'internet', value: v.internet, drop: v.computers - v.internet }
	];
}

/**
 * Where the chain breaks: at electricity when fewer than half the schools have it; otherwise at the
 * step that loses the most schools, if it loses at least BREAK_MIN points; otherwise nowhere.
 */
export function chainBreak(v: ChainValues): ChainBreak {
	if (v.electricity < ELECTRICITY_MIN) return 'electricity';
	const [, computers, internet] = chainSteps(v);
	const worst = computers.drop! >= internet.drop! ? computers : internet;
	return worst.drop! >= BREAK_MIN ? worst.measure : null;
}
