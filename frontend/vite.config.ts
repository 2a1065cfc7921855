import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The Rust server listens here by default (REALISE_BIND); override with REALISE_API.
const api = process.env.REALISE_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': api,
      '/healthz': api,
      '/readyz': api,
    },
  },
  build: {
    outDir: 'dist',
    // The server serves dist/ as is; keep the build reproducible and small.
    sourcemap: false,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  },
});
