import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/server/config.js';
import { startServer } from '../src/server/server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Starts the real server, as `npm start` does, on a fresh data folder with the demo data. */
export default async function setup(project: TestProject) {
  if (!fs.existsSync('dist/web/index.html')) throw new Error('The staff app is not built: run npm run build first.');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-e2e-'));
  const config = loadConfig({ DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', JOBS: 'off' });
  const server = await startServer(config, { demo: true });
  project.provide('baseUrl', server.url);
  return async () => {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    // The authenticator steps used in this run (e2e/auth.ts).
    fs.rmSync(path.join(os.tmpdir(), `balai-e2e-totp-${new URL(server.url).port}.json`), { force: true });
  };
}
