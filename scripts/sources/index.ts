/** The publisher parsers by id, so the catalog can name the one each raw file needs. */
import { parseWdiWide } from './world-bank.ts';
import type { RawObservation } from './types.ts';

export const PARSERS = {
	'wdi-wide': parseWdiWide
} satisfies Record<string, (text: string, file: string) => RawObservation[]>;

export type ParserId = keyof typeof PARSERS;
