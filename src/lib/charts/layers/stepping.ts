/**
 * Keyboard stepping through a chart's items (years, countries, points), one rule for every chart:
 * a "next" key moves on, a "previous" key moves back (both stop at the ends), Home and End jump to the
 * first and the last, Escape lets go. Which arrow keys mean next and previous is the chart's choice
 * (along its axis), and so is where the first press lands when nothing is picked yet.
 */

/** Where the first press lands when nothing is picked: next → first and previous → last (`ends`), or both on the first or both on the last. */
export type StepStart = 'ends' | 'first' | 'last';

export interface StepKeys {
	next?: readonly string[];
	prev?: readonly string[];
	start?: StepStart;
}

/**
 * The item a key picks out of `count`, from `index` (null: none picked): a new index, null for Escape
 * (let go), or undefined for a key that does not step (the chart may use it otherwise).
 */
export function stepIndex(key: string, index: number | null, count: number, { next = ['ArrowRight'], prev = ['ArrowLeft'], start = 'ends' }: StepKeys = {}): number | null | undefined {
	if (key === 'Escape') return null;
	if (count === 0) return undefined;
	const last = count - 1;
	const none = index === null || index < 0 || index > last;
	if (next.includes(key)) return none ? (start === 'last' ? last : 0) : Math.min(last, index + 1);
	if (prev.includes(key)) return none ? (start === 'first' ? 0 : last) : Math.max(0, index - 1);
	if (key === 'Home') return 0;
	if (key === 'End') return last;
	return undefined;
}

/** The same over a list of values (years, keys): the value a key picks, null to let go, undefined when it does not step. */
export function stepValue<T>(key: string, value: T | null, values: readonly T[], keys?: StepKeys): T | null | undefined {
	const i = stepIndex(key, value === null ? null : values.indexOf(value), values.length, keys);
	return i === undefined ? undefined : i === null ? null : values[i];
}
