// Browser journey of a programme board member running a service from catalogue to live:
// adding it, deploying it, taking it live, reporting on its service levels and linking it to
// the benefit it enables.

import { BASE_URL, assert, inspect, signedIn, story } from './browser.mjs';

export async function catalogueStories(browser, { board: BOARD }) {
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

  await story('a board member pages through the sites of a service deployed widely, and back', async () => {
    const { context, page } = await signedIn(browser, BOARD);
    await page.goto(`${BASE_URL}/services`);
    await page.getByRole('link', { name: 'Choose and Book' }).click();
    const heading = page.getByRole('heading', { name: /^Deployments \(\d+\)$/ });
    const total = Number((await heading.textContent()).match(/\d+/)[0]);
    assert(total > 25, `Choose and Book is deployed at more sites than a page: ${total}`);
    const rows = page.getByRole('region', { name: 'Deployments' }).locator('tbody tr');
    const first = async () => rows.first().locator('td').first().textContent();
    assert((await rows.count()) === 25, `a first page of 25: ${await rows.count()}`);
    const onFirstPage = await first();
    await page.getByRole('link', { name: 'More deployments' }).click();
    await page.waitForFunction((before) => document.querySelector('tbody tr td')?.textContent !== before, onFirstPage);
    assert((await rows.count()) === total - 25, `the rest on the second page: ${await rows.count()}`);
    assert(new URL(page.url()).searchParams.has('after'), `the page is in the address: ${page.url()}`);
    assert((await page.getByRole('link', { name: 'More deployments' }).count()) === 0, 'a page after the last');
    assert((await heading.textContent()) === `Deployments (${total})`, 'the count changed on the second page');
    await inspect(page, 'service deployments second page');
    await page.getByRole('link', { name: 'Previous deployments' }).click();
    await page.waitForFunction((expected) => document.querySelector('tbody tr td')?.textContent === expected, onFirstPage);
    assert((await rows.count()) === 25, `the first page again: ${await rows.count()}`);
    await context.close();
  });
}
