// Browser journeys of live updates: a value recorded in one browser appears in another's
// dashboard, register, commitment page and home page without a reload.

import { BASE_URL, inspect, signedIn, story } from './browser.mjs';
import { following, liveCommitmentOfRM1, recordValue, updatedLive } from './pages.mjs';

export async function liveStories(browser, { executive: EXECUTIVE, board: BOARD, admin: ADMIN, today: TODAY }) {
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
}
