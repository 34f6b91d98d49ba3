/**
 * Dates per language. Chromium lists Uzbek as supported but ships no Uzbek calendar or number
 * data (it prints "M12 4" and "7,060.5"), so Uzbek month and weekday names are written here from
 * CLDR, and Uzbek numbers use Russian conventions, which are the same (space groups, decimal
 * comma). Server and browser then print the same text.
 */
const uzMonthsShort = [
  'yan',
  'fev',
  'mar',
  'apr',
  'may',
  'iyn',
  'iyl',
  'avg',
  'sen',
  'okt',
  'noy',
  'dek',
];
const uzMonthsLong = [
  'yanvar',
  'fevral',
  'mart',
  'aprel',
  'may',
  'iyun',
  'iyul',
  'avgust',
  'sentabr',
  'oktabr',
  'noyabr',
  'dekabr',
];
const uzWeekdays = [
  'yakshanba',
  'dushanba',
  'seshanba',
  'chorshanba',
  'payshanba',
  'juma',
  'shanba',
];

const isUzbek = (locale: string) => locale.split('-')[0] === 'uz';

/** The locale whose Intl number data is right for `locale` in every browser. */
export function numberLocale(locale: string): string {
  return isUzbek(locale) ? 'ru' : locale;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * One Intl.DateTimeFormat per language, zone and options, made once: constructing one costs about
 * 0.1 ms, which a 744-hour chart's axis labels paid per label (a tenth of its drawing time).
 */
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** The parts of `instant` in `timeZone`: year, month (1–12), day and weekday (0 = Sunday). */
function zonedParts(instant: number, timeZone: string | undefined) {
  const parts = dateFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    weekday,
  };
}

/** "Dec 4", "4 дек.", "4-dek": a day on a chart axis. */
export function formatMonthDay(instant: number, timeZone: string, locale: string): string {
  if (!isUzbek(locale)) {
    return dateFormat(locale, { month: 'short', day: 'numeric', timeZone }).format(instant);
  }
  const { month, day } = zonedParts(instant, timeZone);
  return `${day}-${uzMonthsShort[month - 1] ?? ''}`;
}

/** "Dec 2026", "дек. 2026 г.", "dek, 2026": a month on a chart axis. */
export function formatMonthYear(instant: number, timeZone: string, locale: string): string {
  if (!isUzbek(locale)) {
    return dateFormat(locale, { month: 'short', year: 'numeric', timeZone }).format(instant);
  }
  const { month, year } = zonedParts(instant, timeZone);
  return `${uzMonthsShort[month - 1] ?? ''}, ${year}`;
}

/** "Friday 4 December", "пятница, 4 декабря", "juma, 4-dekabr": a wall clock's date line. */
export function formatWeekdayDate(
  instant: number,
  timeZone: string | undefined,
  locale: string,
): string {
  if (!isUzbek(locale)) {
    return dateFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone,
    }).format(instant);
  }
  const { month, day, weekday } = zonedParts(instant, timeZone);
  return `${uzWeekdays[weekday] ?? ''}, ${day}-${uzMonthsLong[month - 1] ?? ''}`;
}

/** A moment as numeric date and 24-hour time: admin lists ("04.12.2026, 23:05" in ru and uz). */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  // format() throws on an invalid date, where toLocaleString printed "Invalid Date".
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(numberLocale(locale), {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}
