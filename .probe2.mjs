import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4400/kefu/search/');
const out = await page.evaluate(async () => {
  const pf = await import('/kefu/pagefind/pagefind.js');
  await pf.options({ baseUrl: '/kefu/' });
  const r = await pf.search('订单');
  const d = await Promise.all(r.results.map((x) => x.data()));
  return { filters: await pf.filters(), hits: d.map((x) => [x.url, x.filters, x.excerpt.slice(0, 80)]) };
});
console.log(JSON.stringify(out, null, 1));
await browser.close();
