// Downloading a file the server only gives to a signed-in caller: fetched with the bearer
// token (a plain link cannot send it), then saved under the name the server gives.

import { getToken } from '../auth/token';

/** How long a saved file's object URL is kept after its link is clicked. */
const REVOKE_AFTER_MS = 60_000;

/** Fetches `url` with the token and saves it; throws with the server's message on refusal. */
export async function downloadSignedIn(url: string, fallbackName: string): Promise<void> {
  const token = getToken();
  const response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error((await response.text()).trim() || `HTTP ${response.status}`);
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers start the save after the click returns: free the file a little later.
  setTimeout(() => URL.revokeObjectURL(href), REVOKE_AFTER_MS);
}
