import { describe, expect, test } from 'vitest';
import { findCharts, parse, pretty, stack, findAll } from './markup';

const rendered =
	'<!--[--><div class="line-chart svelte-abc123"><svg viewBox="0 0 10 10" role="img" aria-labelledby="x-title x-desc" class="chart svelte-abc123">' +
	'<title id="x-title">Part &amp; total</title><desc id="x-desc">d</desc><!--[--><g transform="translate(1,2)"><path d="M0,0L1,1"></path>' +
	'<text x="0">1&nbsp;234,5<tspan dx="4">(2020)</tspan></text></g><!--]--></svg></div><!--]-->';

describe('golden markup', () => {
	test('finds a chart by its accessible title and prints it one element per line, without Svelte markers or scope classes', () => {
		const [chart] = findCharts(rendered);
		expect(chart.id).toBe('x');
		expect(pretty(chart.element)).toBe(
			[
				'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" role="img" aria-labelledby="x-title x-desc" class="chart">',
				'\t<title id="x-title">Part &amp; total</title>',
				'\t<desc id="x-desc">d</desc>',
				'\t<g transform="translate(1,2)">',
				'\t\t<path d="M0,0L1,1"/>',
				'\t\t<text x="0">',
				'\t\t\t1&#160;234,5',
				'\t\t\t<tspan dx="4">(2020)</tspan>',
				'\t\t</text>',
				'\t</g>',
				'</svg>',
				''
			].join('\n')
		);
	});

	test('an element that is not a chart (no accessible title) is not found', () => {
		expect(findCharts('<svg width="18" height="14" aria-hidden="true"><rect width="18"></rect></svg>')).toEqual([]);
	});

	test('stacks small SVGs into one, each under the other in a group naming its row', () => {
		const svgs = findAll(parse('<svg width="120" height="28"></svg><svg width="120" height="28"></svg>'), (el) => el.tagName === 'svg');
		const out = pretty(stack([{ key: 'a', svg: svgs[0] }, { key: 'b', svg: svgs[1] }]));
		expect(out).toContain('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="64" viewBox="0 0 120 64">');
		expect(out).toContain('<g data-key="b" transform="translate(0,36)">');
	});
});
