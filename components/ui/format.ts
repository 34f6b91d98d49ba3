import { numberLocale } from './calendar';

/**
 * Figures as each language writes them: digit grouping and decimal comma from Intl, and duration
 * units from a fixed table (Intl.DurationFormat is missing on Node 20, and the server and the
 * browser must print the same text for hydration). `locale` is a BCP 47 tag; unknown ones read
 * as English.
 */
const units = {
  en: { h: 'h', min: 'min', s: 's' },
  ru: { h: 'ч', min: 'мин', s: 'с' },
  uz: { h: 'soat', min: 'daq', s: 's' },
} as const;

function unitsFor(locale: string) {
  const primary = locale.split('-')[0] ?? 'en';
  return primary in units ? units[primary as keyof typeof units] : units.en;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, fractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${fractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(numberLocale(locale), {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    numberFormats.set(key, format);
  }
  return format;
}

/** "42 s", "3 min 05 s", "1 h 02 min" (ru "3 мин 05 с", uz "1 soat 02 daq"): compact durations. */
export function formatDuration(totalSeconds: number, locale: string): string {
  const u = unitsFor(locale);
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 60) return `${seconds} ${u.s}`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} ${u.min} ${String(seconds % 60).padStart(2, '0')} ${u.s}`;
  const hours = Math.floor(minutes / 60);
  return `${formatNumber(hours, locale)} ${u.h} ${String(minutes % 60).padStart(2, '0')} ${u.min}`;
}

/** A whole number with the language's digit grouping: "12,345", ru "12 345". */
export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale, 0).format(value);
}

/** A count or the placeholder when the source cannot tell (null is never shown as 0). */
export function formatCount(value: number | null, unknown: string, locale: string): string {
  return value === null ? unknown : formatNumber(value, locale);
}

/** "12.5 %" (one decimal; ru and uz "12,5 %"), or the placeholder when the source cannot tell. */
export function formatPercent(value: number | null, unknown: string, locale: string): string {
  return value === null ? unknown : `${numberFormat(locale, 1).format(value)} %`;
}

/** A duration, or the placeholder when the source cannot tell. */
export function formatSeconds(value: number | null, unknown: string, locale: string): string {
  return value === null ? unknown : formatDuration(value, locale);
}

export { formatDateTime } from './calendar';
