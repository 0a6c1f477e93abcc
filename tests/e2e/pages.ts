/**
 * One page of every type, for the checks that apply to the whole site (CSP, accessibility). Pages other
 * helpers are still adding (education, embeds) are included once the build under test has them.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';

const siteDir = process.env.SITE_DIR ?? 'build';

const CORE = ['/', '/indicators', '/indicator/internet-users', '/compare', '/country', '/country/TGO', '/projects', '/projects/giga', '/data', '/sources', '/search'];
const OPTIONAL = ['/education', '/embed/compare'];

/** Every page type, in English and in French (`/fr/...`). */
export function pageTypes(): { path: string; locale: 'en' | 'fr' }[] {
	const paths = [...CORE, ...OPTIONAL.filter((p) => existsSync(`${siteDir}${p}.html`))];
	return paths.flatMap((path) => [
		{ path, locale: 'en' as const },
		{ path: path === '/' ? '/fr' : `/fr${path}`, locale: 'fr' as const }
	]);
}

/**
 * Waits until the page has hydrated (src/lib/components/hydration.ts): its keyboard and pointer handlers
 * are attached. A key pressed on a prerendered chart before that does nothing.
 */
export async function hydrated(page: Page) {
	await page.waitForFunction(() => performance.getEntriesByName('app:hydrated').length > 0, undefined, { timeout: 30_000 });
}

/** Waits until the page has hydrated and its first queries settled. */
export async function settled(page: Page) {
	await page.waitForLoadState('networkidle');
	await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 30_000 });
}

/** Records every CSP violation in `window.__csp`, from before the first script runs. */
export async function recordViolations(page: Page) {
	await page.addInitScript(() => {
		const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
		document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
	});
	return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/** The page's policy, from its <meta> tag. */
export const policyOf = (page: Page) => page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
