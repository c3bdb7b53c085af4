import path from 'node:path';

/** Where uploaded files live, in both database modes: DATA_DIR/files/<first 2 chars of id>/<id>. */
export const filesDir = (dataDir: string) => path.join(dataDir, 'files');
export const storedFilePath = (dataDir: string, id: string) => path.join(filesDir(dataDir), id.slice(0, 2), id);
