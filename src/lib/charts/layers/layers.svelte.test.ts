/** The chart layers on their own: the focusable region's keyboard stepping and the tooltip's one placement rule. */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import ChartRegion from './ChartRegion.svelte';
import Tooltip from './Tooltip.svelte';

const text = (s: string) => createRawSnippet(() => ({ render: () => `<span>${s}</span>` }));

describe('ChartRegion', () => {
	function setup(props: Record<string, unknown> = {}) {
		const picks: (number | null)[] = [];
		let active: number | null = null;
		const onpick = (v: number | null) => {
			picks.push(v);
			active = v;
			rerender({ active });
		};
		const { rerender } = render(ChartRegion<number>, { title: 'Chart', hint: 'Use the arrow keys.', items: [2018, 2019, 2020], active, onpick, children: text('svg'), ...props });
		return { picks, region: screen.getByRole('group', { name: 'Chart. Use the arrow keys.' }) };
	}

	it('is one tab stop named by the title and its keys, stepping through the items', async () => {
		const { picks, region } = setup();
		expect(region).toHaveAttribute('tabindex', '0');
		await fireEvent.keyDown(region, { key: 'ArrowRight' });
		await fireEvent.keyDown(region, { key: 'ArrowRight' });
		await fireEvent.keyDown(region, { key: 'End' });
		await fireEvent.keyDown(region, { key: 'ArrowRight' });
		await fireEvent.keyDown(region, { key: 'ArrowLeft' });
		await fireEvent.keyDown(region, { key: 'Home' });
		await fireEvent.keyDown(region, { key: 'Escape' });
		expect(picks).toEqual([2018, 2019, 2020, 2020, 2019, 2018, null]);
	});

	it('lets go when focus leaves, and hands other keys to the chart', async () => {
		const onkey = vi.fn((e: KeyboardEvent) => e.key === 'ArrowUp');
		const { picks, region } = setup({ onkey });
		await fireEvent.keyDown(region, { key: 'End' });
		const up = new KeyboardEvent('keydown', { key: 'ArrowUp', cancelable: true, bubbles: true });
		region.dispatchEvent(up);
		expect(onkey).toHaveBeenCalledOnce();
		expect(up.defaultPrevented).toBe(true);
		const tab = new KeyboardEvent('keydown', { key: 'Tab', cancelable: true, bubbles: true });
		region.dispatchEvent(tab);
		expect(tab.defaultPrevented).toBe(false);
		await fireEvent.blur(region);
		expect(picks).toEqual([2020, null]);
	});
});

describe('Tooltip', () => {
	const tip = (props: Record<string, unknown>) => {
		render(Tooltip, { children: text('2020'), ...props });
		return screen.getByRole('status');
	};

	it('sits right of its anchor, and flips to its left past the middle', () => {
		expect(tip({ x: 50 })).not.toHaveClass('flip');
		document.body.innerHTML = '';
		const edge = tip({ x: 95 });
		expect(edge).toHaveClass('flip');
		expect(edge.style.left).toBe('95%');
	});

	it('over its anchor: centred, held inside near an edge, below when there is no room above', () => {
		const centred = tip({ side: 'over', x: 50, align: 'above', room: 300 });
		expect(centred.className).not.toMatch(/hold|flip|below/);
		expect(centred).toHaveClass('above');
		document.body.innerHTML = '';
		const right = tip({ side: 'over', x: 90, align: 'above', room: 40 });
		expect(right).toHaveClass('hold-end');
		expect(right).toHaveClass('below');
		document.body.innerHTML = '';
		expect(tip({ side: 'over', x: 5 })).toHaveClass('hold-start');
	});
});
