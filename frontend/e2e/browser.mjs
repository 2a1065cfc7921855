// The shared harness of the browser journeys: Debian's Chromium through playwright-core (no
// browser download), a signed-in context per role, a screenshot of every page kept as an
// artefact, and on every page and state an axe-core audit and a check that nothing scrolls
// sideways at the viewport's width. A story that fails leaves a screenshot of each page it
// still had open, and says where each was.

import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const BASE_URL = (process.env.REALISE_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
export const ARTIFACTS = process.env.JOURNEY_ARTIFACTS || 'e2e-artifacts';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

let passed = 0;
let failed = 0;
let shot = 0;
/** The contexts `signedIn` opened that are not closed yet: what a failed story leaves open. */
const open = new Set();

export async function launch() {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A fresh browser context (no one signed in), kept in view until it closes. */
export async function newContext(browser, options = {}) {
  const context = await browser.newContext(options);
  open.add(context);
  context.on('close', () => open.delete(context));
  return context;
}

/** A browser context signed in with `token` through the sign-in link. */
export async function signedIn(browser, token, viewport = { width: 1280, height: 900 }) {
  const context = await newContext(browser, { viewport });
  context.setDefaultTimeout(Number(process.env.JOURNEY_TIMEOUT_MS || 20000));
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
  await page.goto(`${BASE_URL}/?token=${encodeURIComponent(token)}`);
  await page.getByTestId('viewer').waitFor();
  return { context, page };
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Runs one user story; a failure is counted and reported, and later stories still run. */
export async function story(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok - ${name}`);
  } catch (err) {
    failed++;
    console.error(`FAIL - ${name}: ${(err?.stack || String(err)).split('\n').slice(0, 3).join(' | ')}`);
    await leftOpen(name);
  }
}

/** Keeps a screenshot of every page a failed story left open, says where each was, and closes them. */
async function leftOpen(name) {
  const slug = name
    .replace(/[^a-z0-9]+/gi, '-')
    .toLowerCase()
    .slice(0, 60);
  let n = 0;
  for (const context of [...open]) {
    for (const page of context.pages()) {
      n++;
      const file = join(ARTIFACTS, `failed-${slug}-${n}.png`);
      const heading = await page
        .locator('h1')
        .first()
        .textContent({ timeout: 1000 })
        .catch(() => null);
      await page.screenshot({ path: file, fullPage: true }).catch(() => {});
      console.error(`  page ${n} was at ${page.url()}, heading ${JSON.stringify(heading)}: ${file}`);
    }
    await context.close().catch(() => {});
  }
}

/**
 * Looks at the page as its user would: keeps a screenshot, and fails on any serious or
 * critical axe-core violation and on a page wider than the viewport.
 */
export async function inspect(page, label) {
  await page.waitForLoadState('networkidle').catch(() => {});
  shot++;
  const file = join(ARTIFACTS, `${String(shot).padStart(2, '0')}-${label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
  await page.screenshot({ path: file, fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert(overflow <= 0, `${label}: the page scrolls sideways by ${overflow}px`);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
  });
  assert(violations.length === 0, `${label}: axe found ${violations.join('; ')}`);
}

/** Presses Tab until the focused element matches `selector` (at most `limit` times). */
export async function tabTo(page, selector, limit = 200) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Sends a GraphQL request with the page's own token, as a forced client would. */
export async function forceGraphql(page, query, variables) {
  return page.evaluate(
    async ({ query, variables }) => {
      const token = localStorage.getItem('realise.token');
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    },
    { query, variables },
  );
}

export function finish() {
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}
