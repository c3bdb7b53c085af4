/**
 * What a search box text is. Names never contain digits, so any digit may be part of an identifier
 * (NIK, passport number, phone number — even a fragment of one): such a search stays out of the address
 * bar, where it would be kept in the browser history, in proxies and in shared links, and is sent in
 * the body of POST /api/persons/search instead.
 */
export function isIdentifierSearch(text: string | null | undefined): boolean {
  return !!text && /\d/.test(text);
}

/** A search the address bar may hold: a name, trimmed; identifiers are left out. */
export function searchForAddress(text: string | null | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed && !isIdentifierSearch(trimmed) ? trimmed : undefined;
}
