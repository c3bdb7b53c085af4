import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root: the nearest folder above this file that holds package.json. The same whether the
 * server runs as TypeScript (src/server/lib/paths.ts, through tsx) or compiled (dist/server/src/server/
 * lib/paths.js), so files that are not code (migrations, reference data, public assets, the staff app
 * build) are always read from one place.
 */
function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
}

export const repoRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path inside the server's sources (src/server/…), for the data files kept next to the code. */
export function serverSource(...parts: string[]): string {
  return path.join(repoRoot, 'src', 'server', ...parts);
}
