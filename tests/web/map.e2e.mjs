// Browser end-to-end test of the web map (issue 6): builds an event database with `rasd ingest` from the
// demo article, the Baghouz sample (read from the shared data folder at test time) and the fixture
// articles beside this file, starts `rasd serve` on a free port, and drives the page in Debian's headless
// Chromium with playwright-core: markers on the map, filtering by type and date, the Baghouz event with
// its evidence highlighted, and a crafted article whose markup must render as text.
//
// Run by ctest (tests/web/CMakeLists.txt) as: node --test map.e2e.mjs, with RASD_BINARY, RASD_WEB_DIR,
// RASD_SOURCE_DIR, RASD_SHARED_DATA, RASD_GAZETTEER and optionally RASD_SCREENSHOT (a PNG path) set.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

const env = (k) => {
  const v = process.env[k];
  if (!v) throw new Error(`${k} is not set (run this test through ctest)`);
  return v;
};
const RASD = env('RASD_BINARY');
const WEB = env('RASD_WEB_DIR');
const SRC = env('RASD_SOURCE_DIR');
const SHARED = process.env.RASD_SHARED_DATA || join(SRC, '..', 'shared', 'data');
const CHROMIUM = process.env.RASD_CHROMIUM || '/usr/bin/chromium';
// playwright-core is installed with the web page's packages (web/node_modules).
const { chromium } = createRequire(join(SRC, 'web', 'package.json'))('playwright-core');

const BAGHOUZ = join(SHARED, 'samples', 'syriatv-baghouz.txt');
let work;
let server;
let base;
let browser;

function run(args) {
  const r = spawnSync(RASD, args, { encoding: 'utf8', env: { ...process.env } });
  assert.equal(r.status, 0, `rasd ${args.join(' ')} failed:\n${r.stderr}`);
  return r;
}

before(async () => {
  assert.ok(existsSync(join(WEB, 'index.html')), `${WEB}/index.html missing: build the web page (scripts/setup.sh)`);
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} missing: apt-get install chromium (scripts/setup.sh)`);
  assert.ok(existsSync(BAGHOUZ), `${BAGHOUZ} missing: the shared data folder is needed`);
  work = mkdtempSync(join(tmpdir(), 'rasd-web-e2e-'));
  const db = join(work, 'events.db');
  const common = ['--data', SHARED];
  if (process.env.RASD_GAZETTEER) common.push('--gazetteer', process.env.RASD_GAZETTEER);
  // The fixtures carry their own dates; --published is for the two plain-text articles.
  run(['ingest', '--db', db, ...common, '--published', '2023-05-17', join(SRC, 'examples', 'demo-article.txt'),
    join(SRC, 'tests', 'web', 'fixtures', 'articles.jsonl')]);
  run(['ingest', '--db', db, ...common, '--published', '2019-03-12', BAGHOUZ]);

  server = spawn(RASD, ['serve', '--db', db, '--port', '0', '--web', WEB], { stdio: ['ignore', 'ignore', 'pipe'] });
  base = await new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`rasd serve did not start:\n${err}`)), 60000);
    server.stderr.on('data', (chunk) => {
      err += chunk;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    });
    server.on('exit', (code) => reject(new Error(`rasd serve exited (${code}):\n${err}`)));
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
});

after(async () => {
  if (browser) await browser.close();
  if (server) server.kill('SIGTERM');
  if (work) rmSync(work, { recursive: true, force: true });
});

// A fresh page that records script errors and Content-Security-Policy refusals.
async function openPage(query = '') {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  // Generous: under ctest -j2 beside sanitizer builds the machine may be slow, and a timeout here
  // would hide nothing a slower run does not also show.
  page.setDefaultTimeout(60000);
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  await page.goto(`${base}/${query}`);
  await page.waitForSelector('body[data-loaded]');
  return { page, problems, context };
}

const listTypes = (page) => page.$$eval('.event-item', (items) => items.map((i) => i.dataset.type));
const listDates = (page) => page.$$eval('.event-item', (items) => items.map((i) => i.dataset.date));

async function waitForList(page, predicate) {
  await page.waitForFunction(predicate, null, { timeout: 60000 });
}

test('the map shows clustered, coloured markers and the list the events', async () => {
  const { page, problems, context } = await openPage();
  // Single events are SVG circles, groups are cluster icons.
  const visible = '.marker-cluster, path.event-marker:not([d="M0 0"])';
  await page.waitForSelector(visible);
  const markers = await page.$$eval(visible, (m) => m.length);
  assert.ok(markers > 0, 'no markers on the map');
  const types = await listTypes(page);
  assert.ok(types.length >= 5, `expected several events, got ${types.length}`);
  assert.ok(new Set(types).size >= 3, `expected several event types, got ${[...new Set(types)]}`);
  assert.match(await page.textContent('#count'), /\d+/);
  // The offline base map: country shapes drawn from world-atlas, no tile requests.
  assert.ok((await page.$$('.leaflet-overlay-pane path')).length > 100, 'no base map');
  assert.equal(await page.$$eval('img.leaflet-tile', (t) => t.length), 0);
  if (process.env.RASD_SCREENSHOT) {
    await page.click('.event-item');
    await page.waitForSelector('#panel:not([hidden]) .article-text mark.evidence');
    await page.screenshot({ path: process.env.RASD_SCREENSHOT });
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('filters by type and date, and keeps them in the URL', async () => {
  const { page, problems, context } = await openPage();
  await page.selectOption('#f-type', 'Battles');
  await waitForList(page, () => [...document.querySelectorAll('.event-item')].every((i) => i.dataset.type === 'Battles'));
  const battles = await listTypes(page);
  assert.ok(battles.length >= 1);
  assert.ok(battles.every((t) => t === 'Battles'));
  assert.match(page.url(), /type=Battles/);

  await page.selectOption('#f-type', '');
  await page.fill('#f-from', '2019-03-01');
  await page.fill('#f-to', '2019-03-31');
  await page.dispatchEvent('#f-to', 'change');
  await waitForList(page, () => [...document.querySelectorAll('.event-item')].every((i) => i.dataset.date.startsWith('2019-03')));
  const dates = await listDates(page);
  assert.ok(dates.length >= 1, 'no Baghouz events in March 2019');
  assert.ok(dates.every((d) => d >= '2019-03-01' && d <= '2019-03-31'), dates.join(' '));
  assert.match(page.url(), /from=2019-03-01/);
  assert.match(page.url(), /to=2019-03-31/);

  // The shared link restores the same view.
  const shared = page.url().slice(base.length + 1);
  const again = await openPage(shared);
  assert.deepEqual(await listDates(again.page), dates);
  assert.equal(await again.page.inputValue('#f-from'), '2019-03-01');
  await again.context.close();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the Baghouz event shows its article right-to-left with the evidence highlighted', async () => {
  const { page, problems, context } = await openPage('?text=%D8%A7%D9%84%D8%A8%D8%A7%D8%BA%D9%88%D8%B2&type=Battles');
  await waitForList(page, () => document.querySelectorAll('.event-item').length > 0);
  await page.click('.event-item');
  await page.waitForSelector('#panel:not([hidden]) .article-text mark.evidence');
  const evidence = await page.$$eval('#panel .article-text mark.evidence', (m) => m.map((x) => x.textContent).join(''));
  assert.ok(evidence.length > 10);
  assert.match(evidence, /الباغوز|التنظيم|الدولة/);
  const article = await page.$eval('#panel .article-text', (a) => ({ dir: a.dir, lang: a.lang, text: a.textContent }));
  assert.equal(article.dir, 'rtl');
  assert.equal(article.lang, 'ar');
  assert.match(article.text, /الباغوز/);
  // Each field read from the text is marked in it, and the field table says so.
  assert.ok((await page.$$('#panel .article-text .field')).length >= 1, 'no field spans marked');
  assert.ok((await page.$$('#panel .src-text')).length >= 1, 'no field marked as taken from the text');
  assert.match(page.url(), /event=\d+/);
  // Arabic labels.
  await page.click('#lang');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  assert.equal(await page.textContent('#filters span[data-i18n="type"]'), 'النوع');
  assert.match(page.url(), /lang=ar/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a crafted article renders as text: no script runs, no element is made from its markup', async () => {
  const { page, problems, context } = await openPage('?text=%D9%85%D8%B9%D8%B1%D8%A9');  // معرة
  await waitForList(page, () => document.querySelectorAll('.event-item').length > 0);
  const imgsBefore = await page.$$eval('img', (i) => i.length);
  await page.click('.event-item');
  await page.waitForSelector('#panel:not([hidden]) .article-text');
  const panelText = await page.textContent('#panel');
  assert.ok(panelText.includes('<script>window.__rasdXss = 1</script>'), 'the title markup is not shown as text');
  assert.ok(panelText.includes('<img src=x onerror="window.__rasdXss=3">'), 'the text markup is not shown as text');
  assert.equal(await page.$$eval('#panel script, #panel img', (n) => n.length), 0);
  assert.equal(await page.$$eval('img', (i) => i.length), imgsBefore);
  assert.equal(await page.$$eval('img[src="x"]', (i) => i.length), 0);
  assert.equal(await page.evaluate(() => window.__rasdXss), undefined);
  // The javascript: URL is shown, not linked.
  assert.equal(await page.$$eval('#panel a[href^="javascript"]', (a) => a.length), 0);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__rasdXss), undefined);
  assert.deepEqual(problems, []);
  await context.close();
});
