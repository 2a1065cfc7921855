// Signing in: through an identity provider the server trusts (the usual way), or with a
// bearer token, from the development link (`/?token=...`, printed by `realise serve --dev`)
// or pasted here (minted by `realise token`).

import { useEffect, useState, type FormEvent } from 'react';
import { setToken } from './token';
import { usePageTitle } from '../components/usePageTitle';
import type { SignInProvider } from './oidc';

/** The providers the server offers for signing in; empty until known, or when none. */
function useProviders(): SignInProvider[] {
  const [providers, setProviders] = useState<SignInProvider[]>([]);
  useEffect(() => {
    let live = true;
    fetch('/auth/providers')
      .then((r) => (r.ok ? r.json() : { providers: [] }))
      .then((body: { providers?: SignInProvider[] }) => live && setProviders(body.providers ?? []))
      .catch(() => live && setProviders([]));
    return () => {
      live = false;
    };
  }, []);
  return providers;
}

function ProviderButtons({ providers }: { providers: SignInProvider[] }) {
  const [problem, setProblem] = useState<string | null>(null);
  const go = async (p: SignInProvider) => {
    try {
      const { signInWith } = await import('./oidc');
      await signInWith(p);
    } catch (e) {
      setProblem(`${p.name} could not be reached: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <>
      {problem && (
        <p className="nhsuk-error-message" role="alert">
          {problem}
        </p>
      )}
      {providers.map((p) => (
        <p key={p.issuer}>
          <button className="nhsuk-button" type="button" onClick={() => void go(p)}>
            Sign in with {p.name}
          </button>
        </p>
      ))}
    </>
  );
}

export function SignInPage({ reason }: { reason: string | null }) {
  usePageTitle('Sign in');
  const providers = useProviders();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!value.trim()) {
      setError('Enter your access token');
      return;
    }
    setToken(value);
  };
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {reason && (
          <div className="nhsuk-warning-callout">
            <h2 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>You have been signed out
              </span>
            </h2>
            <p>{reason}</p>
          </div>
        )}
        <h1>Sign in to Realise</h1>
        <p>
          Realise shows who promised which benefits, whether they are being realised, and whether the services that make them
          possible are live.
        </p>
        <ProviderButtons providers={providers} />
        {providers.length > 0 && <h2 className="nhsuk-heading-s">Or sign in with an access token</h2>}
        <form onSubmit={submit} noValidate>
          <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
            <label className="nhsuk-label" htmlFor="token">
              Access token
            </label>
            <div className="nhsuk-hint" id="token-hint">
              Paste the token your administrator gave you, or open the sign-in link printed by a development server.
            </div>
            {error && (
              <span className="nhsuk-error-message" id="token-error">
                <span className="nhsuk-u-visually-hidden">Error:</span> {error}
              </span>
            )}
            <input
              className={`nhsuk-input${error ? ' nhsuk-input--error' : ''}`}
              id="token"
              name="token"
              type="password"
              autoComplete="off"
              aria-describedby={error ? 'token-hint token-error' : 'token-hint'}
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          </div>
          <button className={`nhsuk-button${providers.length > 0 ? ' nhsuk-button--secondary' : ''}`} type="submit">
            Sign in with the token
          </button>
        </form>
      </div>
    </div>
  );
}
