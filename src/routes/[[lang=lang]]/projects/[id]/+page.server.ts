import { prerenderEngine } from '$lib/db/node';
import { projectIds } from '$lib/queries/projects';
import { loadProject } from '$lib/views/projects/project.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => (await projectIds(prerenderEngine())).flatMap((id) => [{ id }, { lang: 'fr', id }]);

export const load: PageServerLoad = ({ params }) => loadProject(params);
