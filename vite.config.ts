import { availableParallelism } from 'node:os';
import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { duckdbWasm } from './scripts/vite-duckdb-wasm.ts';
import { BrowserFirstSequencer } from './tests/sequencer.ts';

/** A project of Svelte components in jsdom (the two differ in what they include and in isolation). */
function componentProject(test: { name: string; include: string[]; exclude?: string[]; isolate?: boolean }): TestProjectInlineConfiguration {
	return {
		extends: true,
		plugins: [svelteTesting()],
		test: {
			environment: 'jsdom',
			setupFiles: ['./vitest-setup-component.ts'],
			// Vitest's 5 s default is a limit against hangs that jsdom tests passed while browser files ran
			// beside them (the suite runs files in parallel).
			testTimeout: 30_000,
			...test
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), duckdbWasm()],
	worker: { format: 'es' },
	test: {
		// The theme tokens are read from app.css (?raw) where images are drawn without the page's stylesheet.
		css: { include: [/app\.css/] },
		// Vitest's default on a 2-core machine is one worker (cores − 1): every file in sequence. The browser
		// files spend part of their time waiting (page loads, network idle, a worker's answer), so three
		// files at a time keep both cores busy; more only lengthens each file without finishing sooner.
		maxWorkers: Math.max(3, availableParallelism()),
		sequence: { sequencer: BrowserFirstSequencer },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					// One module graph per worker rather than per file: a third of the project's CPU time went to
					// importing the same modules (DuckDB's bindings, the queries) afresh for each of ~80 files.
					// No unit test mocks a module; they share only what they read.
					isolate: false,
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/hostile/**/*.test.ts', 'tests/sequencer.test.ts'],
					exclude: ['src/**/*.svelte.test.ts', 'tests/hostile/**/*.svelte.test.ts', 'scripts/**/*.snapshot.test.ts'],
					// Tests share the built static/data; DuckDB-WASM setup is per file and slow-ish, and the
					// fuzzed URL states run 10,000 cases: generous limits keep a busy machine from failing them.
					testTimeout: 120_000,
					hookTimeout: 120_000
				}
			},
			componentProject({
				name: 'component',
				// One jsdom and module graph per worker, as for the unit tests: the project's CPU went from 46 s
				// to 20 s. Testing Library empties the document after each test. A file that replaces a module
				// (vi.mock) is named *.mock.svelte.test.ts and runs in its own graph (component-mock below), so
				// the replacement cannot leak into another file.
				isolate: false,
				include: ['src/**/*.svelte.test.ts', 'tests/hostile/**/*.svelte.test.ts'],
				exclude: ['**/*.mock.svelte.test.ts']
			}),
			componentProject({ name: 'component-mock', include: ['src/**/*.mock.svelte.test.ts', 'tests/hostile/**/*.mock.svelte.test.ts'] }),
			{
				// The parsers against the raw publications beside the checkout (not in the repository).
				extends: true,
				test: {
					name: 'snapshots',
					environment: 'node',
					include: ['scripts/**/*.snapshot.test.ts'],
					testTimeout: 60_000
				}
			},
			{
				// Golden SVG files of every chart, rendered on the server from the real data (tests/golden/README.md).
				extends: true,
				test: {
					name: 'golden',
					environment: 'node',
					isolate: false,
					include: ['tests/golden/**/*.test.ts'],
					setupFiles: ['./tests/golden/setup.ts'],
					testTimeout: 60_000
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['./tests/e2e/global-setup.ts'],
					// A limit against hangs, not a speed target (speed is measured in bench/): a test of several
					// steps on a machine busy with other files (or another build) takes over a minute.
					testTimeout: 120_000,
					hookTimeout: 120_000,
					// Files run side by side (each test has its own browser context, each file its own host
					// servers); the page sweeps (describe.concurrent: every page type, every chart) run two at a
					// time within their file.
					fileParallelism: true,
					maxConcurrency: 2,
					// One module graph per worker, as for the unit tests: each file imported Playwright, DuckDB's
					// bindings and the queries afresh (12 small files: 9.3 -> 3.8 s of import). No browser test
					// replaces a module; what a file keeps is in its own module-level variables.
					isolate: false
				}
			}
		]
	}
});
