// Browser journeys of a programme board member: agreeing from the register and creating a
// benefit, reading the register as at a past date, and adding a programme (the service's
// journey is catalogue.mjs).

import { readFileSync } from 'node:fs';
import { BASE_URL, assert, inspect, signedIn, story } from './browser.mjs';

export async function boardStories(browser, { board: BOARD }) {
  await story('a board member agrees commitments from the register and creates a benefit', async () => {
    const { context, page } = await signedIn(browser, BOARD);
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('heading', { name: 'Programmes', level: 1 }).waitFor();
    await inspect(page, 'programmes');
    await page.getByRole('link', { name: 'National Programme for IT' }).click();
    await page.getByRole('heading', { name: /^Headlines as at/ }).waitFor();
    await inspect(page, 'programme dashboard');
    // On a desktop screen the dashboard's tables fit their column: no column is cut off.
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll('.app-table-scroll')]
        .filter((box) => box.scrollWidth > box.clientWidth)
        .map((box) => `${box.getAttribute('aria-label')} (${box.scrollWidth} > ${box.clientWidth}px)`),
    );
    assert(cut.length === 0, `dashboard tables wider than the page: ${cut.join(', ')}`);
    await page
      .getByRole('link', { name: /^NPFIT-B01:/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Realised against planned over time' }).waitFor();
    await page.locator('figure.app-chart svg').first().waitFor();
    await page.getByRole('img', { name: /^Benefits map/ }).waitFor();
    await inspect(page, 'benefit with its history and map');
    await page.goBack();
    await page.getByLabel('Region', { exact: true }).selectOption({ index: 1 });
    await page.getByRole('heading', { name: /^Headlines as at/ }).waitFor();
    await page.getByRole('link', { name: 'Benefits register' }).click();
    await page.getByLabel('Status').selectOption('PROPOSED');
    await page.waitForURL(/status=PROPOSED/);
    await page
      .getByRole('button', { name: /^Agree NPFIT-/ })
      .first()
      .waitFor();
    await inspect(page, 'register of proposed commitments');
    // The register's fourteen columns take the window's width, not the 960px reading column.
    const registerWidth = await page.evaluate(() => document.querySelector('.app-table-scroll')?.clientWidth ?? 0);
    assert(registerWidth > 1100, `the register is ${registerWidth}px wide in a 1280px window`);
    const before = await page.getByRole('button', { name: /^Agree NPFIT-/ }).count();
    await page
      .getByRole('button', { name: /^Agree NPFIT-/ })
      .first()
      .click();
    await page.getByTestId('done').getByText('1 commitment agreed').waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('button.app-button-inline').length === n - 1, before);
    const boxes = page.getByRole('checkbox');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByRole('button', { name: 'Agree the 2 selected' }).click();
    await page.getByTestId('done').getByText('2 commitments agreed').waitFor();

    // Sorted and filtered on the server: the worst first, then one region's.
    await page.getByLabel('Status').selectOption('');
    await page.getByLabel('Sort by').selectOption('RAG');
    await page.waitForURL(/sort=RAG/);
    await page.waitForFunction(() => !location.search.includes('status='));
    await page.locator('.app-register tbody tr').first().getByText('Red').waitFor();
    await page.getByLabel('Region', { exact: true }).selectOption({ index: 1 });
    await page.waitForURL(/region=/);
    await inspect(page, 'register sorted by RAG in one region');
    // The register as shown downloads for a spreadsheet: the same rows, worst first.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download as CSV/ }).click(),
    ]);
    assert(
      /^register-national-programme-for-it-\d{4}-\d{2}-\d{2}\.csv$/.test(file.suggestedFilename()),
      file.suggestedFilename(),
    );
    const csv = readFileSync(await file.path(), 'utf8');
    const shown = await page.locator('.app-register tbody tr').count();
    const lines = csv.trim().split(/\r?\n/);
    const header = lines.findIndex((l) => l.startsWith('Benefit code,'));
    assert(header > 0 && csv.startsWith('\uFEFFBenefits register,'), 'a titled CSV with a byte order mark');
    assert(
      lines.length - header - 1 >= shown,
      `every row shown is in the file (${lines.length - header - 1} rows, ${shown} shown)`,
    );
    assert(
      lines.some((l) => l.startsWith('Within,')),
      'the region filter is written at the top',
    );
    const [workbook] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download as Excel/ }).click(),
    ]);
    assert(workbook.suggestedFilename().endsWith('.xlsx'), workbook.suggestedFilename());
    assert(
      readFileSync(await workbook.path())
        .subarray(0, 2)
        .toString() === 'PK',
      'an xlsx (zip) workbook',
    );

    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('link', { name: 'Add a benefit' }).click();
    // The way back names the programme.
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'National Programme for IT' }).waitFor();
    await page.getByRole('button', { name: 'Add benefit' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    // Each entry names its field, rather than four alike "must not be blank".
    for (const field of ['Code', 'Title', 'Measure', 'Unit']) {
      await page
        .locator('.nhsuk-error-summary')
        .getByRole('link', { name: `${field}: must not be blank` })
        .waitFor();
    }
    await inspect(page, 'new benefit errors');
    await page.getByLabel('Code').fill('NPFIT-B99');
    await page.getByLabel('Title').fill('Fewer duplicate pathology tests');
    await page.getByLabel('Measure').fill('duplicate tests avoided');
    await page.getByLabel('Unit').fill('count');
    await page.getByLabel('Category').selectOption('QUALITY');
    await page.getByRole('button', { name: 'Add benefit' }).click();
    await page.getByRole('heading', { name: 'Fewer duplicate pathology tests', level: 1 }).waitFor();
    await inspect(page, 'benefit created');
    await page.getByRole('link', { name: 'Change the benefit' }).click();
    await page.getByLabel('Title').fill('Fewer repeated pathology tests');
    await page.getByLabel('Status').selectOption('VALIDATED');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'Fewer repeated pathology tests', level: 1 }).waitFor();

    // What the board did is in the audit trail, found by who and what.
    await page.getByRole('link', { name: 'Audit trail' }).click();
    await page.getByLabel('Who (token subject)').fill('board-1');
    await page.getByLabel(/^What/).fill('agreeCommitment');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByText('3 changes').waitFor();
    await inspect(page, 'audit trail filtered');

    await page.goto(`${BASE_URL}/programmes`);
    await page.getByRole('link', { name: 'National Programme for IT' }).click();
    await page.getByRole('link', { name: 'Stakeholders' }).click();
    await page.getByRole('heading', { name: 'Power and interest' }).waitFor();
    await inspect(page, 'stakeholders');
    const engagement = page.locator('#engagement');
    await engagement.getByLabel('Day').fill('2');
    await engagement.getByLabel('Month').fill('11');
    await engagement.getByLabel('Year').fill('2026');
    await engagement.getByLabel('Kind').selectOption('WORKSHOP');
    await engagement.getByLabel('Summary').fill('Benefits review with the regional leads');
    await page.getByRole('button', { name: 'Record engagement' }).click();
    await page.getByTestId('done').getByText('Engagement recorded').waitFor();
    await page.getByRole('cell', { name: 'Benefits review with the regional leads', exact: true }).waitFor();
    await page.getByRole('button', { name: /^Change the engagement of .*: Benefits review with the regional leads/ }).click();
    const change = page.locator('#engagement-change');
    await change.getByLabel(/^Outcome/).fill('Regions to name an owner for each benefit');
    await change.getByRole('button', { name: 'Save the engagement' }).click();
    await page.getByTestId('done').getByText('Engagement saved').waitFor();
    await page.getByRole('cell', { name: 'Regions to name an owner for each benefit' }).waitFor();
    await context.close();
  });

  await story("a board member reads the register as it stood on 1 April 2012 and a commitment's history", async () => {
    const { context, page } = await signedIn(browser, BOARD);
    await page.goto(`${BASE_URL}/programmes`);
    await page.getByRole('link', { name: 'National Programme for IT' }).click();
    await page.getByRole('link', { name: 'Benefits register' }).click();
    await page.getByRole('heading', { name: /^Benefits register/ }).waitFor();
    const asAt = page.locator('form.app-asat');
    await asAt.getByLabel('Day').fill('1');
    await asAt.getByLabel('Month').fill('4');
    await asAt.getByLabel('Year').fill('2012');
    await asAt.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/asAt=2012-04-01/);
    await inspect(page, 'register as at 1 April 2012');
    // The day before the CCGs: no transfers yet, the PCTs' commitments still signed off.
    await page.getByText(/^78 commitments as at 1 Apr 2012\.$/).waitFor();
    // Fifty a page: the second holds the other 28, and the first comes back as it was.
    const rows = page.locator('.app-register tbody tr');
    const first = await rows.allTextContents();
    assert(first.length === 50, `${first.length} rows on the first page`);
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.getByText(/^78 commitments as at 1 Apr 2012 \(a later page\)\.$/).waitFor();
    assert((await rows.count()) === 28, `${await rows.count()} rows on the second page`);
    await inspect(page, 'register second page as at 1 April 2012');
    await page.getByRole('link', { name: 'Previous page' }).click();
    await page.getByText(/^78 commitments as at 1 Apr 2012\.$/).waitFor();
    assert(JSON.stringify(await rows.allTextContents()) === JSON.stringify(first), 'the first page again');
    await page.getByLabel('Status').selectOption('TRANSFERRED');
    await page.getByText(/^0 commitments as at 1 Apr 2012\.$/).waitFor();
    await page.getByLabel('Status').selectOption('SIGNED_OFF');
    await page.getByText(/^37 commitments as at 1 Apr 2012\.$/).waitFor();
    await inspect(page, 'register of signed off commitments as at 1 Apr 2012');
    const islington = page.locator('.app-register tbody tr', { hasText: 'Islington' }).first();
    await islington.getByText('Signed off').waitFor();
    await islington.getByRole('link').first().click();
    // Its page shows it transferred now, as it stood on the date, and every step it took.
    await page.getByText('On 1 Apr 2012 it stood at').waitFor();
    const history = page.getByRole('region', { name: 'History' });
    await history.getByRole('cell', { name: 'Transferred' }).waitFor();
    assert((await history.locator('tbody tr').count()) === 5, 'drafted, proposed, agreed, signed off, transferred');
    await inspect(page, 'commitment with its history');
    // The dashboard keeps the date.
    await page.goBack();
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Headlines as at 1 Apr 2012' }).waitFor();
    await context.close();
  });

  await story('a board member adds a programme and changes it', async () => {
    const { context, page } = await signedIn(browser, BOARD);
    await page.goto(`${BASE_URL}/programmes`);
    await page.getByRole('link', { name: 'Add a programme' }).click();
    await page.getByRole('button', { name: 'Add programme' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    await inspect(page, 'new programme errors');
    await page.getByLabel('Name').fill('Choose and Book');
    await page.getByLabel('Status').selectOption('ACTIVE');
    const starts = page.locator('fieldset').filter({ has: page.getByText('Starts on (optional)', { exact: true }) });
    await starts.getByLabel('Day').fill('1');
    await starts.getByLabel('Month').fill('1');
    await starts.getByLabel('Year').fill('2004');
    await page.getByLabel(/^Budget in pounds/).fill('1000000');
    await page.getByRole('button', { name: 'Add programme' }).click();
    await page.getByRole('heading', { name: 'Choose and Book', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Change the programme' }).click();
    await page.getByLabel('Name').fill('Choose and Book (e-Referral)');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'Choose and Book (e-Referral)', level: 1 }).waitFor();
    await page.getByText('£1,000,000').waitFor();
    await context.close();
  });
}
