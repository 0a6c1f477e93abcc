/**
 * A journalist's page on another origin, for the embed tests: a tiny server that returns whatever HTML a
 * test hands it, so the iframes, /embed.js and postMessage cross origins as they do in real articles.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostServer {
	url: string;
	/** Serve this HTML at `path`. */
	set(path: string, html: string): void;
	close(): Promise<void>;
}

export async function hostServer(): Promise<HostServer> {
	const pages = new Map<string, string>();
	const server: Server = createServer((req, res) => {
		const path = (req.url ?? '/').split('?')[0];
		if (path === '/favicon.ico') return void res.writeHead(204).end();
		const html = pages.get(path);
		res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(html ?? 'not found');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	// "localhost" rather than 127.0.0.1: a different origin from the site under test.
	return {
		url: `http://localhost:${port}`,
		set: (path, html) => void pages.set(path, html),
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

/** PNG size from its IHDR chunk, after checking the signature. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
	const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG');
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (String.fromCharCode(...bytes.slice(12, 16)) !== 'IHDR') throw new Error('PNG without IHDR first');
	return { width: view.getUint32(16), height: view.getUint32(20) };
}
