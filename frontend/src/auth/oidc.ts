// Signing in through an identity provider: the authorisation code flow with PKCE
// (oidc-client-ts), the provider chosen from those the server trusts (`/auth/providers`). The
// access token, issued for Realise's audience (asked for as the `resource`), becomes the
// bearer token; it is renewed silently with the refresh token before it expires, and signing
// out ends the session at the provider too. Loaded only when a provider is in use.

import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { getToken, refuseSignIn, setToken } from './token';

export interface SignInProvider {
  name: string;
  issuer: string;
  clientId: string;
  scope: string;
  audience: string;
}

const CHOSEN = 'realise.provider';
export const CALLBACK_PATH = '/auth/callback';

function chosen(): SignInProvider | null {
  try {
    const saved = localStorage.getItem(CHOSEN);
    return saved ? (JSON.parse(saved) as SignInProvider) : null;
  } catch {
    return null;
  }
}

function managerFor(p: SignInProvider): UserManager {
  return new UserManager({
    authority: p.issuer,
    client_id: p.clientId,
    redirect_uri: `${window.location.origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${window.location.origin}/`,
    response_type: 'code',
    scope: p.scope,
    resource: p.audience,
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.localStorage }),
  });
}

let active: UserManager | null = null;

/**
 * Keeps the bearer token in step with the provider's renewals, while this manager is the
 * active one: a renewal still under way when the person signs out must not sign them in again.
 */
function keepRenewed(manager: UserManager): void {
  active = manager;
  manager.events.addUserLoaded((user) => {
    if (active === manager) setToken(user.access_token);
  });
  manager.events.addSilentRenewError((e) => {
    if (active === manager) refuseSignIn(`Your session could not be renewed: ${e.message}`);
  });
  manager.startSilentRenew();
}

/** Goes to the provider's sign-in page; it comes back to the callback. */
export async function signInWith(p: SignInProvider): Promise<void> {
  localStorage.setItem(CHOSEN, JSON.stringify(p));
  await managerFor(p).signinRedirect({ url_state: window.location.pathname });
}

/** Completes a sign-in at the callback; the path to go on to. */
export async function completeSignIn(): Promise<string> {
  const p = chosen();
  if (!p) throw new Error('no sign-in was started from this browser');
  const manager = managerFor(p);
  const user = await manager.signinRedirectCallback();
  setToken(user.access_token);
  keepRenewed(manager);
  const back = user.url_state;
  return back && back.startsWith('/') && !back.startsWith('//') ? back : '/';
}

/** After a reload, renews the provider's session as before. */
export function resumeSession(): void {
  const p = chosen();
  if (p && getToken()) keepRenewed(managerFor(p));
}

/** Whether the browser signed in through a provider. */
export function signedInThroughProvider(): boolean {
  return chosen() !== null;
}

/** Signs out here and at the provider. */
export async function signOutAtProvider(): Promise<void> {
  const p = chosen();
  const manager = active ?? (p ? managerFor(p) : null);
  // First, so that no renewal finishing from now on brings the token back.
  active = null;
  localStorage.removeItem(CHOSEN);
  setToken(null);
  if (!manager) return;
  manager.stopSilentRenew();
  const user = await manager.getUser();
  await manager.removeUser();
  await manager.signoutRedirect({ id_token_hint: user?.id_token });
}
