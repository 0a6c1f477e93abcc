/** UN DESA E-Government Survey. */
import type { PublisherModule } from './types.ts';

export const unDesa: PublisherModule = {
	id: 'un-desa',
	sources: [],
	indicators: []
};
