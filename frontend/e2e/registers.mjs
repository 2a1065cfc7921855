// Browser journeys of the registers in and out: the board takes its pack away as a workbook,
// and an executive sends a monthly return from a spreadsheet, reads the check and records it.

import { readFileSync } from 'node:fs';
import { BASE_URL, assert, inspect, signedIn, story } from './browser.mjs';

/** Clicks the button named `name` and returns the download's bytes and file name. */
async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/**
 * The template's CSV with values filled in: each row with no value yet (its line ends in an
 * empty Value and Note) gets the next of `values`.
 */
function fillIn(csv, values) {
  const lines = csv.split(/\r?\n/);
  const header = lines.findIndex((l) => l.startsWith('Commitment,'));
  let next = 0;
  return lines
    .map((line, i) => {
      if (i <= header || !line.endsWith(',,') || next >= values.length) return line;
      return `${line.slice(0, -2)},${values[next++]},`;
    })
    .join('\r\n');
}

export async function registerStories(browser, { board, executive, today }) {
  await story('a board member takes the board pack away as a workbook and as CSV', async () => {
    const { page, context } = await signedIn(browser, board);
    await page.goto(`${BASE_URL}/programmes`);
    await page.getByRole('link', { name: 'National Programme for IT' }).first().click();
    await page.getByRole('button', { name: /^Download the board pack \(Excel\)/ }).waitFor();
    await inspect(page, 'dashboard with the board pack');
    const workbook = await download(page, /^Download the board pack \(Excel\)/);
    assert(/^board-pack-.*\.xlsx$/.test(workbook.name), workbook.name);
    assert(workbook.bytes.subarray(0, 2).toString() === 'PK', 'an xlsx (zip) workbook');
    const csv = await download(page, /^Download the board pack \(CSV\)/);
    const text = csv.bytes.toString('utf8');
    assert(text.startsWith('\uFEFFBoard pack,'), `the CSV opens with its summary: ${text.slice(0, 40)}`);
    for (const section of ['By region', 'By benefit', 'Eligible but not signed up', 'Special-cause concerns']) {
      assert(text.includes(`\n${section},`), `the CSV has its ${section} section`);
    }
    await context.close();
  });

  await story(
    "an executive downloads this month's return, fills it in, reads the check, records it and sees the new figures",
    async () => {
      const { page, context } = await signedIn(browser, executive);
      await page.goto(`${BASE_URL}/my-organisation`);
      await page.getByRole('link', { name: 'Send a monthly return' }).click();
      await page
        .getByRole('heading', { name: 'Norfolk and Norwich University Hospitals NHS Foundation Trust', level: 1 })
        .waitFor();
      await page.getByLabel('Month').selectOption(today.slice(0, 7));
      const template = await download(page, /^Download the template \(CSV\)/);
      assert(template.name === `return-rm1-${today.slice(0, 7)}.csv`, template.name);
      const filled = fillIn(template.bytes.toString('utf8'), ['4242.5', 'twelve']);
      assert(filled.includes(',4242.5,') && filled.includes(',twelve,'), 'the template had rows to fill in');

      await page.getByLabel(/^The filled-in template/).setInputFiles({
        name: 'return.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(filled),
      });
      await page.getByRole('button', { name: 'Check the file' }).click();
      await page.getByRole('heading', { name: /Check what will be recorded/ }).waitFor();
      await page.getByText('"twelve" is not a number').waitFor();
      assert((await page.locator('td .nhsuk-tag', { hasText: 'Refused' }).count()) === 1, 'one row refused');
      await inspect(page, 'return checked');

      await page.getByRole('button', { name: /^Record 1 value$/ }).click();
      await page.getByRole('heading', { name: 'Return recorded' }).waitFor();
      await page
        .locator('table', { has: page.getByRole('columnheader', { name: 'Latest value' }) })
        .getByText(/4,242\.5/)
        .waitFor({ timeout: 10_000 });
      await inspect(page, 'return recorded');

      // Sent again unchanged, the same file records nothing more.
      await page.getByRole('button', { name: 'Check the file' }).click();
      await page.getByRole('heading', { name: /Check what will be recorded/ }).waitFor();
      await page.locator('td .nhsuk-tag', { hasText: 'Already sent' }).first().waitFor();
      assert(await page.getByRole('button', { name: 'Nothing to record' }).isDisabled(), 'nothing left to record');
      await context.close();
    },
  );
}
