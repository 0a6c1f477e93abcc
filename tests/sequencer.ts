/**
 * The order test files start in. Vitest starts files it has timed before longest first, but a fresh
 * clone (every CI run) has no timings, and its fallback — largest file first, project by project — left
 * the long browser files to the end, where one of them ran alone while the other workers idled.
 *
 * On a fresh clone the files start longest first by `tests/file-durations.json`: seconds per file (those
 * over 5 s) from a fresh-clone `.ci/run` on a 2-core machine. The numbers only order the files, so a stale
 * one costs time, never a result; refresh them from a run's summary when files grow or move. Files not
 * listed follow, the browser files first and largest first; the quick unit, component and golden files
 * fill the workers last. With timings (a second local run) Vitest's own order is kept.
 */
import { readFileSync, statSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const durations: Record<string, number> = JSON.parse(readFileSync(new URL('./file-durations.json', import.meta.url), 'utf8'));

export class BrowserFirstSequencer extends BaseSequencer {
	async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const key = (f: TestSpecification) => `${f.project.name}:${f.moduleId.slice(this.ctx.config.root.length + 1)}`;
		if (files.every((f) => this.ctx.cache.getFileTestResults(key(f)))) return super.sort(files);
		const known = (f: TestSpecification) => durations[key(f)] ?? 0;
		const size = (f: TestSpecification) => statSync(f.moduleId).size;
		const browser = (f: TestSpecification) => (f.project.name === 'e2e' ? 0 : 1);
		return [...files].sort((a, b) => known(b) - known(a) || browser(a) - browser(b) || size(b) - size(a));
	}
}
