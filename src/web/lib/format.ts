import dayjs from 'dayjs';
import 'dayjs/locale/id';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { Language } from './i18n';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The office's time zone; offices in WITA/WIT will get theirs from the office settings. */
export const officeTimeZone = 'Asia/Jakarta';
const zoneLabel: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

export function timeZoneLabel(zone: string): string {
  return zoneLabel[zone] ?? zone;
}

const dayjsLocale = (lang: Language) => (lang === 'id' ? 'id' : 'en');

/** A calendar date (YYYY-MM-DD) as "1 April 2027": no time zone shift, it is not an instant. */
export function formatCalendarDate(value: string, lang: Language): string {
  return dayjs(value).locale(dayjsLocale(lang)).format('D MMMM YYYY');
}

/** A calendar date with a short month, "1 Apr 2027" (tables with several dates in a row). */
export function formatCalendarDateShort(value: string, lang: Language): string {
  return dayjs(value).locale(dayjsLocale(lang)).format('D MMM YYYY');
}

/** An instant (ISO timestamp) as "29 November 2026, 10.55 WIB", in the office's time zone. */
export function formatDateTime(value: string, lang: Language, zone = officeTimeZone): string {
  const d = dayjs(value).tz(zone).locale(dayjsLocale(lang));
  return `${d.format(lang === 'id' ? 'D MMMM YYYY, HH.mm' : 'D MMMM YYYY, HH:mm')} ${timeZoneLabel(zone)}`;
}

/** Today's date in the office's time zone, as YYYY-MM-DD (to compare with calendar dates). */
export function todayInOffice(zone = officeTimeZone): string {
  return dayjs().tz(zone).format('YYYY-MM-DD');
}

const numberFormats: Record<Language, Intl.NumberFormat> = {
  id: new Intl.NumberFormat('id-ID'),
  en: new Intl.NumberFormat('en-GB'),
};

/** 83762 as "83.762" in Indonesian, "83,762" in English. */
export function formatNumber(value: number, lang: Language): string {
  return numberFormats[lang].format(value);
}

/** The first instant of a calendar date in the office's time zone, as ISO with offset (a filter's "from"). */
export function startOfDayInOffice(date: string, zone = officeTimeZone): string {
  return dayjs.tz(date, zone).startOf('day').format();
}

/** The first instant after a calendar date in the office's time zone (a filter's exclusive "to"). */
export function endOfDayInOffice(date: string, zone = officeTimeZone): string {
  return dayjs.tz(date, zone).add(1, 'day').startOf('day').format();
}

/** An instant to the second, shorter month: "29 Nov 2026, 10.55.12 WIB" (the audit log). */
export function formatTimestamp(value: string, lang: Language, zone = officeTimeZone): string {
  const d = dayjs(value).tz(zone).locale(dayjsLocale(lang));
  return `${d.format(lang === 'id' ? 'D MMM YYYY, HH.mm.ss' : 'D MMM YYYY, HH:mm:ss')} ${timeZoneLabel(zone)}`;
}

/** An instant with a short month: "29 Nov 2026, 10.55 WIB" (tables with several dates in a row). */
export function formatDateTimeShort(value: string, lang: Language, zone = officeTimeZone): string {
  const d = dayjs(value).tz(zone).locale(dayjsLocale(lang));
  return `${d.format(lang === 'id' ? 'D MMM YYYY, HH.mm' : 'D MMM YYYY, HH:mm')} ${timeZoneLabel(zone)}`;
}
