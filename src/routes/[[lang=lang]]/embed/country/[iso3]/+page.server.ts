import { prerenderEngine } from '$lib/db/node';
import { countryIds } from '$lib/queries/country';
import { loadCountry } from '$lib/views/country/load.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => (await countryIds(prerenderEngine())).flatMap((iso3) => [{ iso3 }, { lang: 'fr', iso3 }]);

/** The country profile's data, prerendered once per country and language. */
export const load: PageServerLoad = ({ params }) => loadCountry(params);
