// Browser journeys of a trust executive: what they may and may not do, signing off and
// reporting on a commitment (by mouse and by keyboard), drafting one, and meeting a colleague's
// change while editing.

import { BASE_URL, assert, forceGraphql, inspect, signedIn, story, tabTo } from './browser.mjs';
import { following, openFromHome } from './pages.mjs';

const rag = (page) => page.getByTestId('figures').locator('.nhsuk-tag').first().innerText();
const dots = (page) => page.locator('figure.app-chart').first().locator('svg circle').count();

export async function executiveStories(browser, { executive: EXECUTIVE, partner: PARTNER, today: TODAY }) {
  const [YEAR, MONTH, DAY] = TODAY.split('-').map(Number);
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
      assert(
        (await page.getByText('forecast misses the target').count()) === 0,
        'no "forecast misses" on an achieved commitment',
      );
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
}
