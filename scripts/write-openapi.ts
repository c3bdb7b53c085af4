/** Regenerates docs/openapi.json and the staff app's API types from the route schemas (npm run openapi). A test fails when either drifts. */
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { fromPglite } from '../src/server/db/client.js';
import { apiTypesFile, openapiFile, renderApiTypes, renderOpenapi } from '../src/server/openapi.js';

const database = fromPglite(await PGlite.create());
const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', JOBS: 'off' }), database });
const openapi = await renderOpenapi(app);
fs.writeFileSync(openapiFile, openapi);
fs.writeFileSync(apiTypesFile, await renderApiTypes(openapi));
await app.close();
await database.close();
console.log(`wrote ${openapiFile} and ${apiTypesFile}`);
