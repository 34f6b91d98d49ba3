import type { Engine } from '../../engine/engine';
import { jsonResponse, type SimResponse } from '../../http/router';
import { utelCalls, type UtelCall } from './calls';
import { checkRange, parseRange } from './dates';
import { addError, input, validationFailed, type FieldErrors } from './laravel';

/** Spatie query-builder filters, in the order the 400 message lists them. */
const FILTERS = [
  'src',
  'dst',
  'external_number',
  'duration',
  'conversation',
  'type',
  'status',
  'from',
  'to',
];
const SORTS = [
  'id',
  'date_time',
  'src',
  'dst',
  'external_number',
  'duration',
  'conversation',
  'type',
  'status',
];
const HISTORY_DEFAULT_DAYS = 30;

/** Spatie's InvalidFilterQuery / InvalidSortQuery are HttpExceptions rendered as 400 {message}. */
const badRequest = (message: string): SimResponse => jsonResponse(400, { message });

/**
 * Parses `filter[...]` and returns the matching visible calls, oldest first. Like a FormRequest,
 * validation (422, with `extraChecks`) runs before Spatie's unknown-filter 400.
 */
export function filteredCalls(
  engine: Engine,
  params: URLSearchParams,
  nowMs: number,
  extraChecks: (errors: FieldErrors) => void = () => undefined,
): UtelCall[] | SimResponse {
  const filters = new Map<string, string>();
  const unknown: string[] = [];
  for (const key of new Set(params.keys())) {
    const m = /^filter\[([^\]]*)\]$/.exec(key);
    if (!m?.[1]) continue;
    if (!FILTERS.includes(m[1])) unknown.push(m[1]);
    const value = input(params, key);
    if (value !== null) filters.set(m[1], value);
  }
  const errors: FieldErrors = {};
  const fields = { from: 'filter.from', to: 'filter.to' };
  const raw = { from: filters.get('from') ?? null, to: filters.get('to') ?? null };
  const parsed = parseRange(raw, fields, engine.timeZone, errors, false);
  const list = (name: string, allowed: readonly string[] | null): string[] | null => {
    const value = filters.get(name);
    if (value === undefined) return null;
    const items = value
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const ok = allowed
      ? items.every((i) => allowed.includes(i))
      : items.every((i) => /^\d{1,9}$/.test(i));
    if (!ok) {
      const message = allowed
        ? `The selected filter.${name} is invalid.`
        : `The filter.${name} field must be an integer.`;
      addError(errors, `filter.${name}`, message);
    }
    return items;
  };
  const type = list('type', ['1', '2', '3']);
  const status = list('status', ['1', '2']);
  const duration = list('duration', null);
  const conversation = list('conversation', null);
  extraChecks(errors);
  const toMs = parsed.to ?? nowMs + 1;
  const fromMs =
    parsed.from ?? engine.dayStartMs(engine.dayKeyOf(toMs - 1)) - HISTORY_DEFAULT_DAYS * 86_400_000;
  if (!errors['filter.from'] && !errors['filter.to']) checkRange({ fromMs, toMs }, fields, errors);
  if (Object.keys(errors).length > 0) return validationFailed(errors);
  if (unknown.length > 0) {
    return badRequest(
      `Requested filter(s) \`${unknown.join(', ')}\` are not allowed. Allowed filter(s) are \`${FILTERS.join(', ')}\`.`,
    );
  }

  const partial = (name: string): ((v: string | null) => boolean) => {
    const needles = filters
      .get(name)
      ?.split(',')
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s !== '');
    if (!needles || needles.length === 0) return () => true;
    return (v) => v !== null && needles.some((n) => v.toLowerCase().includes(n));
  };
  const exact = (items: string[] | null): ((v: number) => boolean) =>
    items === null ? () => true : (v) => items.includes(String(v));
  const [src, dst, ext] = [partial('src'), partial('dst'), partial('external_number')];
  const [byType, byStatus, byDuration, byTalk] = [
    exact(type),
    exact(status),
    exact(duration),
    exact(conversation),
  ];
  return utelCalls(engine, fromMs, toMs, nowMs).filter(
    (c) =>
      byType(c.type) &&
      byStatus(c.status) &&
      src(c.src) &&
      dst(c.dst) &&
      ext(c.externalNumber) &&
      byDuration(Math.round(c.call.durationSec)) &&
      byTalk(Math.round(c.call.talkSec)),
  );
}

/** `per_page` 1–300, default 20; adds a 422 message when invalid. */
export function perPage(params: URLSearchParams, errors: FieldErrors): number {
  const raw = input(params, 'per_page');
  if (raw === null) return 20;
  if (!/^-?\d{1,9}$/.test(raw)) {
    addError(errors, 'per_page', 'The per page field must be an integer.');
    return 20;
  }
  const n = Number(raw);
  if (n < 1 || n > 300)
    addError(errors, 'per_page', 'The per page field must be between 1 and 300.');
  return n;
}

type Comparator = (a: UtelCall, b: UtelCall) => number;

const KEY: Record<string, (c: UtelCall) => number | string | null> = {
  id: (c) => c.id,
  date_time: (c) => c.call.enterMs,
  src: (c) => c.src,
  dst: (c) => c.dst,
  external_number: (c) => c.externalNumber,
  duration: (c) => Math.round(c.call.durationSec),
  conversation: (c) => Math.round(c.call.talkSec),
  type: (c) => c.type,
  status: (c) => c.status,
};

/** Parses `sort` (comma list, `-` = descending, default `id`); ties fall back to id ascending. */
export function sortCalls(calls: UtelCall[], params: URLSearchParams): UtelCall[] | SimResponse {
  const raw = input(params, 'sort') ?? 'id';
  const parts = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const unknown = parts.map((p) => p.replace(/^-/, '')).filter((p) => !SORTS.includes(p));
  if (unknown.length > 0) {
    return badRequest(
      `Requested sort(s) \`${unknown.join(', ')}\` is not allowed. Allowed sort(s) are \`${SORTS.join(', ')}\`.`,
    );
  }
  const comparators: Comparator[] = parts.map((p) => {
    const desc = p.startsWith('-');
    const key = KEY[desc ? p.slice(1) : p] ?? KEY.id;
    return (a, b) => (desc ? -1 : 1) * compare(key?.(a) ?? null, key?.(b) ?? null);
  });
  comparators.push((a, b) => a.id - b.id);
  return [...calls].sort((a, b) => {
    for (const cmp of comparators) {
      const r = cmp(a, b);
      if (r !== 0) return r;
    }
    return 0;
  });
}

/** SQL-like: NULL sorts first ascending. */
function compare(a: number | string | null, b: number | string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
