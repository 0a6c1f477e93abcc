/** The order files start in on a fresh clone (tests/sequencer.ts): the longest known first. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestSpecification, Vitest } from 'vitest/node';
import { describe, expect, it } from 'vitest';
import durations from './file-durations.json';
import { BrowserFirstSequencer } from './sequencer.ts';

const root = resolve('.');
const spec = (project: string, file: string) => ({ project: { name: project }, moduleId: resolve(file) }) as unknown as TestSpecification;
const freshClone = { cache: { getFileTestResults: () => undefined }, config: { root } } as unknown as Vitest;

describe('the order of a fresh clone’s test files', () => {
	it('starts the longest known files first, then unknown browser files, then the rest', async () => {
		const files = [
			spec('unit', 'src/lib/source-urls.test.ts'),
			spec('e2e', 'tests/e2e/head.test.ts'),
			spec('unit', 'scripts/build-data.test.ts'),
			spec('e2e', 'tests/e2e/every-page.test.ts'),
			spec('e2e', 'tests/e2e/compare.test.ts')
		];
		const order = (await new BrowserFirstSequencer(freshClone).sort(files)).map((f) => `${f.project.name}:${f.moduleId.slice(root.length + 1)}`);
		const known = ['e2e:tests/e2e/every-page.test.ts', 'e2e:tests/e2e/compare.test.ts', 'unit:scripts/build-data.test.ts'];
		const timings = durations as Record<string, number>;
		expect(known.every((k) => timings[k] > 0)).toBe(true);
		expect(order.slice(0, 3)).toEqual([...known].sort((a, b) => timings[b] - timings[a]));
		expect(order.slice(3)).toEqual(['e2e:tests/e2e/head.test.ts', 'unit:src/lib/source-urls.test.ts']);
	});

	it('lists only files that exist, in seconds', () => {
		for (const [key, seconds] of Object.entries(durations)) {
			expect(existsSync(key.slice(key.indexOf(':') + 1)), key).toBe(true);
			expect(seconds).toBeGreaterThan(0);
		}
	});
});
