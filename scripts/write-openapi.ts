/** Regenerates docs/openapi.json from the route schemas (npm run openapi). A test fails when it drifts. */
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { fromPglite } from '../src/server/db/client.js';
import { openapiFile, renderOpenapi } from '../src/server/openapi.js';

const database = fromPglite(await PGlite.create());
const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', JOBS: 'off' }), database });
fs.writeFileSync(openapiFile, await renderOpenapi(app));
await app.close();
await database.close();
console.log(`wrote ${openapiFile}`);
