import type { EntryGenerator } from './$types';

// Prerendered as 404.html and fr/404.html: static hosts (and scripts/serve.ts) send it for any unknown
// address. It is plain HTML (no client script): served at whatever address was asked for, a script
// would start the client router on a route that is not there.
export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];
export const csr = false;
