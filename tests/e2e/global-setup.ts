/**
 * Serves the built site (build/, at /) and the sub-path build (build-atlas/, at /atlas) on loopback for
 * the browser tests. `npm test` builds both before Vitest starts.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { serveSite } from '../../scripts/serve.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		subpathSiteUrl: string;
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
	const site = await listen('build');
	const subpath = await listen('build-atlas', '/atlas');
	project.provide('siteUrl', site.url);
	project.provide('subpathSiteUrl', subpath.url);
	return async () => {
		site.server.close();
		subpath.server.close();
	};
}
