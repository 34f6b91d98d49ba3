import type { SimResponse } from '../http/router';

/** Keys `schema-extra` adds: at the top level and inside each top-level object (or array item). */
export const EXTRA_TOP_KEY = 'apiVersion';
export const EXTRA_NESTED_KEY = 'extraField';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON with a comma before every closing `}`/`]` of a non-empty container (JSON5 accepts it). */
export function stringifyWithTrailingCommas(value: unknown): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[${value.map((item) => `${stringifyWithTrailingCommas(item ?? null)},`).join('')}]`;
  }
  if (isRecord(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const body = entries
      .map(([k, v]) => `${JSON.stringify(k)}:${stringifyWithTrailingCommas(v)},`)
      .join('');
    return `{${body}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Removes `keys` (those present) from the top-level object, or its first key when none given. */
export function withoutKeys(value: unknown, keys: readonly string[] | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutKeys(item, keys));
  if (!isRecord(value)) return value;
  const drop = keys ?? Object.keys(value).slice(0, 1);
  return Object.fromEntries(Object.entries(value).filter(([k]) => !drop.includes(k)));
}

/** Adds unknown fields at the top level and one level down, as a newer vendor release might. */
export function withExtraFields(value: unknown): unknown {
  const nest = (child: unknown): unknown => {
    if (isRecord(child)) return { ...child, [EXTRA_NESTED_KEY]: 'unexpected' };
    if (Array.isArray(child)) {
      return child.map((item) =>
        isRecord(item) ? { ...item, [EXTRA_NESTED_KEY]: 'unexpected' } : item,
      );
    }
    return child;
  };
  if (Array.isArray(value)) return nest(value);
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = nest(v);
  out[EXTRA_TOP_KEY] = '99.1-sim';
  return out;
}

/** The start of the real answer cut off by a PHP fatal error: not JSON at all. */
export function malformedBody(realBody: string): string {
  const head = realBody.slice(0, Math.min(120, Math.floor(realBody.length / 3)));
  return (
    `${head}<br />\n<b>Fatal error</b>:  Allowed memory size of 134217728 bytes exhausted ` +
    '(tried to allocate 20480 bytes) in <b>/var/www/html/rest/index.php</b> on line <b>212</b><br />\n'
  );
}

/** Rewrites a 2xx JSON answer's body; anything else (401, 404, non-JSON) passes unchanged. */
export function mapJsonBody(res: SimResponse, rewrite: (value: unknown) => string): SimResponse {
  if (res.status < 200 || res.status > 299) return res;
  let value: unknown;
  try {
    value = JSON.parse(res.body);
  } catch {
    return res;
  }
  return { ...res, body: rewrite(value) };
}
