/**
 * The raw publications beside a checkout (`../shared/data`), read by the `snapshots` test project
 * (`npm run test:snapshots`). They are not part of the repository, so those tests are not in `npm test`;
 * `.ci/run` runs them when the snapshots are present.
 */
import { join } from 'node:path';

export const SHARED = join(import.meta.dirname, '../../../shared/data');
export const RAW = join(SHARED, 'sources');
export const FACTS = join(SHARED, 'facts/countries.csv');
/** The 55 AU member states. */
export const AU_ISO3 =
	'DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI SWZ ETH GAB GMB GHA GIN GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA STP SEN SYC SLE SOM ZAF SSD SDN TZA TGO TUN UGA ZMB ZWE ESH'.split(' ');
