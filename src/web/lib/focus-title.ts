/**
 * After a client-side navigation, focus moves to the new page's heading so that screen readers
 * announce the page (as a full page load would). The shell asks for it; the next page title takes it.
 */
let requestedAt = 0;

export function requestTitleFocus() {
  requestedAt = Date.now();
}

/** Called by a page title when it appears; focuses it if a navigation asked for it just before. */
export function takeTitleFocus(element: HTMLElement | null) {
  if (!element || !requestedAt || Date.now() - requestedAt > 10_000) return;
  requestedAt = 0;
  element.focus({ preventScroll: true });
}
