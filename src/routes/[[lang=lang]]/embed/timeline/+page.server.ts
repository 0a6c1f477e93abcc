import { loadHome } from '$lib/views/home/load.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];

/** The home page's memberships, prerendered once per language; its own link preview (the timeline). */
export const load: PageServerLoad = async (event) => {
	const data = await loadHome(event.params);
	const prefix = event.params.lang === 'fr' ? '/fr' : '';
	return { ...data, preview: { ...data.preview, image: `${prefix}/embed/timeline/preview.png` } };
};
