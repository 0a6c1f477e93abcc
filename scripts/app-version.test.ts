/**
 * The app's version (svelte.config.js) names the commit, so two builds of one commit are the same bytes
 * (and the build cache has their compressed copies); a changed tree or a build outside git never reuses it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { appVersion } from '../svelte.config.js';

const dir = mkdtempSync(join(tmpdir(), 'app-version-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd }).toString().trim();

it('is the commit for a clean tree, the commit and the build time for a changed one, the build time outside git', () => {
	const repo = join(dir, 'repo');
	execFileSync('mkdir', ['-p', repo]);
	git(repo, 'init', '-q');
	writeFileSync(join(repo, 'a.txt'), 'a');
	git(repo, 'add', 'a.txt');
	git(repo, 'commit', '-qm', 'a');
	const head = git(repo, 'rev-parse', '--short=12', 'HEAD');
	expect(appVersion(repo)).toBe(head);
	expect(appVersion(repo)).toBe(appVersion(repo));
	writeFileSync(join(repo, 'a.txt'), 'b');
	expect(appVersion(repo)).toMatch(new RegExp(`^${head}-\\d{13}$`));
	const plain = join(dir, 'plain');
	execFileSync('mkdir', ['-p', plain]);
	expect(appVersion(plain)).toMatch(/^\d{13}$/);
});
