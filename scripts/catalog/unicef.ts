/** UNICEF school-age digital connectivity. */
import type { PublisherModule } from './types.ts';

export const unicef: PublisherModule = {
	id: 'unicef',
	sources: [],
	indicators: []
};
