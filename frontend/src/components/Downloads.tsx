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

/** What kind of file `file` is, from its URL: "Excel" or "CSV". */
function fileKind(file: Offered): string {
  return new URL(file.url, window.location.href).pathname.endsWith('.xlsx') ? 'Excel' : 'CSV';
}

/** A row of download buttons for `what` (e.g. "the register as filtered here"). */
export function Downloads({ files, what }: { files: Offered[]; what: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  // The file being prepared: a national register takes a few seconds before it arrives.
  const [preparing, setPreparing] = useState<Offered | null>(null);
  const download = async (file: Offered) => {
    setPreparing(file);
    try {
      await downloadSignedIn(file.url, file.fallbackName);
      setProblem(null);
    } catch (e) {
      setProblem(`The file could not be downloaded: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setPreparing(null);
    }
  };
  return (
    <p>
      {files.map((file) => (
        <button
          key={file.url}
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-button-row"
          disabled={preparing !== null}
          onClick={() => void download(file)}
        >
          {file.label}
          <span className="nhsuk-u-visually-hidden"> ({what})</span>
        </button>
      ))}
      <span className="nhsuk-body-s" role="status">
        {preparing && `Preparing ${what} (${fileKind(preparing)})…`}
      </span>
      {problem && (
        <span className="nhsuk-error-message" role="alert">
          {problem}
        </span>
      )}
    </p>
  );
}
