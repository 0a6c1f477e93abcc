/**
 * The query tier's data (src/lib/tier): small Arrow IPC files a view fetches on first need instead of
 * the whole observations table — one slice per indicator (iso3, year, value, flag), the country codes and the
 * Smart Africa memberships. The browser's Arquero worker answers the views' controls from these.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dictionary, float64, int32, tableFromArrays, tableToIPC, utf8 } from '@uwdata/flechette';
import type { Row } from './validate.ts';

export interface TierFile {
	/** Path under the data folder, e.g. `tier/indicators/internet-users.arrow`. */
	name: string;
	rows: number;
	bytes: number;
	sha256: string;
}

import { tierPath } from '../../src/lib/tier/paths.ts';

export { tierPath };

const ipc = (arrays: Record<string, unknown[]>, types: Record<string, ReturnType<typeof utf8>>) =>
	tableToIPC(tableFromArrays(arrays, { types }), { format: 'stream' })!;

/**
 * Writes the tier's files into `dataDir` from the sorted rows of the data build (observations by
 * indicator, iso3, year) and returns their manifest entries, in a stable order.
 */
export function writeTier(rows: { observations: Row[]; countries: Row[]; memberships: Row[]; indicators: Row[] }, dataDir: string): TierFile[] {
	const files: TierFile[] = [];
	const write = (name: string, bytes: Uint8Array, count: number) => {
		mkdirSync(join(dataDir, name, '..'), { recursive: true });
		writeFileSync(join(dataDir, name), bytes);
		files.push({ name, rows: count, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
	};
	const countries = rows.countries.map((r) => r.iso3 as string).sort();
	write(tierPath.countries, ipc({ iso3: countries }, { iso3: utf8() }), countries.length);

	const members = rows.memberships.filter((r) => r.org === 'smart-africa');
	const column = (name: string) => members.map((r) => r[name] ?? null);
	write(
		tierPath.memberships,
		ipc(
			{ iso3: column('iso3'), status: column('status'), joined: column('joined'), joined_precision: column('joined_precision') },
			{ iso3: utf8(), status: utf8(), joined: utf8(), joined_precision: utf8() }
		),
		members.length
	);

	// Every indicator has its file, even one without any value yet (its views show "no data").
	const byIndicator = new Map<string, Row[]>(rows.indicators.map((r) => [r.id as string, []]));
	for (const r of rows.observations) {
		const id = r.indicator as string;
		byIndicator.get(id)!.push(r);
	}
	for (const id of [...byIndicator.keys()].sort()) {
		const obs = byIndicator.get(id)!;
		// The flag (an estimate, a survey's years) goes with its value: the data explorer shows and downloads it.
		const arrays = { iso3: obs.map((r) => r.iso3), year: obs.map((r) => r.year), value: obs.map((r) => r.value), flag: obs.map((r) => r.flag ?? null) };
		write(tierPath.indicator(id), ipc(arrays, { iso3: dictionary(utf8()), year: int32(), value: float64(), flag: dictionary(utf8()) } as never), obs.length);
	}
	return files;
}
