// serve_browser.mjs BASE_URL OUT_DIR: the dashboard in headless Chromium (Debian's
// /usr/bin/chromium, driven by playwright-core) against a real server on a
// store of the sample news and a page whose text carries markup.  Loads it,
// filters, brushes the timeline, clicks a marker and checks the evidence
// highlights, opens the page with markup and checks nothing ran, and looks
// at a phone-width screen.  Screenshots go to OUT_DIR (test artifacts).
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const here = new URL('.', import.meta.url).pathname;
const { chromium } = require(here + '../web/node_modules/playwright-core');

const [base, out] = process.argv.slice(2);
let pass = 0, fail = 0;
const ok = (cond, what) => { if (cond) pass++; else { fail++; console.log('FAIL: ' + what); } };

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => { errors.push('a dialog: ' + d.message()); d.dismiss(); });

  await page.goto(base + '/');
  await page.waitForSelector('#events tbody tr');
  await page.waitForSelector('#map path.leaflet-interactive');
  await page.waitForSelector('#timeline canvas');
  const rows = await page.locator('#events tbody tr').count();
  ok(rows >= 15, `the table: ${rows} incidents`);
  ok(await page.locator('#map path.leaflet-interactive').count() >= 5, 'markers on the map');
  ok(await page.locator('#map path:not(.leaflet-interactive)').count() > 100, 'the countries (world-atlas)');
  await page.screenshot({ path: out + '/dashboard.png' });

  // filter: one country
  await page.fill('input[name=country]', 'SY');
  await page.click('#filters button[type=submit]');
  await page.waitForFunction(() => [...document.querySelectorAll('#events tbody tr td:nth-child(2)')].every((td) => td.textContent.endsWith(', SY')));
  const sy = await page.locator('#events tbody tr').count();
  ok(sy > 0 && sy < rows, `country SY: ${sy} rows of ${rows}`);
  await page.click('#clear');
  await page.waitForFunction((n) => document.querySelectorAll('#events tbody tr').length === n, rows);

  // brush the timeline: the days dragged over become from and to
  // (the timeline is drawn again after the filters clear: wait until it is there)
  const over = page.locator('#timeline .u-over');
  await over.waitFor({ state: 'visible' });
  let box = null;
  for (let i = 0; i < 100 && !box; i++) {
    box = await over.boundingBox();
    if (!box) await page.waitForTimeout(100);
  }
  ok(box, 'the timeline drawn');
  await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.98, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelector('input[name=from]').value !== '');
  const from = await page.inputValue('input[name=from]'), to = await page.inputValue('input[name=to]');
  ok(from && to && from <= to, `brushed: ${from} to ${to}`);
  await page.waitForFunction(([f, t]) => {
    const d = [...document.querySelectorAll('#events tbody tr td:first-child')].map((td) => td.textContent);
    return d.length > 0 && d.every((x) => x >= f && x <= t);
  }, [from, to], { timeout: 5000 }).then(() => ok(true, ''), () => ok(false, `rows outside ${from}..${to}`));
  await page.click('#all-days');
  await page.waitForFunction((n) => document.querySelectorAll('#events tbody tr').length === n, rows);

  // click a marker (a group zooms in; one event opens): the evidence is marked
  for (let i = 0; i < 8 && await page.locator('#panel').isHidden(); i++) {
    await page.locator('#map path.leaflet-interactive').first().click({ force: true });
    await page.waitForTimeout(400);
  }
  ok(await page.locator('#panel').isVisible(), 'a marker opens the event panel');
  await page.waitForSelector('#p-text mark');
  const marks = await page.locator('#p-text mark').evaluateAll((ms) => ms.map((m) => m.className));
  // the action (a verb, or the count an event named without one) and who or where
  ok((marks.includes('m-verb') || marks.includes('m-count')) && (marks.includes('m-actor') || marks.includes('m-place')),
    `highlights: ${marks.join(' ')}`);
  ok(await page.locator('#p-facts dt', { hasText: 'Claim' }).count() === 1, 'the claim status');
  ok(await page.locator('#p-reports li a[href^="http"]').count() >= 1, 'links to the source articles');
  await page.screenshot({ path: out + '/event.png' });
  await page.click('#close');

  // the page with markup in it: shown as text, nothing runs
  await page.fill('input[name=text]', 'checkpoint');
  await page.click('#filters button[type=submit]');
  await page.waitForTimeout(500);
  let found = false;
  for (const tr of await page.locator('#events tbody tr').all()) {
    await tr.click();
    await page.waitForSelector('#panel:not([hidden]) #p-text');
    await page.waitForTimeout(150);
    if ((await page.textContent('#p-title')).includes('<script>')) { found = true; break; }
  }
  ok(found, 'the page with markup is listed');
  const title = await page.textContent('#p-title');
  ok(title.includes('<img src=x onerror="window.__xss=1">'), 'its title shown as text');
  ok((await page.textContent('#p-text')).includes('<script>window.__xss=4</script>'), 'its text shown as text');
  ok(await page.evaluate(() => window.__xss === undefined), 'no script ran');
  ok(await page.locator('#panel img, #panel script, #events img, #events b[onmouseover]').count() === 0, 'no element made from it');
  await page.screenshot({ path: out + '/markup.png' });

  ok(errors.length === 0, 'console errors: ' + errors.join(' | '));

  // a phone-width screen: everything within the width, the map and table there
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await phone.goto(base + '/');
  await phone.waitForSelector('#events tbody tr');
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  ok(width <= 392, `phone: the page is ${width} px wide`);
  ok(await phone.locator('#map').isVisible() && await phone.locator('#events').isVisible(), 'phone: map and table');
  await phone.screenshot({ path: out + '/phone.png', fullPage: true });
} finally {
  await browser.close();
}
console.log(`browser: ${pass} passed, ${fail} failed`);
process.exit(fail ? 1 : 0);
