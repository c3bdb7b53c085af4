import type { KeyboardEvent } from 'react';

/** The fields Enter moves through, in the order of the page: one stop per radio group. */
function fieldsOf(form: HTMLFormElement): HTMLElement[] {
  const all = Array.from(form.querySelectorAll<HTMLElement>('input, select, textarea, button[type="submit"]'));
  const seenGroups = new Set<string>();
  return all.filter((el) => {
    if (el.hasAttribute('disabled') || el.getAttribute('tabindex') === '-1' || el.getAttribute('aria-hidden') === 'true') return false;
    if (el instanceof HTMLInputElement) {
      if (el.type === 'hidden') return false;
      if (el.type === 'radio') {
        if (seenGroups.has(el.name)) return false;
        seenGroups.add(el.name);
      }
    }
    return el.offsetParent !== null || el.getClientRects().length > 0;
  });
}

/**
 * Keys of the quick-entry forms: Enter moves to the next field (as on the paper form, line by line),
 * Ctrl+Enter or ⌘+Enter saves from anywhere. Enter still picks an option of an open list, makes a new
 * line in a text area and presses a focused button.
 */
export function quickEntryKeys(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  const form = event.currentTarget;
  if (event.ctrlKey || event.metaKey) {
    event.preventDefault();
    form.requestSubmit();
    return;
  }
  const target = event.target as HTMLElement;
  if (event.defaultPrevented || event.shiftKey || event.altKey) return;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement) return;
  if (target.getAttribute('aria-expanded') === 'true') return;
  if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
  event.preventDefault();
  const fields = fieldsOf(form);
  const here =
    target instanceof HTMLInputElement && target.type === 'radio'
      ? fields.findIndex((f) => f instanceof HTMLInputElement && f.name === target.name)
      : fields.indexOf(target);
  const next = fields[here + 1];
  if (!next) return;
  if (next instanceof HTMLInputElement && next.type === 'radio') {
    const checked = form.querySelector<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(next.name)}"]:checked`);
    (checked ?? next).focus();
  } else {
    next.focus();
  }
}
