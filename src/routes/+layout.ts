// Every page is prerendered to static HTML: the site works from any static host, even with JavaScript off.
export const prerender = true;
