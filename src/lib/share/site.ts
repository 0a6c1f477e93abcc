/**
 * The public address of the site (e.g. `https://ict.example.org`), set at build time with VITE_SITE_URL.
 * Link previews need absolute image addresses on most networks; without it they are root-relative,
 * which works where the scraper resolves them against the page (and in our tests).
 */
export const SITE_URL: string = (import.meta.env.VITE_SITE_URL ?? '').replace(/\/+$/, '');
