/**
 * A value axis from the values it must show: linear (from zero for positive data, rounded out to nice
 * ticks) or logarithmic, for skewed indicators spanning orders of magnitude (the data's span with a
 * little room, ticks at powers of ten with 2 and 5 between them where there is room). A log axis
 * cannot show zero or a negative value: `onLogAxis` says which values it can.
 */
import { extent } from 'd3-array';
import { scaleLinear, scaleLog } from 'd3-scale';

export type AxisScale = 'linear' | 'log';

export interface ValueAxis {
	scale: (value: number) => number;
	ticks: number[];
}

/** Whether a log axis can draw a value (zero and negative values have no logarithm). */
export const onLogAxis = (value: number) => value > 0;

/** Tick values for a log axis: powers of ten, with 2 and 5 between them when there is room. */
function logTicks(scale: ReturnType<typeof scaleLog<number>>, count: number): number[] {
	const all = scale.ticks();
	if (all.length <= count) return all;
	const mantissa = (v: number) => Math.round(v / 10 ** Math.floor(Math.log10(v) + 1e-9));
	const twoFive = all.filter((v) => [1, 2, 5].includes(mantissa(v)));
	return twoFive.length <= count * 1.5 ? twoFive : all.filter((v) => mantissa(v) === 1);
}

/**
 * The axis over `values` (on a log axis, give only values it can draw) across `range` pixels, with
 * about `count` ticks; either keeps a `fixed` domain when given one (e.g. 0–100 for a share; a log
 * domain must be positive).
 */
export function valueAxis(values: number[], scale: AxisScale, range: [number, number], fixed: [number, number] | undefined, count: number): ValueAxis {
	if (scale === 'log') {
		const [lo, hi] = (extent(values) as [number, number] | [undefined, undefined]) as [number, number];
		// The data's span with a little room (×/÷ 1.2), not rounded out to whole powers of ten.
		const log = scaleLog()
			.domain(fixed ?? (lo === undefined ? [1, 10] : lo === hi ? [lo / 2, hi * 2] : [lo / 1.2, hi * 1.2]))
			.range(range);
		return { scale: (v) => log(v), ticks: logTicks(log, count) };
	}
	const [lo = 0, hi = 1] = extent(values) as [number, number] | [undefined, undefined];
	const linear = scaleLinear()
		.domain(fixed ?? [Math.min(0, lo), hi === lo ? hi + 1 : hi])
		.range(range)
		.nice();
	return { scale: (v) => linear(v), ticks: linear.ticks(count) };
}
