#!/usr/bin/env node
// Browser journeys against the real server (SQLite, demo data), each one a user's story.
// Tokens come from the environment (scripts/browser-journeys mints them):
//   TOKEN_EXECUTIVE   an executive of Norfolk and Norwich (RM1)
//   TOKEN_BOARD       a programme board member
//   TOKEN_PARTNER     a partner developer
//   TOKEN_ADMIN       an administrator
// PROVIDER_URL is the journeys' identity provider (e2e/provider.mjs), which Realise trusts.
// Prints "N passed, N failed"; screenshots go to JOURNEY_ARTIFACTS (default e2e-artifacts/).

import { readFileSync } from 'node:fs';
import { BASE_URL, assert, finish, forceGraphql, inspect, launch, signedIn, story, tabTo } from './browser.mjs';
import { registerStories } from './registers.mjs';

const EXECUTIVE = process.env.TOKEN_EXECUTIVE;
const BOARD = process.env.TOKEN_BOARD;
const PARTNER = process.env.TOKEN_PARTNER;
const ADMIN = process.env.TOKEN_ADMIN;
const PROVIDER_URL = process.env.PROVIDER_URL;
const TODAY = new Date().toISOString().slice(0, 10);
const [YEAR, MONTH, DAY] = TODAY.split('-').map(Number);

const browser = await launch();
console.log(`Browser journeys against ${BASE_URL}`);

/** Opens the commitment of My organisation whose link names `code` (in `section`, if given). */
async function openFromHome(page, section, code) {
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
async function liveCommitmentOfRM1(page) {
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
async function recordValue(page, c, measuredOn, value) {
  const recorded = await forceGraphql(
    page,
    `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { userErrors { message } } }`,
    { input: { commitment: c.id, measuredOn, value } },
  );
  assert(recorded.data?.recordMeasurement?.userErrors?.length === 0, `recorded: ${JSON.stringify(recorded)}`);
}

/** Waits until `page` follows live updates, and marks its window: a reload would lose the mark. */
async function following(page) {
  await page
    .getByTestId('live-status')
    .getByText(/^Live: changes appear here/)
    .waitFor();
  await page.evaluate(() => {
    window.__notReloaded = true;
  });
}

/** Waits until `page` has heard of a change, and checks that it was not reloaded. */
async function updatedLive(page, what) {
  await page
    .getByTestId('live-status')
    .getByText(/Last change at/)
    .waitFor({ timeout: 10_000 });
  assert(await page.evaluate(() => window.__notReloaded === true), `${what} was not reloaded`);
}

const rag = (page) => page.getByTestId('figures').locator('.nhsuk-tag').first().innerText();
const dots = (page) => page.locator('figure.app-chart').first().locator('svg circle').count();

await story('someone without a token is asked to sign in, and a refused token says why', async () => {
  const context = await browser.newContext();
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

await story('an action the viewer may not take is not offered, and the server refuses it when forced', async () => {
  const { context, page } = await signedIn(browser, EXECUTIVE);
  const found = await forceGraphql(
    page,
    `{ commitments(filter: { statuses: [PROPOSED] }, first: 50) { edges { node { id version organisation { odsCode } } } } }`,
  );
  const other = found.data.commitments.edges.map((e) => e.node).find((c) => c.organisation.odsCode !== 'RM1');
  assert(other, 'a proposed commitment of another organisation');
  await page.goto(`${BASE_URL}/commitments/${encodeURIComponent(other.id)}`);
  await page.getByTestId('no-actions').waitFor();
  assert((await page.getByRole('button', { name: /Agree|Sign off|Record/ }).count()) === 0, 'no action is offered');
  await inspect(page, 'executive sees another organisation commitment');
  const forced = await forceGraphql(
    page,
    `mutation($id: ID!, $version: Int!) { agreeCommitment(input: { id: $id, version: $version }) { commitment { status } } }`,
    { id: other.id, version: other.version },
  );
  assert(forced.errors?.[0]?.extensions?.code === 'FORBIDDEN', `forced agree is FORBIDDEN: ${JSON.stringify(forced)}`);
  await context.close();

  const partner = await signedIn(browser, PARTNER);
  await partner.page.goto(`${BASE_URL}/commitments/${encodeURIComponent(other.id)}`);
  await partner.page.getByRole('heading', { name: 'Trajectory', exact: true }).waitFor();
  assert((await partner.page.locator('.app-actions').count()) === 0, 'a partner is offered nothing');
  await partner.context.close();
});

await story(
  'an executive signs off an agreed commitment, records a measurement, corrects it, and sees the chart and RAG change',
  async () => {
    const { context, page } = await signedIn(browser, EXECUTIVE);
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('heading', { name: 'Awaiting your sign-off' }).waitFor();
    await inspect(page, 'executive home');
    await openFromHome(page, 'Awaiting your sign-off', 'NPFIT-B01');
    await inspect(page, 'commitment agreed');

    await page.getByLabel('Signed off by').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Sign off' }).click();
    await page.getByTestId('done').getByText('Commitment signed off').waitFor();
    await page.locator('h1 + p').getByText('Signed off').waitFor();
    assert((await page.getByRole('button', { name: 'Sign off' }).count()) === 0, 'sign-off is no longer offered');

    // A form with errors: nothing typed.
    await page.getByRole('button', { name: 'Record measurement' }).click();
    await page.locator('#record .nhsuk-error-summary').waitFor();
    await inspect(page, 'record measurement errors');

    const ragBefore = await rag(page);
    const dotsBefore = await dots(page);
    const record = page.locator('#record');
    await record.getByLabel('Day').fill(String(DAY));
    await record.getByLabel('Month').fill(String(MONTH));
    await record.getByLabel('Year').fill(String(YEAR));
    await record.getByLabel(/^Value/).fill('300000');
    await record.getByLabel('Note (optional)').fill('Year-end figure');
    await page.getByRole('button', { name: 'Record measurement' }).click();
    await page.getByTestId('done').getByText('Measurement recorded').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid=figures] .nhsuk-tag')?.textContent === 'Blue');
    assert(ragBefore !== 'Blue', `RAG was ${ragBefore} before`);
    assert((await dots(page)) === dotsBefore + 1, 'the new actual is on the chart');
    assert((await page.getByText('forecast misses the target').count()) === 0, 'no "forecast misses" on an achieved commitment');
    await inspect(page, 'commitment achieved');

    await page
      .getByRole('button', { name: new RegExp(`^Correct the value for`) })
      .first()
      .click();
    const correct = page.locator('form[id^=correct-]');
    await correct.getByLabel(/Corrected value/).fill('150000');
    await correct.getByLabel('Why it is corrected').fill('Entered the annual figure by mistake');
    await correct.getByRole('button', { name: 'Save correction' }).click();
    await page.getByTestId('done').getByText('Measurement corrected').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid=figures] .nhsuk-tag')?.textContent !== 'Blue');
    await page.getByText('Superseded').first().waitFor();
    assert((await dots(page)) === dotsBefore + 1, 'the correction replaces the value on the chart');
    await inspect(page, 'commitment corrected');
    await context.close();
  },
);

await story('the executive journey can be completed with the keyboard alone', async () => {
  const { context, page } = await signedIn(browser, EXECUTIVE);
  await openFromHome(page, null, 'NPFIT-B03');
  await page.locator('#record').waitFor();
  await page.locator('body').focus();
  await tabTo(page, '#record-measuredOn');
  await page.keyboard.type(String(DAY));
  await page.keyboard.press('Tab');
  await page.keyboard.type(String(MONTH));
  await page.keyboard.press('Tab');
  await page.keyboard.type(String(YEAR));
  await tabTo(page, '#record-value');
  await page.keyboard.type('42');
  await page.keyboard.press('Enter');
  await page.getByTestId('done').getByText('Measurement recorded').waitFor();
  await context.close();
});

await story('an executive drafts a commitment, plans its trajectory and proposes it', async () => {
  const { context, page } = await signedIn(browser, EXECUTIVE);
  await page.goto(`${BASE_URL}/my-organisation`);
  await page.getByRole('link', { name: 'Draft a commitment' }).click();
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.locator('.nhsuk-error-summary').waitFor();
  await inspect(page, 'draft commitment errors');
  const benefit = page.getByLabel('Benefit');
  const option = await benefit.locator('option', { hasText: 'NPFIT-B04' }).getAttribute('value');
  await benefit.selectOption(option);
  await page.getByLabel(/^Baseline/).fill('10');
  const dates = page.locator('fieldset');
  const fillDate = async (legend, [d, m, y]) => {
    const set = dates.filter({ has: page.getByText(legend, { exact: true }) });
    await set.getByLabel('Day').fill(d);
    await set.getByLabel('Month').fill(m);
    await set.getByLabel('Year').fill(y);
  };
  await fillDate('Baseline date', ['1', '4', '2026']);
  await page.getByLabel(/^Target/).fill('50');
  await fillDate('Target date', ['31', '3', '2028']);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.getByRole('heading', { name: /NPFIT-B04/, level: 1 }).waitFor();
  await page.locator('h1 + p').getByText('Draft').waitFor();

  await page.getByRole('button', { name: 'Add a point' }).click();
  const point = page.locator('#trajectory fieldset.app-trajectory-row').first();
  await point.getByLabel('Day').fill('1');
  await point.getByLabel('Month').fill('4');
  await point.getByLabel('Year').fill('2027');
  await point.getByLabel(/^Planned value/).fill('30');
  await page.getByRole('button', { name: 'Save trajectory' }).click();
  await page.getByTestId('done').getByText('Trajectory saved').waitFor();
  await page.getByRole('button', { name: 'Propose' }).click();
  await page.getByTestId('done').getByText('Commitment proposed').waitFor();
  await page.locator('h1 + p').getByText('Proposed').waitFor();
  await inspect(page, 'commitment proposed');
  await context.close();
});

await story(
  'a colleague saving the commitment someone is changing shows them the conflict at once, and what they typed is kept',
  async () => {
    const a = await signedIn(browser, EXECUTIVE);
    const url = await openFromHome(a.page, null, 'NPFIT-B03');
    const b = await signedIn(browser, EXECUTIVE);
    await b.page.goto(url);
    await following(b.page);
    const edit = b.page.locator('#edit');
    const owner = edit.getByLabel('Owner');
    await owner.selectOption({ index: 0 });
    const chosen = await owner.inputValue();
    await edit.getByLabel('Notes').fill('Raised after the pilot');

    await a.page.locator('#edit').getByLabel('Notes').fill('Agreed at the October board');
    await a.page.getByRole('button', { name: 'Save changes' }).click();
    await a.page.getByTestId('done').getByText('Commitment saved').waitFor();

    // The other browser hears of the save: its form says so before anything is sent (a form
    // written at the version it was opened with would be refused as STALE_VERSION).
    await b.page.getByTestId('stale-warning').getByText('Agreed at the October board').waitFor({ timeout: 10_000 });
    assert((await owner.inputValue()) === chosen, 'the chosen owner is kept');
    assert((await edit.getByLabel('Notes').inputValue()) === 'Raised after the pilot', 'the typed notes are kept');
    await inspect(b.page, 'stale version conflict');
    await b.page.getByRole('button', { name: 'Apply my changes to the current version' }).click();
    await b.page.getByTestId('done').getByText('Commitment saved').waitFor();
    await b.page.reload();
    await b.page.getByText('Raised after the pilot').first().waitFor();
    await a.context.close();
    await b.context.close();
  },
);

await story('a board member agrees commitments from the register and creates a benefit', async () => {
  const { context, page } = await signedIn(browser, BOARD);
  await page.goto(`${BASE_URL}/`);
  await page.getByRole('heading', { name: 'Programmes', level: 1 }).waitFor();
  await inspect(page, 'programmes');
  await page.getByRole('link', { name: 'National Programme for IT' }).click();
  await page.getByRole('heading', { name: /^Headlines as at/ }).waitFor();
  await inspect(page, 'programme dashboard');
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
  assert(/^register-national-programme-for-it-\d{4}-\d{2}-\d{2}\.csv$/.test(file.suggestedFilename()), file.suggestedFilename());
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
  await page.getByRole('button', { name: 'Add benefit' }).click();
  await page.locator('.nhsuk-error-summary').waitFor();
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

await story('a board member adds a service, deploys it, takes it live, reports on it and links it to a benefit', async () => {
  const { context, page } = await signedIn(browser, BOARD);
  await page.goto(`${BASE_URL}/services`);
  await page.getByRole('link', { name: 'Add a service' }).click();
  await page.getByLabel('Name').fill('');
  await page.getByLabel(/^Availability target/).fill('high');
  await page.getByRole('button', { name: 'Add service' }).click();
  await page.locator('.nhsuk-error-summary').getByText('Enter the availability target as a percentage').waitFor();
  await inspect(page, 'new service errors');
  await page.getByLabel('Name').fill('Pathology results service');
  await page.getByLabel(/^Availability target/).fill('99.5');
  await page.getByLabel('Lifecycle').selectOption('LIVE');
  await page.getByRole('button', { name: 'Add service' }).click();
  await page.getByRole('heading', { name: 'Pathology results service', level: 1 }).waitFor();

  const deploy = page.locator('#deploy');
  await deploy.getByLabel(/ODS code/).fill('ZZZ9');
  await deploy.getByRole('button', { name: 'Add the deployment' }).click();
  await deploy.locator('.nhsuk-error-summary').getByText('No organisation has the ODS code ZZZ9').waitFor();
  await deploy.getByLabel(/ODS code/).fill('rm1');
  await deploy.getByRole('button', { name: 'Add the deployment' }).click();
  await page.getByTestId('done').getByText('Deployment added').waitFor();
  await page.getByRole('link', { name: /^View the deployment at/ }).click();
  await page.getByRole('heading', { name: /^Pathology results service at/, level: 1 }).waitFor();

  const gate = page.locator('#gate');
  await gate.getByLabel('Gate').fill('Clinical safety case');
  await gate.getByLabel('Status').selectOption('PASSED');
  await gate.getByLabel('Day').fill('1');
  await gate.getByLabel('Month').fill('10');
  await gate.getByLabel('Year').fill('2026');
  await gate.getByRole('button', { name: 'Set the gate' }).click();
  await page.getByRole('cell', { name: 'Clinical safety case' }).waitFor();
  const change = page.locator('#deployment');
  await change.getByLabel('Status').selectOption('LIVE');
  const wentLive = change.locator('fieldset').filter({ has: page.getByText('Went live on (optional)', { exact: true }) });
  await wentLive.getByLabel('Day').fill('2');
  await wentLive.getByLabel('Month').fill('10');
  await wentLive.getByLabel('Year').fill('2026');
  await change.getByRole('button', { name: 'Save the deployment' }).click();
  await page.getByTestId('done').getByText('Deployment saved').waitFor();
  await page.locator('.nhsuk-summary-list').getByText('Live', { exact: true }).waitFor();

  const report = page.locator('#slr');
  const period = (legend) => report.locator('fieldset').filter({ has: page.getByText(legend, { exact: true }) });
  await period('First day of the period').getByLabel('Day').fill('1');
  await period('First day of the period').getByLabel('Month').fill('10');
  await period('First day of the period').getByLabel('Year').fill('2026');
  await period('Last day of the period').getByLabel('Day').fill('31');
  await period('Last day of the period').getByLabel('Month').fill('10');
  await period('Last day of the period').getByLabel('Year').fill('2026');
  await report.getByLabel('Availability in %').fill('99.2');
  await report.getByLabel('Incidents').fill('2');
  await report.getByRole('button', { name: 'Record the report' }).click();
  await page.getByTestId('done').getByText('Service level report recorded').waitFor();
  await page.getByRole('region', { name: 'Service level reports' }).getByRole('cell', { name: 'No', exact: true }).waitFor();
  await inspect(page, 'deployment live with a gate and a report');

  await page.goto(`${BASE_URL}/programmes`);
  await page.getByRole('link', { name: 'National Programme for IT' }).click();
  await page
    .getByRole('link', { name: /^NPFIT-B01:/ })
    .first()
    .click();
  await page.getByText('Change the benefits map and enabling services').click();
  await page.locator('#enablement').getByLabel('Service').selectOption({ label: 'Pathology results service' });
  await page.getByRole('button', { name: 'Add the service' }).click();
  await page.getByTestId('done').getByText('Enabling service added').waitFor();
  await page.getByRole('link', { name: 'Pathology results service' }).waitFor();
  await inspect(page, 'benefit with a new enabling service');
  await page.getByRole('button', { name: 'Remove the enabling service Pathology results service' }).click();
  await page.getByTestId('done').getByText('Removed the enabling service Pathology results service').waitFor();
  await page.getByRole('link', { name: 'Pathology results service' }).waitFor({ state: 'detached' });

  await page.getByRole('link', { name: 'National Programme for IT', exact: true }).first().click();
  await page.getByRole('link', { name: 'Stakeholders' }).click();
  const assess = page.locator('#assessment');
  await assess.getByLabel(/ODS code/).fill('RC1');
  await assess.getByLabel(/^Influence/).selectOption('4');
  await assess.getByLabel(/^Interest/).selectOption('5');
  await assess.getByLabel('Attitude').selectOption('CONCERNED');
  await assess.getByLabel('Day').fill('3');
  await assess.getByLabel('Month').fill('11');
  await assess.getByLabel('Year').fill('2026');
  await assess.getByRole('button', { name: 'Add the assessment' }).click();
  await page.getByTestId('done').getByText('Assessment saved').waitFor();
  await page.locator('.app-grid').getByRole('link', { name: 'BEDFORD HOSPITAL NHS TRUST' }).waitFor();
  await inspect(page, 'stakeholder assessed');
  await context.close();
});

await story('people sign in through the identity provider, land on their own home page, and sign out there too', async () => {
  assert(PROVIDER_URL, 'PROVIDER_URL names the identity provider');
  /** Signs in at the provider's login page as `login`; returns the page back in Realise. */
  const signIn = async (login) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('button', { name: /^Sign in with the journeys/ }).click();
    await page.waitForURL((url) => url.href.startsWith(PROVIDER_URL));
    await page.locator('input[name=login]').fill(login);
    await page.locator('input[name=password]').fill('any password: the provider is a test one');
    await page.locator('button[type=submit]').click();
    await page.waitForURL((url) => url.href.startsWith(BASE_URL) && !url.pathname.startsWith('/auth/'));
    return { context, page };
  };

  const board = await signIn('board');
  await board.page.getByTestId('viewer').getByText('Olivia Board (Programme board)').waitFor();
  await board.page.getByRole('heading', { name: 'Programmes', level: 1 }).waitFor();
  await inspect(board.page, 'signed in through the provider as a board member');
  // Before the access token expires, the browser renews it with the refresh token, silently.
  const first = await board.page.evaluate(() => localStorage.getItem('realise.token'));
  await board.page.waitForFunction((t) => localStorage.getItem('realise.token') !== t, first, { timeout: 40_000 });
  await board.page.reload();
  await board.page.getByTestId('viewer').getByText('Olivia Board (Programme board)').waitFor();

  for (const [login, who, home] of [
    ['admin', 'Ada Admin (Administrator)', 'Programmes'],
    ['partner', 'Pia Partner (Partner)', 'Programmes'],
  ]) {
    const other = await signIn(login);
    await other.page.getByTestId('viewer').getByText(who).waitFor();
    await other.page.getByRole('heading', { name: home, level: 1 }).waitFor();
    await other.context.close();
  }

  // The executive's first sign-in is matched to Daniel Webb by email, for an administrator to confirm.
  const exec = await signIn('exec');
  await exec.page
    .getByTestId('viewer')
    .getByText(/Daniel Webb \(Executive, NORFOLK AND NORWICH/)
    .waitFor();
  await exec.page.waitForURL(/\/my-organisation$/);
  await exec.page.getByTestId('awaiting-confirmation').waitFor();
  const admin = await signedIn(browser, ADMIN);
  await admin.page.goto(`${BASE_URL}/`);
  await admin.page.getByRole('link', { name: 'Sign-ins' }).click();
  const awaiting = admin.page.getByRole('region', { name: 'Sign-ins awaiting confirmation' });
  await awaiting.getByRole('cell', { name: /^Daniel Webb/ }).waitFor();
  await inspect(admin.page, 'sign-ins awaiting confirmation');
  await awaiting.getByRole('button', { name: 'Confirm Daniel Webb' }).click();
  await admin.page.getByTestId('done').getByText("Daniel Webb's sign-in confirmed").waitFor();
  await admin.page
    .getByRole('region', { name: 'Confirmed sign-ins' })
    .getByRole('cell', { name: /^Daniel Webb/ })
    .waitFor();
  await admin.context.close();
  // Confirmed, the executive signs off as Daniel Webb without choosing anyone.
  await openFromHome(exec.page, null, 'NPFIT-B03');
  await exec.page.getByTestId('signing-as').getByText('You sign off as Daniel Webb, Director of Finance.').waitFor();
  assert((await exec.page.getByTestId('awaiting-confirmation').count()) === 0, 'no longer awaiting confirmation');
  await exec.page.getByRole('button', { name: 'Sign off' }).click();
  await exec.page.getByTestId('done').getByText('Commitment signed off').waitFor();
  await exec.page
    .locator('.nhsuk-summary-list')
    .getByText(/Daniel Webb/)
    .first()
    .waitFor();
  await inspect(exec.page, 'signed off as the linked person');
  await exec.context.close();

  const nobody = await signIn('nobody');
  await nobody.page.getByRole('heading', { name: 'You have no role in Realise' }).waitFor();
  await nobody.page.getByText(/signed in as Pat Nobody/).waitFor();
  await inspect(nobody.page, 'signed in without a role');
  await nobody.context.close();

  // Signing out ends the session at the provider too: signing in again asks for the login.
  await board.page.getByRole('button', { name: 'Sign out' }).click();
  await board.page.waitForURL((url) => url.href.startsWith(PROVIDER_URL));
  await board.page.locator('button[autofocus], button[type=submit]').first().click();
  await board.page.getByRole('heading', { name: 'Sign in to Realise' }).waitFor();
  await board.page.getByRole('button', { name: /^Sign in with the journeys/ }).click();
  await board.page.locator('input[name=login]').waitFor();
  await board.context.close();
});

await story('a partner tool gets a token by client credentials, and may read but not write', async () => {
  const response = await fetch(`${PROVIDER_URL}/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from('partner-tool:test-only-partner-secret').toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', resource: 'urn:realise:journeys', scope: 'realise' }),
  });
  const { access_token: token } = await response.json();
  assert(token, `a token from the provider (HTTP ${response.status})`);
  const graphql = async (query) => {
    const r = await fetch(`${BASE_URL}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return r.json();
  };
  const read = await graphql('{ viewer { role name } programmes { totalCount } }');
  assert(read.data?.viewer.role === 'PARTNER', `the service account is a partner: ${JSON.stringify(read)}`);
  assert(read.data.programmes.totalCount > 0, 'it reads the programmes');
  const write = await graphql('mutation { createProgramme(input: { name: "Not allowed" }) { programme { id } } }');
  assert(write.errors?.[0]?.extensions?.code === 'FORBIDDEN', `it may not write: ${JSON.stringify(write)}`);
});

await story('a partner opens GraphiQL with no internet and runs a query', async () => {
  const { context, page } = await signedIn(browser, PARTNER);
  const outside = [];
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith(BASE_URL)) return route.continue();
    outside.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  await page.goto(`${BASE_URL}/developers`);
  await page.getByRole('heading', { name: 'The Realise GraphQL API' }).waitFor();
  await inspect(page, 'developers');
  await page.getByRole('link', { name: 'Open GraphiQL' }).click();
  await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
  await page.locator('.graphiql-execute-button').click();
  await page.waitForFunction(() => {
    const text = document.querySelector('.graphiql-response')?.textContent ?? '';
    return text.includes('"programmes"') && text.includes('National Programme for IT');
  });
  await inspect(page, 'graphiql with a result');
  assert(outside.length === 0 || outside.every((u) => !u.endsWith('.js')), `no script from outside: ${outside.join(', ')}`);
  await context.close();
});

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

await story(
  'a board member watching the dashboard sees a measurement recorded in another browser, without reloading',
  async () => {
    const exec = await signedIn(browser, EXECUTIVE);
    const mine = await liveCommitmentOfRM1(exec.page);

    const board = await signedIn(browser, BOARD);
    await board.page.goto(`${BASE_URL}/programmes/${encodeURIComponent(mine.benefit.programme.id)}`);
    await following(board.page);
    await recordValue(exec.page, mine, TODAY, 1);
    await updatedLive(board.page, 'the dashboard');
    await inspect(board.page, 'dashboard updated live');
    await exec.context.close();
    await board.context.close();
  },
);

await story(
  'an executive with a commitment open, and the board with the register open, see a colleague record a value without reloading; so does the executive at home',
  async () => {
    const admin = await signedIn(browser, ADMIN);
    const mine = await liveCommitmentOfRM1(admin.page);
    const daysAgo = (n) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

    const exec = await signedIn(browser, EXECUTIVE);
    await exec.page.goto(`${BASE_URL}/commitments/${encodeURIComponent(mine.id)}`);
    await following(exec.page);
    const board = await signedIn(browser, BOARD);
    await board.page.goto(`${BASE_URL}/programmes/${encodeURIComponent(mine.benefit.programme.id)}/register`);
    await board.page.getByRole('heading', { name: /^Benefits register/ }).waitFor();
    await following(board.page);

    await recordValue(admin.page, mine, daysAgo(1), 4321);
    await updatedLive(exec.page, 'the commitment page');
    await exec.page
      .getByText(/4,?321/)
      .first()
      .waitFor({ timeout: 10_000 });
    await inspect(exec.page, 'commitment updated live');
    await updatedLive(board.page, 'the register');
    await inspect(board.page, 'register updated live');

    await exec.page.goto(`${BASE_URL}/my-organisation`);
    await exec.page.getByRole('heading', { name: 'Awaiting your sign-off' }).waitFor();
    await following(exec.page);
    await recordValue(admin.page, mine, daysAgo(2), 4322);
    await updatedLive(exec.page, 'My organisation');
    await inspect(exec.page, 'my organisation updated live');
    await Promise.all([admin.context.close(), exec.context.close(), board.context.close()]);
  },
);

await registerStories(browser, { board: BOARD, executive: EXECUTIVE, today: TODAY });

await browser.close();
finish();
