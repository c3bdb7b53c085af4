/**
 * Whether this browser has signed in and not signed out since. The session cookie itself is
 * HttpOnly, so the app cannot see it; without this hint, every visit of a signed-out person would
 * start with a 401 from GET /api/auth/me (which browsers log as an error). With it, the route guard
 * sends them straight to sign-in. The server still decides: a stale hint only costs one 401.
 */
const key = 'balai_signed_in';

/** In this tab: signed in and not yet signing out (the cache may lag behind while the app leaves). */
let active = false;

export function isSessionActive(): boolean {
  return active;
}

export function hasSignedInHint(): boolean {
  try {
    return window.localStorage.getItem(key) === '1';
  } catch {
    // Storage blocked: ask the server every time.
    return true;
  }
}

export function markSignedIn() {
  active = true;
  try {
    window.localStorage.setItem(key, '1');
  } catch {
    // See hasSignedInHint.
  }
}

export function markSignedOut() {
  active = false;
  try {
    window.localStorage.removeItem(key);
  } catch {
    // See hasSignedInHint.
  }
}
