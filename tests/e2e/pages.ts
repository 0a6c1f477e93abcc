/**
 * One page of every type, for the checks that apply to the whole site (CSP, accessibility). Pages other
 * helpers are still adding (education, embeds) are included once the build under test has them.
 */
import { existsSync } from 'node:fs';

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

/** Waits until the page has hydrated and its first queries settled. */
export async function settled(page: import('playwright-core').Page) {
	await page.waitForLoadState('networkidle');
	await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 30_000 });
}
