/**
 * Phone-first comparing (issue 19) in a real browser, at 320, 360 and 1280 px, in English and French
 * (that no page scrolls sideways is checked in every-page.test): wide tables scroll in their own labelled
 * region with a visible cue; no clipped labels; the chart and its title come first on a phone with the
 * controls one tap away (keyboard too); the country search ranks Mali first and Enter picks it; every selected country keeps one colour across
 * chart types; peer groups add or show only, with undo; the scatter says what its medians cover.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HIGHLIGHT_COLOURS, MANY_COLOUR } from '../../src/lib/charts/palette.ts';
import { sharedBrowser, openPage, screenshot } from './browser.ts';
import { settled } from './pages.ts';

const site = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await sharedBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe.concurrent('wide tables on a phone', () => {
	it.each(['/sources', '/fr/sources', '/indicator/internet-users', '/fr/compare?tab=table'])('%s: a table wider than the screen scrolls in its own labelled region, with a cue', async (path) => {
		const { page, close } = await openPage(browser, { viewport: { width: 320, height: 740 } });
		try {
			await page.goto(`${site}${path}`);
			await settled(page);
			const tables = await page.locator('table').evaluateAll((all) =>
				all
					.filter((t) => t.getClientRects().length > 0)
					.map((t) => {
						const region = t.closest('[role="region"]') as HTMLElement | null;
						const style = region && getComputedStyle(region);
						return {
							caption: t.querySelector('caption')?.textContent?.trim().slice(0, 40) ?? '',
							wide: t.getBoundingClientRect().width > (region ?? t.parentElement!).clientWidth + 1,
							named: !!region?.getAttribute('aria-label'),
							focusable: region?.tabIndex === 0,
							scrolls: !!style && /auto|scroll/.test(style.overflowX),
							cue: !!style && /gradient/.test(style.backgroundImage)
						};
					})
			);
			const wide = tables.filter((t) => t.wide);
			expect(wide.length, `${path} has a table wider than 320 px`).toBeGreaterThan(0);
			for (const t of wide) expect(t, t.caption).toMatchObject({ named: true, focusable: true, scrolls: true, cue: true });
		} finally {
			await close();
		}
	});
});

describe.concurrent('no clipped labels', () => {
	for (const width of [320, 360, 1280]) {
		it.each(['/compare', '/fr/compare'])(`%s at ${width} px: chart-type buttons and peer-group buttons show their whole label`, async (path) => {
			const { page, close } = await openPage(browser, { viewport: { width, height: 800 } });
			try {
				await page.goto(`${site}${path}`);
				await settled(page);
				if (width < 768) await page.locator('.controls-panel > summary').click();
				const clipped = await page.evaluate(() =>
					[...document.querySelectorAll<HTMLElement>('.segmented label span, .group-row button, .mode label')]
						.filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
						.map((el) => el.textContent)
				);
				expect(clipped).toEqual([]);
				const rowsOverflow = await page.evaluate(() =>
					[...document.querySelectorAll<HTMLElement>('.group-row ul')].filter((ul) => {
						const o = getComputedStyle(ul).overflowX;
						return ul.scrollWidth > ul.clientWidth + 1 && !/auto|scroll/.test(o);
					}).length
				);
				expect(rowsOverflow).toBe(0);
			} finally {
				await close();
			}
		});
	}

	it.each(['/', '/fr'])('%s at 1280 px: the header fits on one line', async (path) => {
		const { page, close } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
		try {
			await page.goto(`${site}${path}`);
			const header = await page.evaluate(() => {
				const h = document.querySelector('.site-header')!;
				const links = [...h.querySelectorAll('nav a')].map((a) => a.getBoundingClientRect());
				const tops = new Set(links.map((r) => Math.round(r.top)));
				return { rows: tops.size, overflow: h.scrollWidth - h.clientWidth, count: links.length };
			});
			expect(header.count).toBeGreaterThan(4);
			expect(header.overflow).toBeLessThanOrEqual(0);
			expect(header.rows, 'navigation links on one row').toBe(1);
			await screenshot(page, `header${path.replace(/\//g, '-')}-1280`);
		} finally {
			await close();
		}
	});
});

describe('on a phone the chart comes first', () => {
	for (const [path, titleId] of [
		['/compare', 'compare-title'],
		['/fr/compare', 'compare-title'],
		['/indicator/internet-users', 'over-time'],
		['/fr/indicator/internet-users', 'over-time']
	]) {
		it(`${path} at 360 px: the chart title and chart on the first screen, the controls one tap (or key) away`, async () => {
			const { page, errors, close } = await openPage(browser, { viewport: { width: 360, height: 640 } });
			try {
				await page.goto(`${site}${path}`);
				await settled(page);
				const title = (await page.locator(`#${titleId}`).boundingBox())!;
				const chart = (await page.locator(`[aria-labelledby] svg, svg[aria-labelledby]`).first().boundingBox())!;
				expect(title.y + title.height, 'title on the first screen').toBeLessThan(640);
				expect(chart.y, 'chart starts on the first screen').toBeLessThan(640 - 120);
				const summary = page.locator('.controls-panel > summary');
				await expect(summary.isVisible()).resolves.toBe(true);
				const control = path.includes('compare') ? page.getByRole('combobox').first() : page.locator('.controls select').first();
				await expect(control.isVisible()).resolves.toBe(false);
				await screenshot(page, `first-screen${path.replace(/\//g, '-')}-360`);
				// Keyboard: Tab reaches the summary; Enter opens the controls.
				await summary.focus();
				await page.keyboard.press('Enter');
				await expect(control.isVisible()).resolves.toBe(true);
				await page.keyboard.press('Enter');
				await expect(control.isVisible()).resolves.toBe(false);
				expect(errors).toEqual([]);
			} finally {
				await close();
			}
		});
	}

	it('works before JavaScript: the summary opens the prerendered controls', async () => {
		const { page, close } = await openPage(browser, { viewport: { width: 360, height: 640 }, javaScriptEnabled: false });
		try {
			await page.goto(`${site}/fr/compare`);
			await page.locator('.controls-panel > summary').click();
			await expect(page.getByRole('combobox').first().isVisible()).resolves.toBe(true);
		} finally {
			await close();
		}
	});

	it.each(['/compare', '/fr/indicator/internet-users'])('%s at 1280 px shows the controls without a tap', async (path) => {
		const { page, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
		try {
			await page.goto(`${site}${path}`);
			await settled(page);
			await expect(page.locator('.controls-panel > summary').isVisible()).resolves.toBe(false);
			const control = path.includes('compare') ? page.getByRole('combobox').first() : page.locator('.controls select').first();
			await expect(control.isVisible()).resolves.toBe(true);
			await screenshot(page, `controls${path.replace(/\//g, '-')}-1280`);
		} finally {
			await close();
		}
	});
});

/** Waits for the compare page to run, and for the chart of this type to settle. */
async function compareReady(page: Page, chart?: string) {
	await page.waitForFunction(() => !document.querySelector('fieldset[disabled]'));
	if (chart) await page.locator(`.figure[data-chart="${chart}"]`).waitFor({ timeout: 60_000 });
	await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]') && !document.querySelector('.chart-status'));
}

describe('finding and colouring countries on /compare', () => {
	it.each([
		['/compare', 'Mali', 'MLI'],
		['/fr/compare', 'Guinee', 'GIN'],
		['/compare', 'Ivory Coast', 'CIV']
	])('%s: typing "%s" lists it first and Enter adds it', async (path, query, iso3) => {
		const { page, errors, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
		try {
			await page.goto(`${site}${path}`);
			await compareReady(page);
			const box = page.getByRole('combobox').first();
			await box.fill(query);
			await expect(page.getByRole('option').first().textContent()).resolves.toContain(`(${iso3})`);
			await box.press('Enter');
			await page.waitForURL(new RegExp(`countries=TGO,SEN,RWA,KEN,${iso3}$`));
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('gives each selected country one colour in the line, bar and scatter charts, and its chip', async () => {
		const { page, errors, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
		try {
			const codes = ['MLI', 'SEN', 'CIV'];
			await page.goto(`${site}/compare?countries=${codes.join(',')}`);
			await compareReady(page, 'line');
			const line = await page.locator('g.highlighted path').evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke')));
			expect(line).toEqual(HIGHLIGHT_COLOURS.slice(0, 3));
			const chips = await page.locator('.chips .swatch').evaluateAll((s) => s.map((e) => getComputedStyle(e).backgroundColor));
			expect(chips).toHaveLength(3);
			for (const chart of ['bar', 'scatter']) {
				await page.getByRole('radio', { name: chart === 'bar' ? 'Bar' : 'Scatter' }).check();
				await compareReady(page, chart);
				const fills = await page.evaluate(
					(keys) => keys.map((k) => document.querySelector(`.figure [data-key="${k}"] rect, .figure rect[data-key="${k}"], .figure circle[data-key="${k}"]`)?.getAttribute('fill') ?? null),
					codes
				);
				expect(fills, chart).toEqual(HIGHLIGHT_COLOURS.slice(0, 3));
				await screenshot(page, `colours-${chart}-1280`);
			}
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('draws twelve ECOWAS lines in grey with their names, and the key', async () => {
		const { page, close } = await openPage(browser, { viewport: { width: 360, height: 800 } });
		try {
			await page.goto(`${site}/fr/compare`);
			await compareReady(page);
			await page.locator('.controls-panel > summary').click();
			await page.getByRole('radio', { name: 'N’affiche que le groupe' }).check();
			await page.locator('[data-group="rec:ecowas"]').click();
			await page.waitForURL(/countries=/);
			await compareReady(page, 'line');
			const strokes = await page.locator('g.highlighted path').evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke')));
			expect(strokes.length).toBeGreaterThanOrEqual(10);
			expect(new Set(strokes)).toEqual(new Set([MANY_COLOUR]));
			await expect(page.locator('.figure text', { hasText: 'Nigéria' }).count()).resolves.toBeGreaterThan(0);
			await screenshot(page, 'ecowas-grey-360-fr');
		} finally {
			await close();
		}
	});

	it('adds a peer group without dropping Mali, says so, and undoes', async () => {
		const { page, errors, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
		try {
			await page.goto(`${site}/compare?countries=MLI,SEN`);
			await compareReady(page);
			const ecowas = page.locator('[data-group="rec:ecowas"]');
			await expect(ecowas.evaluate((b) => document.getElementById(b.getAttribute('aria-describedby')!)!.textContent)).resolves.toMatch(/Members: .*Nigeria/);
			await ecowas.click();
			await page.waitForURL(/countries=MLI,SEN,/);
			await expect(page.locator('.action [role="status"]').textContent()).resolves.toMatch(/^ECOWAS: \d+ countries added\.$/);
			await page.getByRole('button', { name: 'Undo' }).click();
			await page.waitForURL(/countries=MLI,SEN$/);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it.each([
		['/compare?chart=scatter', /The groups’ medians cover only the countries with both values: \d+ of \d+ members and \d+ of \d+ non-members\./],
		['/fr/compare?chart=scatter', /Les médianes des groupes ne portent que sur les pays qui ont les deux valeurs : \d+ membres sur \d+ et \d+ non-membres sur \d+\./]
	])('%s says what the medians cover', async (path, text) => {
		const { page, close } = await openPage(browser, { viewport: { width: 360, height: 800 } });
		try {
			await page.goto(`${site}${path}`);
			await compareReady(page, 'scatter');
			await expect(page.locator('[data-testid="median-coverage"]').textContent()).resolves.toMatch(text);
		} finally {
			await close();
		}
	});
});
