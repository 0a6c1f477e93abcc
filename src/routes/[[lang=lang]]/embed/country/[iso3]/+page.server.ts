import { prerenderEngine } from '$lib/db/node';
import { countryIds } from '$lib/queries/country';
import { load as countryLoad } from '../../../country/[iso3]/+page.server';
import type { PageServerData as CountryData } from '../../../country/[iso3]/$types';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => (await countryIds(prerenderEngine())).flatMap((iso3) => [{ iso3 }, { lang: 'fr', iso3 }]);

/** The country profile's data, prerendered once per country and language. */
export const load: PageServerLoad = async (event) => (await countryLoad(event as never)) as CountryData;
