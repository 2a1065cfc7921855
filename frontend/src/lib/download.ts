// Downloading a file the server only gives to a signed-in caller: fetched with the bearer
// token (a plain link cannot send it), then saved under the name the server gives.

import { getToken } from '../auth/token';

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
  URL.revokeObjectURL(href);
}
