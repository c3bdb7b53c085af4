import { notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { i18n } from './i18n';

/** The one error body of the Balai API. */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  requestId: string;
  fields?: Record<string, string>;
}

/**
 * A failed API call. `message` is the server's message, already in the caller's language; `code` is
 * stable and is what the screens branch on. Network failures have statusCode 0 and code network_error.
 */
export class ApiError extends Error implements ApiErrorBody {
  readonly statusCode: number;
  readonly code: string;
  readonly requestId: string;
  readonly fields?: Record<string, string>;

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.statusCode = body.statusCode;
    this.code = body.code;
    this.requestId = body.requestId;
    if (body.fields) this.fields = body.fields;
  }

  get isNotFound(): boolean {
    return this.statusCode === 404 || (this.statusCode === 400 && this.code === 'validation_failed' && !!this.fields?.['params.id']);
  }
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.statusCode === 'number' && typeof v.code === 'string' && typeof v.message === 'string';
}

/**
 * The session's CSRF token, kept in memory only (from sign-in and GET /api/auth/me): every write made
 * with the session cookie must echo it in X-CSRF-Token, which a page of another site cannot read.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/**
 * What the app does when the API says the caller is no longer signed in (401) or must first enrol a
 * second factor (403 totp_enrolment_required); the app registers it once, next to the router.
 */
type SessionProblemHandler = (error: ApiError, path: string) => void;
let onSessionProblem: SessionProblemHandler | null = null;

export function handleSessionProblems(handler: SessionProblemHandler | null) {
  onSessionProblem = handler;
}

/** Errors that mean "sign in again" or "enrol first", not a failure of the screen at hand. */
export function isSessionProblem(error: unknown): error is ApiError {
  return (
    error instanceof ApiError &&
    ((error.statusCode === 401 && (error.code === 'session_expired' || error.code === 'unauthenticated')) ||
      (error.statusCode === 403 && error.code === 'totp_enrolment_required'))
  );
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

/** Builds "/api/<path>?a=1" leaving out empty parameters. */
export function apiUrl(path: string, params?: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const qs = search.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

/**
 * Calls the API and returns its JSON body; any failure becomes an ApiError. The API answers in the
 * language of the `balai_lang` cookie, which the language switch keeps in step with the screen.
 */
export async function apiFetch<T>(path: string, options: { params?: QueryParams; signal?: AbortSignal; init?: RequestInit } = {}): Promise<T> {
  let response: Response;
  const method = (options.init?.method ?? 'GET').toUpperCase();
  const csrf: Record<string, string> = !safeMethods.has(method) && csrfToken ? { 'x-csrf-token': csrfToken } : {};
  try {
    response = await fetch(apiUrl(path, options.params), {
      credentials: 'same-origin',
      ...options.init,
      headers: { accept: 'application/json', ...csrf, ...options.init?.headers },
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (err) {
    // A cancelled query is not a failure to report.
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError({ statusCode: 0, code: 'network_error', message: i18n.t('errors.network'), requestId: '' });
  }
  const body: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) {
    if (isErrorBody(body)) {
      const error = new ApiError({ ...body, requestId: body.requestId ?? response.headers.get('x-request-id') ?? '' });
      if (isSessionProblem(error)) onSessionProblem?.(error, path);
      throw error;
    }
    throw new ApiError({
      statusCode: response.status,
      code: 'unexpected_response',
      message: i18n.t('errors.unexpected', { status: response.status }),
      requestId: response.headers.get('x-request-id') ?? '',
    });
  }
  return body as T;
}

/** Sends JSON with a write method: POST, PATCH, DELETE. */
export function apiSend<T>(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  return apiFetch<T>(path, {
    init: {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    },
  });
}

/** Sends a file as multipart/form-data (the browser sets the boundary), in the part `file`. */
export function apiUpload<T>(method: 'POST' | 'PUT', path: string, file: File | Blob, fileName?: string): Promise<T> {
  const form = new FormData();
  if (fileName) form.append('file', file, fileName);
  else form.append('file', file);
  return apiFetch<T>(path, { init: { method, body: form } });
}

/** Shows a failure to the user, once per request, with the server's own message. */
export function notifyError(error: unknown) {
  // The app takes the user to sign-in or enrolment instead; a notification would only repeat it.
  if (isSessionProblem(error)) return;
  const apiError = error instanceof ApiError ? error : new ApiError({ statusCode: 0, code: 'client_error', message: i18n.t('errors.client'), requestId: '' });
  notifications.show({
    id: apiError.requestId || undefined,
    color: 'red',
    title: i18n.t('errors.title'),
    message: apiError.requestId ? `${apiError.message} (${i18n.t('errors.reference', { id: apiError.requestId.slice(0, 8) })})` : apiError.message,
    autoClose: 8000,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}

/** Confirms a completed action (green, closes by itself). */
export function notifySuccess(title: string, message: string) {
  notifications.show({ color: 'teal', title, message, autoClose: 5000, closeButtonProps: { 'aria-label': i18n.t('common.close') } });
}

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
    /** `silent`: the screen shows this query's failure itself (e.g. a not-found page), no notification. */
    queryMeta: { silent?: boolean };
    /** `silent`: the form shows this mutation's failure itself (field errors, a conflict), no notification. */
    mutationMeta: { silent?: boolean };
  }
}

const retryable = (error: unknown) => error instanceof ApiError && (error.statusCode === 0 || error.statusCode >= 500) && error.statusCode !== 501;

/** One client for the whole app; failures of queries and mutations are reported in one place. */
export function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.meta?.silent) return;
        notifyError(error);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.meta?.silent) return;
        notifyError(error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => retryable(error) && failureCount < 2,
      },
    },
  });
}
