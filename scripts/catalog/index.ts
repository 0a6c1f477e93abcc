/** Every publisher module, and the sources and indicators they declare. */
import { gsma } from './gsma.ts';
import { itu } from './itu.ts';
import type { IndicatorSpec, PublisherModule, SourceSpec } from './types.ts';
import { unDesa } from './un-desa.ts';
import { unicef } from './unicef.ts';
import { unsdSdg } from './unsd-sdg.ts';
import { worldBank } from './world-bank.ts';

export const PUBLISHERS: PublisherModule[] = [worldBank, unsdSdg, itu, unDesa, gsma, unicef];

export const SOURCES: SourceSpec[] = PUBLISHERS.flatMap((p) => p.sources);
export const INDICATORS: IndicatorSpec[] = PUBLISHERS.flatMap((p) => p.indicators);
