/**
 * Only the query tier's worker may compile code: static/_headers and scripts/serve.ts give the files
 * under /_app/immutable/workers/ one policy allowing 'unsafe-eval', agreeing with each other, and no
 * other path (no page) gets it from either.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WORKER_POLICY, securityHeaders } from './serve';

const text = readFileSync('static/_headers', 'utf8');
const rules = text.split(/\n(?=\S)/).filter((block) => !block.startsWith('#') && block.trim() !== '');

describe("the worker's policy", () => {
	it('is the same in static/_headers and the server, for the workers folder only', () => {
		const csp = rules.filter((r) => r.includes("'unsafe-eval'"));
		expect(csp).toHaveLength(1);
		const [path, header] = csp[0].trim().split('\n');
		expect(path.trim()).toBe('/_app/immutable/workers/*');
		expect(header.trim()).toBe(`Content-Security-Policy: ${WORKER_POLICY}`);
		expect(securityHeaders('/_app/immutable/workers/worker-abc123.js')['Content-Security-Policy']).toBe(WORKER_POLICY);
		expect(WORKER_POLICY).toMatch(/^default-src 'none'; /);
	});

	it('reaches no page and no other script', () => {
		for (const path of ['/', '/fr', '/compare', '/fr/embed/compare', '/_app/immutable/chunks/x.js', '/_app/immutable/entry/app.js', '/service-worker.js', '/data/tier/countries.arrow']) {
			expect(securityHeaders(path)['Content-Security-Policy'], path).not.toContain('unsafe-eval');
		}
	});
});
