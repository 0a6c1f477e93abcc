/**
 * The interactions the reader's bench times (bench/slow4g.ts) and the profiler examines
 * (bench/profile.ts): what a reader does first on each view, and how to tell the chart caught up.
 */
import type { Browser, Locator, Page } from 'playwright-core';

export const SLOW_4G = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 };
export const CPU_SLOWDOWN = 4;
export const VIEWPORT = { width: 360, height: 740 };

/** A first visit on the reader's phone: a fresh context (no cache, no service worker), Slow 4G, 4× CPU. */
export async function readerPage(browser: Browser) {
	// bypassCSP: the bench's timing code is evaluated in the page, which the site's CSP forbids.
	const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 2, isMobile: true, hasTouch: true, serviceWorkers: 'block', bypassCSP: true });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
	return { page, cdp, close: () => context.close() };
}

/** No chart or count is waiting for an answer. */
const settled = `!document.querySelector('[aria-busy="true"]') && !document.querySelector('.chart-status')`;

export interface Interaction {
	name: string;
	path: string;
	/** Evaluated in the page: hydrated, the timed control is there and enabled (default: no control disabled). */
	ready?: string;
	/** What a reader does before the timed control (open the phone's controls panel, type a search). */
	prepare?: (page: Page) => Promise<void>;
	/** The timed control. */
	control: (page: Page) => Locator;
	/** What the reader does to it: a tap at its centre, a pick in a list, a key. */
	input: { tap: true } | { select: string } | { press: string };
	/** Evaluated in the page: the chart shows the new state. */
	done: string;
}

/** Hydrated: the controls are enabled. */
export const hydrated = `!document.querySelector('fieldset[disabled], select[disabled]')`;

const openControls = async (page: Page) => {
	const summary = page.locator('details.controls-panel > summary');
	if (await summary.isVisible()) await summary.click();
};
const countBefore = `window.__countBefore`;
/**
 * The title of what the chart draws (its SVG's own): the figure's heading follows the controls at once,
 * so it says nothing about the chart having caught up.
 */
const chartTitle = `(document.querySelector('#compare-figure svg > title')?.textContent ?? '')`;

export const INTERACTIONS: Interaction[] = [
	{
		name: 'indicator: add a country',
		path: '/indicator/internet-users',
		prepare: openControls,
		control: (page) => page.getByRole('combobox', { name: 'Add a country…' }),
		input: { select: 'NGA' },
		done: `document.querySelector('g.highlighted path[data-key="NGA"]') && ${settled}`
	},
	{
		name: 'compare: change the indicator',
		path: '/compare',
		prepare: async (page) => {
			await openControls(page);
			await page.locator('#compare-indicator-input').fill('Mobile cellular');
			await page.locator('#compare-indicator-listbox [role="option"]').first().waitFor();
		},
		control: (page) => page.locator('#compare-indicator-input'),
		input: { press: 'Enter' },
		done: `${chartTitle}.includes('Mobile cellular') && ${settled}`
	},
	...(['Bar', 'Map', 'Scatter'] as const).map(
		(chart): Interaction => ({
			name: `compare: switch to ${chart.toLowerCase()}`,
			path: '/compare',
			prepare: openControls,
			control: (page) => page.getByRole('radio', { name: chart }),
			input: { tap: true },
			done: `document.querySelector('#compare-figure')?.dataset.chart === '${chart.toLowerCase()}' && ${settled}`
		})
	),
	{
		name: 'compare: pick a peer group (ECOWAS)',
		path: '/compare',
		prepare: openControls,
		control: (page) => page.getByRole('button', { name: 'ECOWAS' }),
		input: { tap: true },
		// Nigeria is in ECOWAS, not in the default selection.
		done: `document.querySelector('#compare-figure [data-key="NGA"]') && ${settled}`
	},
	{
		name: 'compare: years since joining',
		path: '/compare',
		prepare: openControls,
		control: (page) => page.getByRole('checkbox', { name: 'Years since joining Smart Africa' }),
		input: { tap: true },
		done: `${chartTitle}.includes('by years since joining') && ${settled}`
	},
	{
		name: 'data explorer: from 2015',
		path: '/data',
		prepare: async (page) => {
			await page.evaluate(`window.__countBefore = document.querySelector('#preview ~ .count strong, .count strong').textContent`);
			// A reader's tap on the list focuses it (reaching for the filters) before the pick.
			await page.locator('.years select').first().focus();
		},
		control: (page) => page.locator('.years select').first(),
		input: { select: '2015' },
		done: `document.querySelector('.count strong').textContent !== ${countBefore} && !document.querySelector('.count').textContent.includes('·')`
	},
	{
		name: 'embed: chart → bar',
		path: '/embed/compare',
		// The embed's controls exist only once it runs: a tap can only come after that.
		ready: `document.querySelector('.embed-controls select:not([disabled])')`,
		// A reader's tap on the list focuses it (reaching for the controls) before the pick, as the
		// other rows open the controls panel first.
		prepare: (page) => page.locator('.embed-controls select').first().focus(),
		control: (page) => page.locator('.embed-controls select').first(),
		input: { select: 'bar' },
		done: `document.querySelector('#embed-figure')?.dataset.chart === 'bar' && ${settled}`
	}
];

/**
 * Finds the interaction's control and readies the reader's input, returning what fires it. Finding the
 * control (the test driver's queries over the page), scrolling it into view and waiting until it stands
 * still happen before the clock starts: the driver's own work runs on the page's main thread, and at 4×
 * CPU it took 100–400 ms that no reader's tap costs. Firing is then the input alone: a touch at the
 * control's centre (pointer and touch events, then the click), a pick in a list, or a key.
 */
export async function readyInput(page: Page, interaction: Interaction): Promise<() => Promise<void>> {
	const control = interaction.control(page);
	await control.scrollIntoViewIfNeeded();
	const handle = await control.elementHandle();
	const box = await control.boundingBox();
	if (!handle || !box) throw new Error(`${interaction.name}: no control on the page`);
	const input = interaction.input;
	if ('tap' in input) return () => page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
	if ('select' in input) return () => handle.selectOption(input.select).then(() => undefined);
	return () => page.keyboard.press(input.press);
}
