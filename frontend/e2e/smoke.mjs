#!/usr/bin/env node
// Browser smoke test of the built front end served by the Realise server.
//
//   REALISE_URL=http://127.0.0.1:8080 REALISE_TOKEN=$(realise token --role PARTNER) node e2e/smoke.mjs
//
// The token signs the browser in through the front end's `?token=` sign-in link.
// Opens the programme board, checks the title and that at least one programme is listed, then
// goes to Organisations, searches "LEEDS" and checks a row appears. Uses playwright-core with
// the system's Chromium (CHROMIUM_PATH, default /usr/bin/chromium); it downloads no browser.
// Prints "N passed, N failed" and exits non-zero on any failure. Set SMOKE_SCREENSHOTS to a
// folder to keep a screenshot of each failed step.

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const BASE_URL = (process.env.REALISE_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env.SMOKE_TIMEOUT_MS || 15000);
const SHOTS = process.env.SMOKE_SCREENSHOTS || '';
const TOKEN = process.env.REALISE_TOKEN || '';

let passed = 0;
let failed = 0;

function summary() {
  console.log(`${passed} passed, ${failed} failed`);
}

/** Runs one named check; a failure is reported and counted, and later checks still run. */
async function check(name, page, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok - ${name}`);
    return true;
  } catch (err) {
    failed++;
    const reason = (err && err.message ? err.message : String(err)).split('\n')[0];
    console.error(`FAIL - ${name}: ${reason}`);
    if (SHOTS && page) {
      try {
        mkdirSync(SHOTS, { recursive: true });
        const file = join(SHOTS, `${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.error(`       screenshot: ${file}`);
      } catch {
        // A screenshot is a nicety; the failure is already reported.
      }
    }
    return false;
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function main() {
  console.log(`Smoke test of ${BASE_URL} with ${CHROMIUM}`);

  // Fail fast, and say why, when the server is not there.
  const up = await check('server answers /healthz', null, async () => {
    const response = await fetch(`${BASE_URL}/healthz`, { signal: AbortSignal.timeout(TIMEOUT_MS) }).catch((e) => {
      throw new Error(`cannot reach ${BASE_URL} (${e.cause?.code || e.message}); is the server running? set REALISE_URL`);
    });
    assert(response.ok, `/healthz answered HTTP ${response.status}`);
  });
  if (!up) return;

  if (!existsSync(CHROMIUM)) {
    failed++;
    console.error(`FAIL - browser: no Chromium at ${CHROMIUM}; install one (e.g. Debian's "chromium") or set CHROMIUM_PATH`);
    return;
  }

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    // Surface what went wrong in the app, not just that a selector timed out.
    page.on('pageerror', (e) => console.error(`       page error: ${e.message}`));
    page.on('response', (r) => {
      if (r.url().endsWith('/graphql') && r.status() >= 400) console.error(`       /graphql answered HTTP ${r.status()}`);
    });

    await check('home page loads with the Realise title', page, async () => {
      const signIn = TOKEN ? `/?token=${encodeURIComponent(TOKEN)}` : '/';
      const response = await page.goto(`${BASE_URL}${signIn}`, { waitUntil: 'domcontentloaded' });
      assert(response && response.ok(), `GET / answered HTTP ${response ? response.status() : 'nothing'}`);
      await page.waitForFunction(() => document.title.includes('Realise'), null, { timeout: TIMEOUT_MS });
      const title = await page.title();
      assert(/Realise/.test(title), `title is "${title}"`);
    });

    await check('programme list shows at least one programme', page, async () => {
      const rows = page.getByTestId('programme-row');
      await rows.first().waitFor({ state: 'visible' }).catch(async () => {
        const alert = await page.getByRole('alert').first().textContent({ timeout: 500 }).catch(() => null);
        throw new Error(alert ? `the page shows an error: ${alert}` : 'no programme row appeared');
      });
      const count = await rows.count();
      assert(count >= 1, `found ${count} programmes`);
      const name = (await rows.first().locator('a').first().textContent())?.trim();
      assert(name, 'the first programme has no name');
    });

    await check('navigates to Organisations', page, async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisations' }).click();
      await page.waitForURL(/#\/organisations/);
      await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    });

    await check('searching "LEEDS" lists a matching organisation', page, async () => {
      await page.getByLabel('Name contains').fill('LEEDS');
      await page.waitForURL(/q=LEEDS/);
      const row = page.getByTestId('organisation-row').filter({ hasText: /leeds/i }).first();
      await row.waitFor({ state: 'visible' }).catch(async () => {
        const empty = await page.locator('.empty').first().textContent({ timeout: 500 }).catch(() => null);
        throw new Error(empty ? `no row: the page says "${empty}"` : 'no organisation row containing "Leeds" appeared');
      });
    });
  } finally {
    await browser.close();
  }
}

main()
  .catch((err) => {
    failed++;
    console.error(`FAIL - smoke test crashed: ${err && err.stack ? err.stack : err}`);
  })
  .finally(() => {
    summary();
    process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
  });
