import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ActorContext } from '../../kit/context.js';
import { fileTypeFromBuffer } from 'file-type';
import type { Db } from '../../db/client.js';
import { AppError, conflict, notFound } from '../../lib/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { personsRepository } from '../persons/persons.repository.js';
import { personForRead, personForWrite } from '../persons/persons.service.js';
import { addTimelineEvent } from '../timeline/timeline.service.js';
import { filesDir, storedFilePath } from './files.paths.js';
import { filesRepository, type StoredFileRow } from './files.repository.js';

/**
 * Uploaded files (document scans, photos). The type is decided by the content, never by the name or
 * the type the browser claimed; a name whose extension contradicts the content is refused too, so a
 * page or program renamed to .pdf never gets in. Bytes live in DATA_DIR/files/<2 chars>/<id>.
 */
export const uploadMediaTypes = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
  'image/png': ['png'],
  'image/webp': ['webp'],
} as const satisfies Record<string, readonly string[]>;
export type UploadMediaType = keyof typeof uploadMediaTypes;

export const documentMediaTypes = Object.keys(uploadMediaTypes) as UploadMediaType[];
export const imageMediaTypes: UploadMediaType[] = ['image/jpeg', 'image/png', 'image/webp'];

/** A person's photo is small: a passport-style picture. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

/** How many leading bytes decide the type (file-type's own detection window). */
const SNIFF_BYTES = 4100;

const typeLabels: Record<UploadMediaType, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP' };

/**
 * A response holding a file may be previewed in a frame of the staff app or as an image, and may run
 * nothing. The API's own answers may not be framed at all (plugins/security-headers.ts): a file answer
 * replaces both framing headers with "this origin only".
 */
export const FILE_CSP = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";

/** The extension a stored file is served under. */
export const extensionOf = (mediaType: string) => (uploadMediaTypes as Record<string, readonly string[]>)[mediaType]?.[0] ?? 'bin';

const megabytes = (bytes: number) => String(Math.round((bytes / (1024 * 1024)) * 10) / 10);

const unsupported = (accept: readonly UploadMediaType[]) =>
  new AppError(415, 'unsupported_file_type', 'files.unsupported_type', { types: accept.map((t) => typeLabels[t]).join(', ') });
const tooLarge = (maxBytes: number) => new AppError(413, 'file_too_large', 'files.too_large', { limit: megabytes(maxBytes) });
const missing = () => new AppError(400, 'file_missing', 'files.missing', {}, { file: 'i18n:files.missing_field' });

/** The plugin's own failures, in our error body. */
function multipartError(err: unknown, maxBytes: number): unknown {
  const code = (err as { code?: string })?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge(maxBytes);
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return missing();
  if (
    code === 'FST_FILES_LIMIT' ||
    code === 'FST_PARTS_LIMIT' ||
    code === 'FST_FIELDS_LIMIT' ||
    code === 'FST_PROTO_VIOLATION' ||
    code === 'FST_MP_PREMATURE_CLOSE'
  ) {
    return new AppError(400, 'bad_upload', 'files.bad_upload');
  }
  if (err instanceof Error && /multipart|Unexpected end of form/i.test(err.message)) return new AppError(400, 'bad_upload', 'files.bad_upload');
  return err;
}

interface ReceivedFile {
  id: string;
  path: string;
  mediaType: UploadMediaType;
  sizeBytes: number;
  sha256: string;
  originalName: string;
}

/**
 * Receives the one part named `file`: streams it to DATA_DIR/files/tmp-<id> while hashing and counting,
 * decides the type from the first bytes, then moves it to its final place. Any refusal or failure
 * removes the temporary file: nothing partial stays behind.
 */
async function receiveFile(
  ctx: Pick<ActorContext, 'config'>,
  request: FastifyRequest,
  accept: readonly UploadMediaType[],
  maxBytes: number,
): Promise<ReceivedFile> {
  if (!request.isMultipart()) throw missing();
  let part: Awaited<ReturnType<FastifyRequest['file']>>;
  try {
    part = await request.file({ limits: { fileSize: maxBytes } });
  } catch (err) {
    throw multipartError(err, maxBytes);
  }
  if (!part) throw missing();
  if (part.fieldname !== 'file') {
    part.file.resume();
    throw missing();
  }
  const dir = filesDir(ctx.config.DATA_DIR);
  await fs.promises.mkdir(dir, { recursive: true });
  const id = randomUUID();
  const tmp = path.join(dir, `tmp-${id}`);
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headBytes = 0;
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      if (headBytes < SNIFF_BYTES) {
        head.push(chunk);
        headBytes += chunk.length;
      }
      done(null, chunk);
    },
  });
  try {
    try {
      await pipeline(part.file, meter, fs.createWriteStream(tmp, { flags: 'wx' }));
    } catch (err) {
      throw multipartError(err, maxBytes);
    }
    if (part.file.truncated || size > maxBytes) throw tooLarge(maxBytes);
    if (size === 0) throw new AppError(400, 'file_empty', 'files.empty', {}, { file: 'i18n:files.empty' });
    const detected = await fileTypeFromBuffer(Buffer.concat(head).subarray(0, SNIFF_BYTES));
    const mediaType = detected?.mime as UploadMediaType | undefined;
    if (!mediaType || !accept.includes(mediaType)) throw unsupported(accept);
    const extension = path
      .extname(part.filename ?? '')
      .slice(1)
      .toLowerCase();
    if (extension && !(uploadMediaTypes[mediaType] as readonly string[]).includes(extension)) throw unsupported(accept);
    const final = storedFilePath(ctx.config.DATA_DIR, id);
    await fs.promises.mkdir(path.dirname(final), { recursive: true });
    await fs.promises.rename(tmp, final);
    return { id, path: final, mediaType, sizeBytes: size, sha256: hash.digest('hex'), originalName: (part.filename || 'berkas').slice(0, 255) };
  } catch (err) {
    part.file.resume();
    await fs.promises.rm(tmp, { force: true });
    throw err;
  }
}

/**
 * Receives an upload and records it in stored_files, then runs `write` (which points a record at the
 * file, audits and adds the timeline event) in the same transaction. If anything fails, the stored
 * bytes are removed again: a file on disk always has its row, a row always has its file.
 */
export async function storeUpload<T>(
  ctx: ActorContext,
  /** The HTTP request whose multipart body carries the file (the one part of an upload that is transport). */
  request: FastifyRequest,
  opts: { accept: readonly UploadMediaType[]; maxBytes: number; officeId: string },
  write: (tx: Db, file: StoredFileRow) => Promise<T>,
): Promise<T> {
  const received = await receiveFile(ctx, request, opts.accept, Math.min(opts.maxBytes, ctx.config.UPLOAD_MAX_BYTES));
  const actor = ctx.actor;
  try {
    return await ctx.db.transaction(async (tx) => {
      const file = await filesRepository.insert(tx, {
        id: received.id,
        officeId: opts.officeId,
        mediaType: received.mediaType,
        sizeBytes: received.sizeBytes,
        sha256: received.sha256,
        originalName: received.originalName,
        createdBy: actor.kind === 'user' ? actor.id : null,
        createdAt: ctx.clock.now(),
      });
      return write(tx, file);
    });
  } catch (err) {
    await fs.promises.rm(received.path, { force: true });
    throw err;
  }
}

/**
 * Sends a stored file for preview: its checked media type, a download name made from `baseName` (a
 * document type code, never the uploaded name, which may hold a NIK), no caching, no sniffing, and a
 * sandbox so a PDF or image can be shown but nothing in it can run.
 */
export async function sendStoredFile(ctx: ActorContext, request: FastifyRequest, reply: FastifyReply, fileId: string, baseName: string) {
  const row = await filesRepository.get(ctx.db, fileId);
  if (!row) throw notFound();
  const file = storedFilePath(ctx.config.DATA_DIR, row.id);
  const stat = await fs.promises.stat(file).catch(() => undefined);
  if (!stat) {
    request.log.error({ fileId: row.id }, 'stored file missing on disk');
    throw notFound();
  }
  return reply
    .header('content-type', row.mediaType)
    .header('content-length', stat.size)
    .header('content-disposition', `inline; filename="${baseName.replace(/[^A-Za-z0-9_-]/g, '_')}.${extensionOf(row.mediaType)}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .header('content-security-policy', FILE_CSP)
    .header('x-frame-options', 'SAMEORIGIN')
    .send(fs.createReadStream(file));
}

/** Sets a person's photo (images only, at most 5 MB); the person's version moves on. */
export async function updatePhoto(ctx: ActorContext, request: FastifyRequest, personId: string, version: number | undefined): Promise<void> {
  const person = await personForWrite(ctx.db, ctx.actor, personId);
  if (version !== undefined && version !== person.version) throw conflict();
  await storeUpload(ctx, request, { accept: imageMediaTypes, maxBytes: PHOTO_MAX_BYTES, officeId: person.officeId }, async (tx, file) => {
    const row = await personsRepository.update(tx, person.id, version ?? person.version, { photoFileId: file.id, updatedAt: ctx.clock.now() });
    if (!row) throw conflict();
    await addTimelineEvent(tx, ctx, { personId: person.id, module: 'registry', kind: 'person.photo_updated', data: {}, refType: 'person', refId: person.id });
    await recordAudit(tx, ctx, {
      action: 'person.photo_update',
      outcome: 'success',
      officeId: person.officeId,
      resourceType: 'person',
      resourceId: person.id,
      details: { personId: person.id, fileId: file.id, previousFileId: person.photoFileId, mediaType: file.mediaType, sizeBytes: file.sizeBytes },
    });
  });
}

/** Sends a person's photo, or 404 when there is none. */
export async function sendPhoto(ctx: ActorContext, request: FastifyRequest, reply: FastifyReply, personId: string) {
  const person = await personForRead(ctx.db, ctx.actor, personId);
  if (!person.photoFileId) throw notFound();
  return sendStoredFile(ctx, request, reply, person.photoFileId, 'foto');
}
