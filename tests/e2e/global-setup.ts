/**
 * Serves the built site (build/, at /) and the sub-path build (build-atlas/, at /atlas) on loopback for
 * the browser tests, and starts the one headless Chromium that every test file connects to (each test
 * opens its own context, so nothing but the process is shared). `npm test` builds both sites before
 * Vitest starts. `SITE_DIR` / `SUBPATH_SITE_DIR` point them at other builds (the same variables the build
 * and the benchmark read).
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { serveSite } from '../../scripts/serve.ts';
import { launchBrowserServer } from './browser.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		subpathSiteUrl: string;
		browserEndpoint: string;
	}
}

async function listen(dir: string, base = '') {
	if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir}/ has no built site: run "npm test" (it builds first).`);
	const server = serveSite({ dir, base });
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { server, url: `http://127.0.0.1:${port}${base}` };
}

export default async function setup(project: TestProject) {
	const site = await listen(process.env.SITE_DIR ?? 'build');
	const subpath = await listen(process.env.SUBPATH_SITE_DIR ?? 'build-atlas', '/atlas');
	project.provide('siteUrl', site.url);
	project.provide('subpathSiteUrl', subpath.url);
	const browser = await launchBrowserServer();
	project.provide('browserEndpoint', browser.wsEndpoint());
	return async () => {
		await browser.close();
		site.server.close();
		subpath.server.close();
	};
}
