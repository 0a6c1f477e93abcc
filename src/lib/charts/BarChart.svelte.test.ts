import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markHydrated } from '$lib/components/hydration';
import BarChart from './BarChart.svelte';

const bars = ['TGO', 'SEN', 'BEN', 'NGA'].map((key, i) => ({ key, label: key, value: 20 + i * 10, colour: 'var(--member)', emphasised: false }));
const props = { id: 'b', bars, title: 'Internet users', description: 'Four countries', formatValue: String, formatTick: String };

// jsdom has no layout: a chart frame measures 328 px wide (a phone), as a browser would report it.
beforeEach(() => {
	Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
		configurable: true,
		get() {
			return (this as HTMLElement).classList.contains('chart-frame') ? 328 : 0;
		}
	});
});
afterEach(() => {
	Reflect.deleteProperty(HTMLElement.prototype, 'clientWidth'); // back to jsdom's (Element's) own
});

describe('BarChart in a chart frame', () => {
	it('drawn after the page hydrated (a chart type switched to), draws its bars once, at the measured width', () => {
		markHydrated();
		const observer = new MutationObserver(() => {});
		observer.observe(document.body, { subtree: true, attributes: true });
		const { container } = render(BarChart, props);
		flushSync();
		// A bar drawn, then moved: its attributes changed after it was in the page.
		const redrawn = observer.takeRecords().flatMap((r) => ((r.target as Element).tagName === 'rect' ? [r.attributeName] : []));
		observer.disconnect();
		expect(container.querySelector('svg')?.getAttribute('viewBox')).toMatch(/^0 0 328 /);
		expect(container.querySelectorAll('rect')).toHaveLength(4);
		expect(redrawn).toEqual([]);
	});
});
