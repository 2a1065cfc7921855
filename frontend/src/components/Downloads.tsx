// Buttons that download files only a signed-in caller may have (a plain link cannot send the
// token), with the server's refusal shown beside them.

import { useState } from 'react';
import { downloadSignedIn } from '../lib/download';

/** One file offered. */
export interface Offered {
  /** The button's text, e.g. "Download as Excel". */
  label: string;
  /** The URL to fetch. */
  url: string;
  /** The name to save under when the server gives none. */
  fallbackName: string;
}

/** A row of download buttons for `what` (e.g. "the register as filtered here"). */
export function Downloads({ files, what }: { files: Offered[]; what: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const download = async (file: Offered) => {
    setBusy(true);
    try {
      await downloadSignedIn(file.url, file.fallbackName);
      setProblem(null);
    } catch (e) {
      setProblem(`The file could not be downloaded: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <p>
      {files.map((file) => (
        <button
          key={file.url}
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-button-row"
          disabled={busy}
          onClick={() => void download(file)}
        >
          {file.label}
          <span className="nhsuk-u-visually-hidden"> ({what})</span>
        </button>
      ))}
      {problem && (
        <span className="nhsuk-error-message" role="alert">
          {problem}
        </span>
      )}
    </p>
  );
}
