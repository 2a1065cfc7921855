// Browser journeys of signing in: through the identity provider to each role's home page and
// out again, a partner tool's client credentials, and GraphiQL offline.

import { BASE_URL, assert, inspect, newContext, signedIn, story } from './browser.mjs';
import { openFromHome } from './pages.mjs';

export async function signInStories(browser, { admin: ADMIN, partner: PARTNER, providerUrl: PROVIDER_URL }) {
  await story('people sign in through the identity provider, land on their own home page, and sign out there too', async () => {
    assert(PROVIDER_URL, 'PROVIDER_URL names the identity provider');
    /** Signs in at the provider's login page as `login`; returns the page back in Realise. */
    const signIn = async (login) => {
      const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
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
}
