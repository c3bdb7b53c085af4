import { z } from 'zod';
import { uuidParam, versionQueryField } from '../../lib/fields.js';

/**
 * The multipart body of an upload, for the OpenAPI document only. The plugin leaves the parsed body
 * empty (the file is streamed to disk, not buffered), so nothing is validated here: the service reads
 * the part named `file` and refuses a request without one.
 */
export const uploadBody = z.unknown().meta({
  type: 'object',
  properties: { file: { type: 'string', format: 'binary', description: 'The file: one part named "file"' } },
  required: ['file'],
});

/** An optional version for an upload: when given, a stale one answers 409 like any other change. */
export const uploadQuery = z.object({
  version: versionQueryField.optional().describe('Current version of the record; optional'),
});

/** A stored file as a response: the bytes, with the media type detected at upload. */
export function fileResponse(description: string, mediaTypes: readonly string[]) {
  const bytes = z.string().meta({ format: 'binary' });
  return { description, content: Object.fromEntries(mediaTypes.map((t) => [t, { schema: bytes }])) };
}

export const photoParams = z.object({ id: uuidParam });
