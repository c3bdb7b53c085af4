import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The staff app (src/web) is built into dist/web and served by the API server under /app/.
 * The server's Content-Security-Policy allows scripts from 'self' only, so the build must not emit
 * inline scripts; Vite's entry and module-preload code are emitted as files.
 */
export default defineConfig({
  root: path.join(here, 'src/web'),
  base: '/app/',
  plugins: [react()],
  build: {
    outDir: path.join(here, 'dist/web'),
    emptyOutDir: true,
    // Charts (recharts) are only loaded with the dashboard; the warning limit fits that chunk.
    chunkSizeWarningLimit: 700,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  preview: { port: 4173 },
});
