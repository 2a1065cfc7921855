import 'nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css';
import './styles.css';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { adoptTokenFromUrl } from './auth/token';
import { createClient } from './graphql/client';
import { router } from './router';

adoptTokenFromUrl();
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
