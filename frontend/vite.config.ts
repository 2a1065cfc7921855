import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The Rust server listens here by default (REALISE_BIND); override with REALISE_API.
const api = process.env.REALISE_API ?? 'http://127.0.0.1:8080';

/**
 * nhsuk-frontend's stylesheet points at its icons as `/assets/images/...`: ship them there,
 * so the built front end needs nothing from outside.
 */
function nhsukIcons(): Plugin {
  const dir = 'node_modules/nhsuk-frontend/dist/nhsuk/assets/images';
  return {
    name: 'nhsuk-icons',
    apply: 'build',
    generateBundle() {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.svg'))) {
        this.emitFile({ type: 'asset', fileName: `assets/images/${file}`, source: readFileSync(join(dir, file)) });
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), nhsukIcons()],
  server: {
    proxy: {
      '/graphql': api,
      '/schema.graphql': api,
      '/healthz': api,
      '/readyz': api,
    },
  },
  css: {
    // nhsuk-frontend keeps a few old-browser hacks (`@media screen\0`) that the minifier
    // would otherwise reject.
    lightningcss: { errorRecovery: true },
  },
  build: {
    outDir: 'dist',
    // The server serves dist/ as is; keep the build reproducible and small.
    sourcemap: false,
    // GraphiQL's editor is one large chunk, loaded only on its own page.
    chunkSizeWarningLimit: 2500,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  },
});
