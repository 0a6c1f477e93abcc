/**
 * The app's version (svelte.config.js) is a hash of the committed sources, so two builds of the same
 * sources are the same bytes (and the build cache has their compressed copies), even across commits that
 * change only tests or docs; changed sources, committed or not, never reuse it; and every reading within
 * one build agrees.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { appVersion } from '../svelte.config.js';

const dir = mkdtempSync(join(tmpdir(), 'app-version-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd }).toString().trim();

it('is the same for the same committed sources, new when they change, the build time outside git', () => {
	const repo = join(dir, 'repo');
	for (const folder of ['src', 'tests']) mkdirSync(join(repo, folder), { recursive: true });
	const commit = (file: string, text: string) => {
		writeFileSync(join(repo, file), text);
		git(repo, 'add', file);
		git(repo, 'commit', '-qm', file);
	};
	git(repo, 'init', '-q');
	commit('src/app.ts', 'a');
	commit('tests/app.test.ts', 'a');
	const first = appVersion(repo);
	expect(first).toMatch(/^[0-9a-f]{12}$/);
	commit('tests/app.test.ts', 'b'); // a commit that changes only a test
	expect(appVersion(repo)).toBe(first);
	// A source changed, not committed: a version of its own, the same at every reading (Vite and its
	// prerender worker each read it; a clock reading once gave the page and its scripts two versions).
	writeFileSync(join(repo, 'src/app.ts'), 'b');
	const changed = appVersion(repo);
	expect(changed).toMatch(new RegExp(`^${first}-[0-9a-f]{8}$`));
	expect(appVersion(repo)).toBe(changed);
	writeFileSync(join(repo, 'src/new.ts'), 'n'); // a new file counts, with its content
	const added = appVersion(repo);
	expect(added).not.toBe(changed);
	writeFileSync(join(repo, 'src/new.ts'), 'm');
	expect(appVersion(repo)).not.toBe(added);
	rmSync(join(repo, 'src/new.ts'));
	git(repo, 'commit', '-qam', 'src');
	expect(appVersion(repo)).toMatch(/^[0-9a-f]{12}$/);
	expect(appVersion(repo)).not.toBe(first);
	const plain = join(dir, 'plain');
	mkdirSync(plain);
	expect(appVersion(plain)).toMatch(/^\d{13}$/);
	expect(appVersion(plain)).toBe(appVersion(plain));
});
