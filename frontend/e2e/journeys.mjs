#!/usr/bin/env node
// Browser journeys against the real server (SQLite, demo data), each one a user's story.
// Tokens come from the environment (scripts/browser-journeys mints them):
//   TOKEN_EXECUTIVE   an executive of Norfolk and Norwich (RM1)
//   TOKEN_BOARD       a programme board member
//   TOKEN_PARTNER     a partner developer
//   TOKEN_ADMIN       an administrator
// PROVIDER_URL is the journeys' identity provider (e2e/provider.mjs), which Realise trusts.
// Prints "N passed, N failed"; screenshots go to JOURNEY_ARTIFACTS (default e2e-artifacts/).

import { BASE_URL, assert, finish, inspect, launch, newContext, signedIn, story } from './browser.mjs';
import { boardStories } from './board.mjs';
import { catalogueStories } from './catalogue.mjs';
import { executiveStories } from './executive.mjs';
import { liveStories } from './live.mjs';
import { openFromHome } from './pages.mjs';
import { registerStories } from './registers.mjs';
import { signInStories } from './signin.mjs';

const EXECUTIVE = process.env.TOKEN_EXECUTIVE;
const BOARD = process.env.TOKEN_BOARD;
const PARTNER = process.env.TOKEN_PARTNER;
const ADMIN = process.env.TOKEN_ADMIN;
const PROVIDER_URL = process.env.PROVIDER_URL;
const TODAY = new Date().toISOString().slice(0, 10);

const browser = await launch();
console.log(`Browser journeys against ${BASE_URL}`);

await story('someone without a token is asked to sign in, and a refused token says why', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/programmes`);
  await page.getByRole('heading', { name: 'Sign in to Realise' }).waitFor();
  await inspect(page, 'sign in');
  await page.getByLabel('Access token').fill('not-a-token');
  await page.getByRole('button', { name: 'Sign in with the token' }).click();
  await page.getByText('You have been signed out').waitFor();
  await inspect(page, 'sign in refused');
  await context.close();
});

await executiveStories(browser, { executive: EXECUTIVE, board: BOARD, partner: PARTNER, today: TODAY });
await boardStories(browser, { board: BOARD });
await catalogueStories(browser, { board: BOARD });
await signInStories(browser, { admin: ADMIN, partner: PARTNER, providerUrl: PROVIDER_URL });

await story('no page scrolls sideways at 375 px wide', async () => {
  const exec = await signedIn(browser, EXECUTIVE, { width: 375, height: 800 });
  await exec.page.goto(`${BASE_URL}/my-organisation`);
  await exec.page.getByRole('heading', { name: 'Awaiting your sign-off' }).waitFor();
  await inspect(exec.page, 'narrow executive home');
  await openFromHome(exec.page, null, 'NPFIT-B03');
  await exec.page.getByRole('heading', { name: 'Trajectory', exact: true }).waitFor();
  await inspect(exec.page, 'narrow commitment');
  await exec.page.goto(`${BASE_URL}/my-organisation`);
  await exec.page.getByRole('link', { name: 'Send a monthly return' }).click();
  await exec.page.getByRole('heading', { name: '1. Download the template' }).waitFor();
  await inspect(exec.page, 'narrow monthly return');
  await exec.context.close();
  const board = await signedIn(browser, BOARD, { width: 375, height: 800 });
  await board.page.goto(`${BASE_URL}/programmes`);
  await board.page.getByRole('link', { name: 'National Programme for IT' }).click();
  await board.page.getByRole('heading', { name: /^Headlines as at/ }).waitFor();
  await inspect(board.page, 'narrow dashboard');
  await board.page.getByRole('link', { name: 'Benefits register' }).click();
  await board.page.getByRole('heading', { name: /^Benefits register/ }).waitFor();
  await inspect(board.page, 'narrow register');
  await board.page.getByRole('link', { name: 'Stakeholders' }).click();
  await board.page.getByRole('heading', { name: 'Power and interest' }).waitFor();
  await inspect(board.page, 'narrow stakeholders');
  await board.page.goto(`${BASE_URL}/organisations?q=leeds`);
  await board.page.getByRole('link', { name: /LEEDS/i }).first().click();
  await board.page.getByRole('heading', { name: /^Hierarchy/ }).waitFor();
  await board.page.locator('.app-timeline li').first().getByText('Opened').waitFor();
  await inspect(board.page, 'narrow organisation');
  await board.page.goto(`${BASE_URL}/services`);
  await board.page.getByRole('heading', { name: 'Service catalogue' }).waitFor();
  await board.page.locator('tbody a').first().click();
  await board.page.getByRole('heading', { name: /^Deployments/ }).waitFor();
  await inspect(board.page, 'narrow service');
  await board.context.close();
});

await story('a board member pages through every organisation and back, and the count stays put', async () => {
  const { context, page } = await signedIn(browser, BOARD);
  await page.goto(`${BASE_URL}/organisations`);
  const counted = page.getByText(/^[\d,]+ organisations$/);
  const total = await counted.textContent();
  const firstRow = page.locator('tbody a').first();
  const seen = [await firstRow.textContent()];
  for (let n = 0; n < 3; n += 1) {
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.waitForFunction((before) => document.querySelector('tbody a')?.textContent !== before, seen.at(-1));
    seen.push(await firstRow.textContent());
    assert((await counted.textContent()) === total, `the count changed from ${total} on page ${n + 2}`);
  }
  assert(new Set(seen).size === seen.length, `pages repeat: ${seen.join(', ')}`);
  // Grouped in thousands, as a person reads it: "16,407 organisations".
  assert(/^\d{1,3}(,\d{3})+ organisations$/.test(total), `grouped in thousands: ${total}`);
  assert(Number(total.split(' ')[0].replaceAll(',', '')) > 10000, `all organisations: ${total}`);
  assert(new URL(page.url()).searchParams.has('after'), `the page is in the address: ${page.url()}`);
  await inspect(page, 'organisations page 4');
  // Back the same way: each previous page is the one seen before it, down to the first,
  // which offers no previous page.
  for (let n = 2; n >= 0; n -= 1) {
    await page.getByRole('link', { name: 'Previous page' }).click();
    await page.waitForFunction((expected) => document.querySelector('tbody a')?.textContent === expected, seen[n]);
    assert((await counted.textContent()) === total, `the count changed going back to page ${n + 1}`);
  }
  assert(new URL(page.url()).searchParams.has('before'), `the page is in the address: ${page.url()}`);
  assert((await page.getByRole('link', { name: 'Previous page' }).count()) === 0, 'a page before the first');
  await context.close();
});

await story('a board member reads every organisation a region is made up of, a page at a time', async () => {
  const { context, page } = await signedIn(browser, BOARD);
  await page.goto(`${BASE_URL}/organisations?q=${encodeURIComponent('Greater Manchester Health')}`);
  await page.getByRole('link', { name: /^Greater Manchester Health and Social Care Partnership/ }).click();
  await page.getByRole('heading', { name: /^Hierarchy/ }).waitFor();
  const madeUpOf = page.locator('.nhsuk-summary-list__row').filter({ hasText: 'Made up of' });
  const total = Number((await madeUpOf.getByText(/^[\d,]+ organisations/).textContent()).match(/^[\d,]+/)[0].replaceAll(',', ''));
  assert(total > 40, `a region of many organisations: ${total}`);
  const items = madeUpOf.locator('dd > ul > li');
  const seen = [];
  for (let shown = 0; shown < total;) {
    await items.first().waitFor();
    const names = await items.allTextContents();
    assert(names.length === Math.min(20, total - shown), `page ${shown / 20 + 1}: ${names.length} organisations`);
    // Each organisation by its address: two practices may share a name.
    seen.push(...(await items.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))));
    shown += names.length;
    if (shown < total) {
      await madeUpOf.getByRole('link', { name: 'More organisations' }).click();
      await items.first().filter({ hasNotText: names[0] }).waitFor();
    }
  }
  assert(new Set(seen).size === total, `each organisation once: ${seen.length} seen, ${new Set(seen).size} different`);
  assert(new URL(page.url()).searchParams.has('childrenAfter'), `the page is in the address: ${page.url()}`);
  assert((await madeUpOf.getByRole('link', { name: 'More organisations' }).count()) === 0, 'a page after the last');
  await inspect(page, 'region made up of last page');
  await madeUpOf.getByRole('link', { name: 'Previous organisations' }).click();
  await page.waitForURL((url) => url.searchParams.has('childrenBefore'));
  const back = items.first().locator('a');
  await back.and(page.locator(`a[href="${seen[40]}"]`)).waitFor();
  await context.close();
});

await liveStories(browser, { executive: EXECUTIVE, board: BOARD, admin: ADMIN, today: TODAY });
await registerStories(browser, { board: BOARD, executive: EXECUTIVE, today: TODAY });

await browser.close();
finish();
