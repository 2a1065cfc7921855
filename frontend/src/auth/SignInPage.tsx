// Signing in with a bearer token: the development link (`/?token=...`, printed by
// `realise serve --dev`) or a token pasted here (minted by `realise token`).

import { useState, type FormEvent } from 'react';
import { setToken } from './token';
import { usePageTitle } from '../components/usePageTitle';

export function SignInPage({ reason }: { reason: string | null }) {
  usePageTitle('Sign in');
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
          <button className="nhsuk-button" type="submit">
            Sign in
          </button>
        </form>
      </div>
    </div>
  );
}
