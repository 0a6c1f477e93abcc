import { error } from '@sveltejs/kit';
import { EDUCATION_PANELS, isEducationPanel } from '$lib/share/education-panels';
import { loadEducation } from '$lib/views/education/load.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => EDUCATION_PANELS.flatMap((panel) => [{ panel }, { lang: 'fr', panel }]);

/** The education page's default data, prerendered once per panel and language, with the panel's own preview. */
export const load: PageServerLoad = async (event) => {
	const { panel } = event.params;
	if (!isEducationPanel(panel)) error(404, `No education panel "${panel}"`);
	const data = await loadEducation(event.params);
	const prefix = event.params.lang === 'fr' ? '/fr' : '';
	return { ...data, panel, preview: { ...data.preview, image: `${prefix}/embed/education/${panel}/preview.png` } };
};
