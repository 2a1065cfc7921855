// What several journeys do on a page: open a commitment from My organisation, find a live
// commitment of Norfolk and Norwich (RM1), record a value, and wait for a live update.

import { BASE_URL, assert, forceGraphql } from './browser.mjs';

/** Opens the commitment of My organisation whose link names `code` (in `section`, if given). */
export async function openFromHome(page, section, code) {
  await page.goto(`${BASE_URL}/my-organisation`);
  const scope = section ? page.locator('section', { has: page.getByRole('heading', { name: section }) }) : page.locator('main');
  await scope
    .getByRole('link', { name: new RegExp(code) })
    .first()
    .click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page.url();
}

/** A signed-off or agreed commitment of Norfolk and Norwich (RM1), with its programme. */
export async function liveCommitmentOfRM1(page) {
  const found = await forceGraphql(
    page,
    `{ commitments(filter: { statuses: [SIGNED_OFF, AGREED] }, first: 100) {
       edges { node { id organisation { odsCode } benefit { programme { id } } } } } }`,
  );
  const mine = found.data.commitments.edges.map((e) => e.node).find((c) => c.organisation.odsCode === 'RM1');
  assert(mine, `a live commitment of RM1: ${JSON.stringify(found)}`);
  return mine;
}

/** Records `value` for commitment `c` on `measuredOn`, through `page`'s sign-in. */
export async function recordValue(page, c, measuredOn, value) {
  const recorded = await forceGraphql(
    page,
    `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { userErrors { message } } }`,
    { input: { commitment: c.id, measuredOn, value } },
  );
  assert(recorded.data?.recordMeasurement?.userErrors?.length === 0, `recorded: ${JSON.stringify(recorded)}`);
}

/** Waits until `page` follows live updates, and marks its window: a reload would lose the mark. */
export async function following(page) {
  await page
    .getByTestId('live-status')
    .getByText(/^Live: changes appear here/)
    .waitFor();
  await page.evaluate(() => {
    window.__notReloaded = true;
  });
}

/** Waits until `page` has heard of a change, and checks that it was not reloaded. */
export async function updatedLive(page, what) {
  await page
    .getByTestId('live-status')
    .getByText(/Last change at/)
    .waitFor({ timeout: 10_000 });
  assert(await page.evaluate(() => window.__notReloaded === true), `${what} was not reloaded`);
}
