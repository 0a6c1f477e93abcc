import { chromium } from 'playwright-core';
const base = process.argv[2] ?? 'http://127.0.0.1:5199';
const paths = (process.argv[3] ?? '/embed/compare?theme=dark,/fr/embed/indicator/it-users?theme=dark,/fr/compare').split(',');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const w of [360, 1280]) {
  const ctx = await b.newContext({ viewport: { width: w, height: 900 } });
  const p = await ctx.newPage();
  for (const path of paths) {
    await p.goto(base + path, { waitUntil: 'networkidle', timeout: 120000 }).catch((e) => console.log('goto', path, e.message));
    await p.waitForTimeout(2500);
    const name = `/tmp/charts-shots/${w}-${path.replace(/[^a-z0-9]+/gi, '_')}.png`;
    await p.screenshot({ path: name, fullPage: true });
    console.log(name);
  }
  await ctx.close();
}
await b.close();
