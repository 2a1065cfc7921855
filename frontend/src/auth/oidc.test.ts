import { beforeAll, describe, expect, it, vi } from 'vitest';
import { stubLocalStorage } from '../testing/storage';

// The provider's client is oidc-client-ts's: what is checked here is what Realise does with
// its events. A fake manager lets a renewal finish at any moment the test chooses.
type Loaded = (user: { access_token: string }) => void;
const managers: FakeManager[] = [];
class FakeManager {
  loaded: Loaded[] = [];
  signedOutWith: unknown = null;
  events = {
    addUserLoaded: (f: Loaded) => this.loaded.push(f),
    addSilentRenewError: () => {},
  };
  constructor() {
    managers.push(this);
  }
  startSilentRenew() {}
  stopSilentRenew() {}
  signinRedirectCallback = async () => ({ access_token: 'signed-in', id_token: 'id', url_state: '/' });
  getUser = async () => ({ id_token: 'id' });
  removeUser = async () => {};
  signoutRedirect = async (args: unknown) => {
    this.signedOutWith = args;
  };
  /** A silent renewal finishing: the manager tells its listeners of the new user. */
  renewed(token: string) {
    this.loaded.forEach((f) => f({ access_token: token }));
  }
}
vi.mock('oidc-client-ts', () => ({ UserManager: FakeManager, WebStorageStateStore: class {} }));

const { completeSignIn, signOutAtProvider } = await import('./oidc');

/** The manager the sign-in made. */
function manager(): FakeManager {
  const made = managers[0];
  if (!made) throw new Error('no manager was made');
  return made;
}
const { getToken } = await import('./token');

beforeAll(() => {
  vi.stubGlobal('window', { location: { origin: 'https://realise.example' } });
  stubLocalStorage();
  localStorage.setItem(
    'realise.provider',
    JSON.stringify({ name: 'Test', issuer: 'https://id.example', clientId: 'c', scope: 'openid', audience: 'a' }),
  );
});

describe('signing in and out through a provider', () => {
  it('follows renewals while signed in', async () => {
    await completeSignIn();
    expect(getToken()).toBe('signed-in');
    manager().renewed('renewed');
    expect(getToken()).toBe('renewed');
  });

  it('stays signed out when a renewal under way finishes after signing out', async () => {
    const signingOut = signOutAtProvider();
    manager().renewed('late');
    await signingOut;
    expect(getToken()).toBeNull();
    manager().renewed('later still');
    expect(getToken()).toBeNull();
    expect(manager().signedOutWith).toEqual({ id_token_hint: 'id' });
  });
});
