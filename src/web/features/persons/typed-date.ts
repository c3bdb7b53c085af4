/**
 * Calendar dates as staff type them from a KTP or a letter: `07-03-1998`, `7/3/1998`, `07.03.1998`,
 * `07031998`, `7-3-98` or `1998-03-07`. Day first, as everywhere in Indonesia.
 */

const pad = (n: number) => String(n).padStart(2, '0');

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
}

/**
 * Reads a typed date into `YYYY-MM-DD`, or null when it is not a real calendar date. A two-digit year
 * is taken as the most recent one not after `today`'s year (`98` → 1998, `05` → 2005 in 2026).
 */
export function parseTypedDate(input: string, today = new Date().toISOString().slice(0, 10)): string | null {
  const s = input.trim();
  if (!s) return null;
  let year: number;
  let month: number;
  let day: number;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = /^(\d{1,2})[\s./-]+(\d{1,2})[\s./-]+(\d{2}|\d{4})$/.exec(s))) {
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (m[3]!.length === 2) year = fullYear(year, today);
  } else if ((m = /^(\d{2})(\d{2})(\d{4}|\d{2})$/.exec(s))) {
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (m[3]!.length === 2) year = fullYear(year, today);
  } else {
    return null;
  }
  if (year < 1000 || !isRealDate(year, month, day)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function fullYear(yy: number, today: string): number {
  const current = Number(today.slice(0, 4));
  const century = Math.floor(current / 100) * 100;
  return century + yy > current ? century - 100 + yy : century + yy;
}

/** `1998-03-07` as staff type it back: `07-03-1998`. */
export function formatTypedDate(iso: string | null | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[3]}-${m[2]}-${m[1]}` : '';
}
