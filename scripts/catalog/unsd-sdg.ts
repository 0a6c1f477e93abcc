/** UN Statistics Division, SDG Global Database. */
import type { PublisherModule } from './types.ts';

export const unsdSdg: PublisherModule = {
	id: 'unsd-sdg',
	sources: [],
	indicators: []
};
