import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Writes `file.br` and `file.gz` next to every built script, style sheet and image worth compressing
 * (over 1 KB, at least 10 % smaller): the server sends them to browsers that accept them (@fastify/static
 * `preCompressed`), so nothing is compressed per request (docs/decisions/0009).
 */
function precompress(): Plugin {
  return {
    name: 'balai-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? path.join(here, 'dist/web');
      const files = Object.keys(bundle).filter((f) => /\.(js|mjs|css|svg|json|txt|webmanifest)$/.test(f));
      await Promise.all(
        files.map(async (file) => {
          const full = path.join(dir, file);
          const body = await fs.readFile(full);
          if (body.length < 1024) return;
          const [br, gz] = await Promise.all([
            brotli(body, {
              params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
            }),
            gzip(body, { level: 9 }),
          ]);
          if (br.length < body.length * 0.9) await fs.writeFile(`${full}.br`, br);
          if (gz.length < body.length * 0.9) await fs.writeFile(`${full}.gz`, gz);
        }),
      );
    },
  };
}

/**
 * The staff app (src/web) is built into dist/web and served by the API server under /app/.
 * The server's Content-Security-Policy allows scripts from 'self' only, so the build must not emit
 * inline scripts; Vite's entry and module-preload code are emitted as files.
 */
export default defineConfig({
  root: path.join(here, 'src/web'),
  base: '/app/',
  plugins: [react(), precompress()],
  build: {
    outDir: path.join(here, 'dist/web'),
    emptyOutDir: true,
    // Charts (recharts and d3, about 450 KB) are loaded only when the dashboard shows one
    // (features/dashboard/lazy-bar-chart.tsx); the warning limit fits that chunk.
    chunkSizeWarningLimit: 500,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  preview: { port: 4173 },
});
