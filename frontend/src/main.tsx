import 'nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css';
import './styles.css';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { adoptTokenFromUrl, refuseSignIn } from './auth/token';
import { createClient } from './graphql/client';
import { router } from './router';

/**
 * Finishes a sign-in through an identity provider (its redirect back lands on the callback
 * path), or resumes renewing a session begun that way; otherwise adopts a sign-in link's token.
 */
async function signIn(): Promise<void> {
  const CALLBACK_PATH = '/auth/callback';
  if (window.location.pathname === CALLBACK_PATH) {
    try {
      const { completeSignIn } = await import('./auth/oidc');
      window.history.replaceState(null, '', await completeSignIn());
    } catch (e) {
      window.history.replaceState(null, '', '/');
      refuseSignIn(`Signing in did not complete: ${e instanceof Error ? e.message : String(e)}`);
    }
    return;
  }
  adoptTokenFromUrl();
  if (localStorage.getItem('realise.provider')) {
    const { resumeSession } = await import('./auth/oidc');
    resumeSession();
  }
}

function render(): void {
  // Not `nhsuk-frontend-supported`: its scripts do not run here, and their CSS assumes they do.
  document.body.classList.add('js-enabled');
  const client = createClient();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <Provider value={client}>
        <RouterProvider router={router} />
      </Provider>
    </StrictMode>,
  );
}

void signIn().finally(render);
