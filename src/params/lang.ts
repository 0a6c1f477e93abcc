import type { ParamMatcher } from '@sveltejs/kit';

/** English is served at the root; French under /fr. */
export const match: ParamMatcher = (param) => param === 'fr';
