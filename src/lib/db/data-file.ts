/**
 * Fetching a table's data file in the page. The service worker checks every data file against the
 * manifest's size and SHA-256 before it keeps or hands it over (src/service-worker.ts); one that arrives
 * damaged (a captive portal's page, a proxy's truncation) comes back as a 502 marked with DAMAGED_HEADER,
 * and becomes a DamagedDataError, which the engine messages explain in the page's language.
 */

/** Set by the service worker on its answer for a data file that did not match the manifest. */
export const DAMAGED_HEADER = 'x-data-integrity';
const MARKER = 'data-damaged:';

/** A data file did not match its published size and SHA-256; it was not kept. `message` is a marker, not prose. */
export class DamagedDataError extends Error {
	constructor(readonly table: string) {
		super(`${MARKER}${table}`);
	}
}

/** The table named by a DamagedDataError's message, or null for any other error message. */
export function damagedTable(message: string): string | null {
	return message.startsWith(MARKER) ? message.slice(MARKER.length) : null;
}

/** `onArrival` hears of the response's size on the wire (0 when the server gave none) before its body is read. */
export async function fetchDataFile(url: string, table: string, onArrival?: (wireBytes: number) => void): Promise<Uint8Array> {
	const response = await fetch(url);
	if (response.headers.get(DAMAGED_HEADER) === 'mismatch') throw new DamagedDataError(table);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	onArrival?.(Number(response.headers.get('content-length') ?? 0));
	return new Uint8Array(await response.arrayBuffer());
}
