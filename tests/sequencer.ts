/**
 * The order test files start in. Vitest starts files it has timed before longest first, but a fresh
 * clone (every CI run) has no timings, and its fallback — largest file first, project by project — would
 * leave the long browser files to the end, where one of them runs alone while the other workers idle.
 * The browser files go first here, largest first; the quick unit, component and golden files fill the
 * workers after them. With timings (a second local run) Vitest's own order is kept.
 */
import { statSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export class BrowserFirstSequencer extends BaseSequencer {
	async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const timed = files.every((f) => this.ctx.cache.getFileTestResults(`${f.project.name}:${f.moduleId.slice(this.ctx.config.root.length + 1)}`));
		if (timed) return super.sort(files);
		const size = (f: TestSpecification) => statSync(f.moduleId).size;
		const browser = (f: TestSpecification) => (f.project.name === 'e2e' ? 0 : 1);
		return [...files].sort((a, b) => browser(a) - browser(b) || size(b) - size(a));
	}
}
