import { useState } from 'react';
import { setToken } from '../api/token';
import { useToken } from '../api/useAsync';

/** Paste a bearer token; it is kept in this browser only (localStorage "realise.token"). */
export function TokenField() {
  const token = useToken();
  const [draft, setDraft] = useState('');
  return (
    <details className="token">
      <summary>API token{token ? ': set' : ''}</summary>
      <form
        className="token-form"
        onSubmit={(e) => {
          e.preventDefault();
          setToken(draft);
          setDraft('');
        }}
      >
        <label htmlFor="token-input">Bearer token</label>
        <input
          id="token-input"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={draft}
          placeholder={token ? 'Paste a new token to replace it' : 'Paste a token to sign in'}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" disabled={!draft.trim()}>
          Save
        </button>
        {token ? (
          <button type="button" className="button-secondary" onClick={() => setToken(null)}>
            Clear
          </button>
        ) : null}
      </form>
    </details>
  );
}
