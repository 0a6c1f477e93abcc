/**
 * Runs shell commands at the same time and fails if any fails; each one's output is printed whole when it
 * ends, so the logs do not interleave. `npm test` uses it for the type check and the sub-path build,
 * which each keep one core busy (the sub-path build prerenders on one thread): side by side on a 2-core
 * machine they take the time of the longer one.
 *
 *   tsx scripts/together.ts "npm run check" "npm run build:subpath"
 */
import { spawn } from 'node:child_process';

function run(command: string): Promise<{ command: string; code: number; output: string; ms: number }> {
	const started = performance.now();
	return new Promise((done) => {
		const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
		const chunks: Buffer[] = [];
		child.stdout.on('data', (c: Buffer) => chunks.push(c));
		child.stderr.on('data', (c: Buffer) => chunks.push(c));
		child.on('close', (code, signal) => done({ command, code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
	});
}

const commands = process.argv.slice(2);
if (!commands.length) throw new Error('usage: tsx scripts/together.ts "<command>" ["<command>" …]');
const results = await Promise.all(
	commands.map((command) =>
		run(command).then((r) => {
			process.stdout.write(`\n── ${r.command} (${(r.ms / 1000).toFixed(1)} s, exit ${r.code}) ──\n${r.output}`);
			return r;
		})
	)
);
const failed = results.filter((r) => r.code !== 0);
for (const r of failed) console.error(`\nFailed: ${r.command} (exit ${r.code})`);
process.exit(failed.length ? 1 : 0);
