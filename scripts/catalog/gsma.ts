/** GSMA Mobile Connectivity Index. */
import type { PublisherModule } from './types.ts';

export const gsma: PublisherModule = {
	id: 'gsma',
	sources: [],
	indicators: []
};
