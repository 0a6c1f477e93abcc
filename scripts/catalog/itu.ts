/** ITU DataHub. */
import type { PublisherModule } from './types.ts';

export const itu: PublisherModule = {
	id: 'itu',
	sources: [],
	indicators: []
};
