import { datasetInfo } from '$lib/server/manifest';

export const load = () => ({ dataset: datasetInfo() });
